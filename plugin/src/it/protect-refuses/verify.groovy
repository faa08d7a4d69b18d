import dev.keypairs.store.RegionListing
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores

def log = new File(basedir, 'build.log').text
assert log.contains("alibaba/cn-hangzhou/guarded: Protected: key changed: ")
assert log.contains("remove 'protect: true' to let it be replaced")
assert !log.contains('Apply complete')
def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath)
try {
    assert RegionListing.read(store, Provider.ALIBABA, 'cn-hangzhou', 50).keyPairs()*.name() == ['guarded'] : 'nothing applied'
} finally {
    store.close()
}
return true
