def log = new File(basedir, 'build.log').text
assert log.contains('Manifests are valid: 1 key pairs in 1 regions, 1 files read.')
assert !new File(basedir, 'store.db').exists() : 'validate never opens a store'
return true
