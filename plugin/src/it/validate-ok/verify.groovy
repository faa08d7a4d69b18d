def log = new File(basedir, 'build.log').text
assert log.contains('Manifests are valid: 1 key pair in 1 region, 1 file read.')
assert !new File(basedir, 'store.db').exists() : 'validate never opens a store'
return true
