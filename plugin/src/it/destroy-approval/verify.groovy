import dev.keypairs.store.RegionListing
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores

def log = new File(basedir, 'build.log').text
assert log.contains('Plan: 0 to import, 0 to create, 0 to replace, 0 to update, 2 to delete; 0 unchanged.') : 'the preview'
assert log.contains('NotApproved: the destroy would delete 2 key pairs and was not approved; nothing was deleted.')
assert log.contains('Apply complete: imported 0, created 0, replaced 0, updated 0, deleted 2.')

def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath)
try {
    assert RegionListing.read(store, Provider.ALIBABA, 'cn-hangzhou', 50).keyPairs()*.name() == ['colleague'] :
            'only what is declared is destroyed, and only once approved'
} finally {
    store.close()
}

// Interactive (no -B): the prompt reads the answer, and only 'yes' approves.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
def settings = new File(basedir, 'nested-settings.xml')
settings.text = """<settings><profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></repository></repositories>
<pluginRepositories><pluginRepository><id>outer</id><url>${new File(outerLocalRepository).toURI()}</url></pluginRepository></pluginRepositories>
</profile></profiles></settings>"""
def seeded = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    seeded.importKeyPair(dev.keypairs.provider.AlibabaKeyPairRequest.importing('cn-hangzhou', 'deploy-key',
            new File(basedir, 'keys/a.pub').text, [], null))
} finally {
    seeded.close()
}
def destroy = { String answer ->
    def process = [mvn, '-s', settings.absolutePath, '-Dmaven.repo.local=' + localRepositoryPath,
                   "dev.keypairs:keypairs-maven-plugin:${pluginVersion}:destroy".toString(),
                   '-Dkeypairs.store=sqlite:' + new File(basedir, 'store.db').absolutePath].execute(null, basedir)
    process.outputStream.withWriter { it << answer << '\n' }
    def output = new StringBuilder()
    process.consumeProcessOutput(output, output)
    assert process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)
    return [process.exitValue(), output.toString()]
}
def (declined, declinedLog) = destroy('y')
assert declined != 0 && declinedLog.contains("Only 'yes' will be accepted") && declinedLog.contains('NotApproved') : declinedLog
def (approved, approvedLog) = destroy('yes')
assert approved == 0 && approvedLog.contains('deleted 1.') : approvedLog
def after = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath)
try {
    assert RegionListing.read(after, Provider.ALIBABA, 'cn-hangzhou', 50).keyPairs()*.name() == ['colleague']
} finally {
    after.close()
}
return true
