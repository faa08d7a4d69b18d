def log = new File(basedir, 'build.log').text
assert log.contains('still matches: applying it.')
assert log.contains('Apply complete: imported 1, created 0, replaced 0, updated 0, deleted 0.')
return true
