// The goals need no pom: run one in a directory without any, with the plugin under test, through the same Maven.
def dir = new File(basedir, 'without-pom')
dir.mkdirs()
new File(dir, 'keypairs.yaml').text = new File(basedir, 'keypairs.yaml').text
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
// As the invoker does: the plugin under test from the tests' own repository, the rest from the build's.
def settings = new File(basedir, 'nested-settings.xml')
settings.text = """<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def command = [mvn, '-B', '-s', settings.absolutePath, '-Dmaven.repo.local=' + localRepositoryPath,
               "dev.keypairs:keypairs-maven-plugin:${pluginVersion}:plan".toString(),
               '-Dkeypairs.store=sqlite:' + new File(dir, 'store.db').absolutePath]
def process = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start()
def output = process.inputStream.text
process.waitFor()
new File(basedir, 'without-pom.log').text = output
assert process.exitValue() == 0 : output
assert output.contains('alibaba/cn-hangzhou') || output.contains('No changes.')
assert new File(dir, 'target/keypairs/plan.json').exists() : 'the current directory is the base'
return true
