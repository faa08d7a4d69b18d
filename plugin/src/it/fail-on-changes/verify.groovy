import groovy.json.JsonSlurper

def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.summary.import == 1
def log = new File(basedir, 'build.log').text
assert log.contains('The store does not match the manifests: Plan: 1 to import')
assert log.contains('Run the apply goal to make it match')
assert log.contains('(The apply goal: mvn keypairs:apply.)')
return true
