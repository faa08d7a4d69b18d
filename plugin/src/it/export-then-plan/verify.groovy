import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Exported 4 key pairs in 3 regions to keypairs.yaml') : 'regions matched by the globs, all exported'
assert log.contains(' regions matched that hold no key pair are not written; keypairs.export.emptyRegions=true writes every region matched.')
def manifest = new File(basedir, 'keypairs.yaml').text
// The schema named first, for editors; only the regions holding key pairs declared, so a plan reads no more.
assert manifest.startsWith('# yaml-language-server: $schema=https://keypairs.dev/keypairs.schema.json\n# Written by keypairs:export')
assert !manifest.contains('keyPairs: []')
assert manifest.readLines().findAll { it ==~ /  "[a-z0-9-]+":/ } == ['  "cn-hangzhou":', '  "cn-shanghai":', '  "ap-guangzhou":']
assert manifest.contains('name: "Deploy:Key"') && manifest.contains('publicKeyFile: "keys/alibaba/cn-hangzhou/^deploy%3A^key.pub"')
assert manifest.contains('"note": ""') && manifest.contains('resourceGroupId: "rg-ops"') && manifest.contains('projectId: 7')
assert manifest.indexOf('name: "bastion"') < manifest.indexOf('name: "Deploy:Key"') : 'names sorted'
assert new File(basedir, 'keys/alibaba/cn-shanghai/ci-cert.pub').text.startsWith('ssh-rsa-cert-v01@openssh.com ')

// Right after it, the plan against the same store is clean, and nothing in the exported regions is unmanaged.
assert log.contains('No changes.')
def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.changes.every { it.action == 'no-op' } && plan.changes.size() == 4
assert plan.unmanaged == []

// Every region matched, when asked for: those holding nothing as keyPairs: [].
def every = new File(basedir, 'every/keypairs.yaml').text
assert every.contains('keyPairs: []') && every.contains('"cn-beijing":')

// A refused overwrite leaves the file byte for byte.
assert log.contains('FileExists: mine.yaml exists and is never overwritten')
assert new File(basedir, 'mine.yaml').text == '# a file export must never overwrite\n'

// A misspelt region gets the closest id, and nothing is written.
assert log.contains("NoSuchRegion: keypairs.export.regions 'tencent/ap-guangzou' matches no region of the catalogue; did you mean 'tencent/ap-guangzhou'?")
assert !new File(basedir, 'typo.yaml').exists()
return true
