// A CI secret left unset: -Dkeypairs.store= must fail naming the property, never plan (or prune!) the default store.
import dev.keypairs.maven.it.NestedMaven

def maven = new NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def home = new File(basedir, 'home')

def empty = maven.run(basedir, [maven.goal('plan'), '-Duser.home=' + home.absolutePath, '-Dkeypairs.store='])
assert empty.exitValue() != 0 : empty.output()
assert empty.output().contains('EmptySetting: keypairs.store is given but empty') : empty.output()
assert empty.output().contains('-Dkeypairs.store=... on the command line, or <store>') : empty.output()
assert !new File(home, '.keypairs').exists() : 'the default store was never opened'

def blankOut = maven.run(basedir, [maven.goal('plan'), '-Dkeypairs.store=sqlite:' + new File(basedir, 's.db').absolutePath,
                                   '-Dkeypairs.out= '])
assert blankOut.exitValue() != 0 && blankOut.output().contains('EmptySetting: keypairs.out is given but empty') :
        blankOut.output()

// Any keypairs.* property given empty, not only those naming a place.
def blankFlag = maven.run(basedir, [maven.goal('plan'), '-Dkeypairs.store=sqlite:' + new File(basedir, 's.db').absolutePath,
                                    '-Dkeypairs.failOnChanges='])
assert blankFlag.exitValue() != 0 && blankFlag.output().contains('EmptySetting: keypairs.failOnChanges is given but empty') :
        blankFlag.output()
// A list of nothing but unset variables: never "every address".
def blankTarget = maven.run(basedir, [maven.goal('plan'), '-Dkeypairs.store=sqlite:' + new File(basedir, 's.db').absolutePath,
                                      '-Dkeypairs.target=,'])
assert blankTarget.exitValue() != 0 && blankTarget.output().contains('EmptySetting: keypairs.target is given but empty') :
        blankTarget.output()
return true
