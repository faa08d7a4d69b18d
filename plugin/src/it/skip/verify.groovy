def log = new File(basedir, 'build.log').text
assert log.count('keypairs: skipped (keypairs.skip)') == 2
assert !new File(basedir, 'target/keypairs/plan.json').exists()
return true
