// The goals need no pom: run one in a directory without any, with the plugin under test, through the same Maven.
def dir = new File(basedir, 'without-pom')
dir.mkdirs()
new File(dir, 'keypairs.yaml').text = new File(basedir, 'keypairs.yaml').text
// As the invoker does: the plugin under test from the tests' own repository, the rest from the build's.
def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def run = maven.run(dir, [maven.goal('plan'), '-Dkeypairs.store=sqlite:' + new File(dir, 'store.db').absolutePath])
def output = run.output()
new File(basedir, 'without-pom.log').text = output
assert run.exitValue() == 0 : output
assert output.contains('alibaba/cn-hangzhou') || output.contains('No changes.')
assert new File(dir, 'target/keypairs/plan.json').exists() : 'the current directory is the base'
return true
