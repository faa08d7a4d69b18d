// A CI secret left unset: -Dkeypairs.store= must fail naming the property, never plan (or prune!) the default store.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def settings = new File(basedir, 'nested-settings.xml')
settings.text = """<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def home = new File(basedir, 'home')
def run = { List<String> args ->
    def process = ([mvn, '-B', '-s', settings.absolutePath, '-Dmaven.repo.local=' + localRepositoryPath,
                    '-Duser.home=' + home.absolutePath] + args).execute(null, basedir)
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    assert process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)
    return [process.exitValue(), output.toString()]
}
def plugin = "dev.keypairs:keypairs-maven-plugin:${pluginVersion}".toString()

def (exit, output) = run([plugin + ':plan', '-Dkeypairs.store='])
assert exit != 0 : output
assert output.contains('EmptySetting: keypairs.store is given but empty') : output
assert output.contains('-Dkeypairs.store=... on the command line, or <store>') : output
assert !new File(home, '.keypairs').exists() : 'the default store was never opened'

def (exitOut, outputOut) = run([plugin + ':plan', '-Dkeypairs.store=sqlite:' + new File(basedir, 's.db').absolutePath,
                                '-Dkeypairs.out= '])
assert exitOut != 0 && outputOut.contains('EmptySetting: keypairs.out is given but empty') : outputOut
return true
