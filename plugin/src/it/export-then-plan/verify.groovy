import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Exported 4 key pairs in ') : 'regions matched by the globs, all exported'
def manifest = new File(basedir, 'keypairs.yaml').text
assert manifest.contains('name: "Deploy:Key"') && manifest.contains('publicKeyFile: "keys/alibaba/cn-hangzhou/^deploy%3A^key.pub"')
assert manifest.contains('"note": ""') && manifest.contains('resourceGroupId: "rg-ops"') && manifest.contains('projectId: 7')
assert manifest.indexOf('name: "bastion"') < manifest.indexOf('name: "Deploy:Key"') : 'names sorted'
assert new File(basedir, 'keys/alibaba/cn-shanghai/ci-cert.pub').text.startsWith('ssh-rsa-cert-v01@openssh.com ')

// Right after it, the plan against the same store is clean, and nothing in the exported regions is unmanaged.
assert log.contains('No changes.')
def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.changes.every { it.action == 'no-op' } && plan.changes.size() == 4
assert plan.unmanaged == []

// A refused overwrite leaves the file byte for byte.
assert log.contains('FileExists: mine.yaml exists and is never overwritten')
assert new File(basedir, 'mine.yaml').text == '# a file export must never overwrite\n'
return true
