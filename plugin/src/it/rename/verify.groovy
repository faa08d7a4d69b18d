import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Tencent renames in place; Alibaba, which has no rename call, replaces: the new name first, then the old one goes.
assert log.contains('  ~ rename ops_old → ops_2026  in place, keeping its KeyId; then tags +team=web')
assert log.contains('  -/+ new-name  replace: renamed from old-name as a replace: alibaba has no rename call; the new'
        + ' name lands first, then old-name is deleted')
assert log.contains('Plan: 0 to import, 0 to create, 1 to replace, 1 to rename, 0 to update, 0 to delete; 0 unchanged.')
assert log.contains('Apply complete: imported 0, created 0, replaced 1, renamed 1, updated 0, deleted 0.')
assert log.contains('No changes.')
assert !log.contains('unmanaged')
def applyJson = new JsonSlurper().parse(new File(basedir, 'target/keypairs/apply.json'))
assert applyJson.calls*.action == ['ImportKeyPair', 'DeleteKeyPairs', 'ModifyKeyPairAttribute', 'ModifyResourceTags']
assert applyJson.summary.rename == 1 && applyJson.summary.replace == 1
def show = new JsonSlurper().parse(new File(basedir, 'target/keypairs/show.json'))
assert show.keyPairs*.address == ['alibaba/cn-hangzhou/new-name', 'tencent/ap-guangzhou/ops_2026']
def ops = show.keyPairs.find { it.name == 'ops_2026' }
assert ops.keyId == new File(basedir, 'ops_old.keyId').text
assert ops.tags == [team: 'web']
return true
