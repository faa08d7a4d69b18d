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
def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def seeded = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    seeded.importKeyPair(dev.keypairs.provider.AlibabaKeyPairRequest.importing('cn-hangzhou', 'deploy-key',
            new File(basedir, 'keys/a.pub').text, [], null))
} finally {
    seeded.close()
}
def destroy = { String answer ->
    def run = maven.run(basedir, true, answer + '\n', [maven.goal('destroy'),
                        '-Dkeypairs.store=sqlite:' + new File(basedir, 'store.db').absolutePath])
    return [run.exitValue(), run.output()]
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
