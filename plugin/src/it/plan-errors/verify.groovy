import groovy.json.JsonSlurper

def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.errors*.code == ['InvalidKeyPairName.Malformed', 'InvalidPublicKeyBody.Malformed', 'InvalidRegionId.NotFound']
assert plan.errors[0].address == 'alibaba/cn-hangzhou/1bad'
assert plan.errors[0].file == 'keypairs.yaml'
assert plan.errors[0].line == 6
assert plan.errors[2].address == 'alibaba/cn-atlantis'
assert plan.changes*.address == ['alibaba/cn-hangzhou/good'] : 'valid key pairs are still planned'
assert new File(basedir, 'target/keypairs/plan.md').text.contains('### Errors')

def log = new File(basedir, 'build.log').text
assert log.contains('3 problems:')
assert log.contains('keypairs.yaml:6:9: alibaba/cn-hangzhou/1bad: InvalidKeyPairName.Malformed')
assert log.contains('Fix them and plan again; nothing was changed.')
assert !log.contains('Exception:') || log.contains('MojoFailureException') : 'a user mistake is a failure, not a crash'
return true
