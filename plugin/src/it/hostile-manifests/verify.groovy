// Every hostile manifest failed with a coded error, none with a stack trace as its message, and the store is untouched.
def log = new File(basedir, 'build.log').text
assert log.contains('ManifestSyntax: more than 100 aliases in one document') || log.contains('aliases expand to more than')
assert log.contains('ManifestSyntax: nesting deeper than 64 levels')
assert log.contains('ManifestSyntax: line 5 is longer than 131072 characters')
assert log.contains('ManifestSyntax: the manifest is not UTF-8 text') || log.contains('ManifestSyntax: not valid YAML')
assert log.contains("ManifestSyntax: duplicate key 'cn-hangzhou' (first at line 2, column 3)")
assert log.contains("UnknownField: unknown field 'pubicKey' for alibaba key pairs; did you mean 'publicKey'?")
assert log.contains('FileOutsideProject: publicKeyFile ../../../../etc/passwd points outside the project')
assert log.contains('FileOutsideProject: publicKeyFile ../keys/escape.pub points outside the project')
assert log.contains('ConflictingFields: give only one of publicKey, publicKeyFile and create: true')
assert !log.contains('OutOfMemoryError')
assert !log.contains('MojoExecutionException') : 'user mistakes are failures, not crashes'
assert log.contains('Nothing to apply.') : 'an empty manifest is fine: nothing to do'
assert !log.contains(new File('/etc/hostname').text.trim()) || new File('/etc/hostname').text.trim().length() < 4
def now = java.security.MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'store.db').bytes).encodeHex().toString()
assert now == new File(basedir, 'store.sha256').text : 'the store is untouched'
return true
