import dev.keypairs.keys.PublicKeyReader
import dev.keypairs.store.RegionListing
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores

def log = new File(basedir, 'build.log').text
assert log.contains('  -/+ rotated  replace: key changed: ')
assert log.contains('  - stale  delete: not declared; prune')
assert log.contains('Apply complete: imported 0, created 0, replaced 1, updated 0, deleted 1.')
assert log.contains('No changes.')
def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath)
try {
    def keyPairs = RegionListing.read(store, Provider.ALIBABA, 'cn-hangzhou', 50).keyPairs()
    assert keyPairs*.name() == ['kept', 'rotated']
    def wanted = PublicKeyReader.read(new File(basedir, 'keys/a.pub').text)
    assert PublicKeyReader.read(keyPairs[1].publicKey()).sameKeyAs(wanted)
} finally {
    store.close()
}
return true
