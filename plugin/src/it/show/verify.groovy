def log = new File(basedir, 'build.log').text
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')
assert log.contains('keypairs show: sqlite:store.db?rateLimit=off')
assert log.contains('alibaba/cn-hangzhou (1 key pair)')
assert log.contains('1 key pair, 1 declared, 0 not declared.')
// keys/a.pub is the engine's rsa-2048 fixture; its fingerprints as ssh-keygen printed them (fingerprints.tsv).
assert log.contains('[INFO]   deploy-key  [declared]  ssh-rsa 2048  MD5 fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f'
        + '  SHA256:nLWvAROAIU1N+yApHpwH8psTlS2hVy9dQCLq0sXmOd0')
// show reads the store and the manifests, and writes nothing: it takes no output directory and no targets.
def help = log.substring(log.lastIndexOf('keypairs:show'))
assert help.contains('User property: keypairs.store')
assert help.contains('User property: keypairs.manifests')
assert !help.contains('keypairs.out') && !help.contains('keypairs.target')
return true
