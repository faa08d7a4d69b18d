// -Dkeypairs.* on the command line wins over the pom's <configuration> (goals.md): the invoker's
// -Dkeypairs.store beat the pom's <store>, and the pom's list of manifests was read whole. Without -D the pom's
// own store is used; -Dkeypairs.manifests, comma-separated, replaces the pom's list.
def log = new File(basedir, 'build.log').text
assert log.contains('Apply complete: imported 2') : log
assert new File(basedir, 'store.db').exists() : 'the command line store was not used'
assert !new File(basedir, 'pom-store.db').exists() : 'the pom store was used over the command line'

def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)

// A misspelt property is refused naming the known one, before anything is read: never the pom's (or the default)
// store planned against, so the pom's store is not even created.
def misspelt = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.stor=sqlite:misspelt.db', '-Dkeypairs.prune=true'])
assert misspelt.exitValue() != 0 : misspelt.output()
assert misspelt.output().contains('UnknownSetting: -Dkeypairs.stor is not a property of keypairs (did you mean'
        + ' -Dkeypairs.store?)') : misspelt.output()
assert !new File(basedir, 'pom-store.db').exists() : 'the pom store was opened despite the misspelt property'
assert !new File(basedir, 'misspelt.db').exists()

// Another goal's properties are the plugin's: keypairs:plan takes them without a word.
def pomOnly = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.export.to=elsewhere.yaml', '-Dkeypairs.serve.port=0'])
assert pomOnly.exitValue() == 0 : pomOnly.output()
assert pomOnly.output().contains('against sqlite:pom-store.db') : pomOnly.output()
assert pomOnly.output().contains('2 to import') : pomOnly.output()

def one = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.store=sqlite:store.db?rateLimit=off',
                              '-Dkeypairs.manifests=team-a.yaml', '-Dkeypairs.failOnChanges=true'])
assert one.exitValue() == 0 : one.output()
assert one.output().contains('No changes.') && !one.output().contains('cn-shanghai') : one.output()

def bad = maven.run(basedir, ['keypairs:plan', '-Dkeypairs.failOnChanges=maybe'])
assert bad.exitValue() != 0 && bad.output().contains('InvalidSetting: -Dkeypairs.failOnChanges=maybe') : bad.output()
return true
