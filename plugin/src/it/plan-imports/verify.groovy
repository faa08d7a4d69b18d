import groovy.json.JsonSlurper

def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.formatVersion == 1
assert plan.basis ==~ /[0-9a-f]{64}/
assert plan.options.manifests == ['keypairs.yaml']
assert plan.store == 'sqlite:store.db?rateLimit=off'
assert plan.changes*.address == ['alibaba/cn-hangzhou/deploy-key', 'alibaba/cn-hangzhou/ci-key', 'tencent/ap-guangzhou/deploy_key']
assert plan.changes*.action == ['import', 'import', 'import']
assert plan.changes[0].after.tags == [owner: 'platform']
assert plan.changes[1].after.bits == 3072
assert plan.errors == []
assert plan.summary.import == 3

def log = new File(basedir, 'build.log').text
assert log.contains('alibaba/cn-hangzhou')
assert log.contains('  + deploy-key  import: not in store')
assert log.contains('Plan: 3 to import, 0 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.')
assert new File(basedir, 'target/keypairs/plan.md').text.contains('**Plan: 3 to import')
assert new File(basedir, 'store.db').exists(): 'the plan opened the store named by keypairs.store'
return true
