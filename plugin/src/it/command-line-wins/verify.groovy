// -Dkeypairs.* on the command line wins over the pom's <configuration> (goals.md): the invoker's
// -Dkeypairs.store beat the pom's <store>, and the pom's list of manifests was read whole. Without -D the pom's
// own store is used; -Dkeypairs.manifests, comma-separated, replaces the pom's list.
def log = new File(basedir, 'build.log').text
assert log.contains('Apply complete: imported 2') : log
assert new File(basedir, 'store.db').exists() : 'the command line store was not used'
assert !new File(basedir, 'pom-store.db').exists() : 'the pom store was used over the command line'

def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def pomOnly = maven.run(basedir, ['keypairs:plan'])
assert pomOnly.exitValue() == 0 : pomOnly.output()
assert pomOnly.output().contains('against sqlite:pom-store.db') : pomOnly.output()
assert pomOnly.output().contains('2 to import') : pomOnly.output()

def one = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.store=sqlite:store.db?rateLimit=off',
                              '-Dkeypairs.manifests=team-a.yaml', '-Dkeypairs.failOnChanges=true'])
assert one.exitValue() == 0 : one.output()
assert one.output().contains('No changes.') && !one.output().contains('cn-shanghai') : one.output()

def bad = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.failOnChanges=maybe'])
assert bad.exitValue() != 0 && bad.output().contains('[InvalidSetting] -Dkeypairs.failOnChanges=maybe') : bad.output()
return true
