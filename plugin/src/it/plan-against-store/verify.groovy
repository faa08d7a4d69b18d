import groovy.json.JsonSlurper

def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
def actions = plan.changes.collectEntries { [(it.name): it.action] }
assert actions == [adopted: 'no-op', rotated: 'replace', retagged: 'update', fresh: 'import', 'ci-stale': 'delete']
def rotated = plan.changes.find { it.name == 'rotated' }
assert rotated.reason == "key changed: ${rotated.before.fingerprint} → ${rotated.after.fingerprint}"
assert rotated.before.bits == 3072 && rotated.after.bits == 2048
assert plan.changes.find { it.name == 'retagged' }.reason == 'tags team: old → new'
assert plan.changes.find { it.name == 'ci-stale' }.source == null
assert plan.unmanaged*.address == ['alibaba/cn-hangzhou/manual']
assert plan.summary == [import: 1, create: 0, replace: 1, rename: 0, update: 1, delete: 1, noop: 1, unmanaged: 1, errors: 0, findings: 0]

def log = new File(basedir, 'build.log').text
assert log.contains('alibaba/cn-hangzhou (1 unchanged)')
assert log.contains('  -/+ rotated  replace: key changed: ')
assert log.contains('  ~ retagged  update: tags team: old → new')
assert log.contains('  - ci-stale  delete: not declared; prune namePrefix \'ci-\'')
assert log.contains('  ? alibaba/cn-hangzhou/manual')
assert log.contains('Plan: 1 to import, 0 to create, 1 to replace, 1 to update, 1 to delete; 1 unchanged.')
return true
