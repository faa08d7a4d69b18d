import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')
assert log.contains('keypairs show: sqlite:store.db?rateLimit=off')
assert log.contains('alibaba/cn-hangzhou (1 key pair)')
assert log.contains('1 key pair, 1 declared, 0 not declared.')
// keys/a.pub is the engine's rsa-2048 fixture; its fingerprints as ssh-keygen printed them (fingerprints.tsv).
assert log.contains('[INFO]   deploy-key  [declared]  ssh-rsa 2048  MD5 fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f'
        + '  SHA256:nLWvAROAIU1N+yApHpwH8psTlS2hVy9dQCLq0sXmOd0  created ')
assert log.contains(' (0 days ago)')
// show writes the same as show.json under keypairs.out, for other tools (show-json.md).
def showJson = new File(basedir, 'target/keypairs/show.json')
assert showJson.isFile()
assert log =~ /Listing written to .*target.keypairs.show\.json/
def show = new JsonSlurper().parse(showJson)
assert show.formatVersion == 1
assert show.store == 'sqlite:store.db?rateLimit=off'
assert show.keyPairs*.address == ['alibaba/cn-hangzhou/deploy-key']
def deployKey = show.keyPairs[0]
assert deployKey.name == 'deploy-key' && deployKey.keyType == 'ssh-rsa' && deployKey.bits == 2048
assert deployKey.fingerprint == 'fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f'
assert deployKey.sha256 == 'SHA256:nLWvAROAIU1N+yApHpwH8psTlS2hVy9dQCLq0sXmOd0'
assert deployKey.createdAt != null && deployKey.certificate == null && deployKey.declared == true
// show reads the store and the manifests and writes only show.json: it takes an output directory, and no targets.
def help = log.substring(log.lastIndexOf('keypairs:show'))
assert help.contains('User property: keypairs.store')
assert help.contains('User property: keypairs.manifests')
assert help.contains('User property: keypairs.out')
assert !help.contains('keypairs.target')
return true
