import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('InvalidRegionId.NotFound') : 'the store knows the catalogue the run was given'
assert log.contains('Plan: 1 to import, 0 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.')
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')
assert log.contains('No changes.') : 'the plan after the apply is clean'
assert log =~ /alibaba\/cn-test-1/ : 'show lists the custom region'

def apply = new JsonSlurper().parse(new File(basedir, 'target/keypairs/apply.json'))
assert apply.calls*.action == ['ImportKeyPair']
assert apply.calls[0].addresses == ['alibaba/cn-test-1/deploy-key']
assert apply.calls[0].outcome == 'done'
def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.changes*.action == ['no-op']
assert plan.changes[0].before.tags == [team: 'platform']
return true
