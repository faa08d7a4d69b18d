def log = new File(basedir, 'build.log').text
assert log.contains("UnknownField: unknown field 'pubicKey' for alibaba key pairs; did you mean 'publicKey'?")
assert log.contains('keypairs.yaml:5:9')
assert log.contains('DuplicateAddress')
assert log.contains('FileOutsideProject')
assert log.contains('Fix the manifests and run again')
assert !new File(basedir, 'store.db').exists()
return true
