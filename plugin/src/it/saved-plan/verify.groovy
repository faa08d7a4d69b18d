import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('still matches: applying it.')
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')

// The CI job re-run: the saved plan has landed, so it is already applied, not stale.
assert !log.contains('StalePlan')
assert log.contains('is already applied: nothing to do. Every change it planned is in the store as planned, and nothing else is left to change.')
def rerun = new JsonSlurper().parse(new File(basedir, 'target/rerun/apply.json'))
assert rerun.calls == [] : 'every apply writes apply.json; this one made no call'
return true
