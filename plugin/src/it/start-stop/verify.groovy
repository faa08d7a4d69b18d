// keypairs:start served the build's integration test (Tencent's SDK made two calls), set the endpoint for failsafe,
// and keypairs:stop stopped it before the build ended; what the test created is in the store, which was closed.
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores
import dev.keypairs.store.RegionListing

def log = new File(basedir, 'build.log').text
def endpoint = new File(basedir, 'target/endpoint.txt').text
assert log.contains('[INFO] keypairs emulator listening on ' + endpoint + '\n') : log
assert log.contains('[INFO] keypairs.emulator.endpoint=' + endpoint + ', keypairs.emulator.port=') : log
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : log
def stopped = log.indexOf('[INFO] keypairs emulator stopped after 2 requests\n')
assert stopped > 0 : log
assert stopped > log.indexOf('--- failsafe:3.5.2:integration-test') : 'stopped after the tests: ' + log
assert stopped < log.indexOf('--- failsafe:3.5.2:verify') : 'stopped before failsafe\'s verdict: ' + log
assert !log.contains('keypairs:stop did not run') : log
assert !log.contains('jetty-12') : 'Jetty start-up lines are kept out of the build output'

def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath)
try {
    assert RegionListing.read(store, Provider.TENCENT, 'ap-guangzhou', 100).keyPairs()*.name() == ['it_key']
} finally {
    store.close()
}
return true
