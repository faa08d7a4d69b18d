// Seeds the store through the engine's own store interface, as another build would have left it.
import dev.keypairs.provider.AlibabaKeyPairRequest
import dev.keypairs.provider.Tag
import dev.keypairs.store.KeyPairStores

def a = new File(basedir, 'keys/a.pub').text
def b = new File(basedir, 'keys/b.pub').text
def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    def seed = { String name, String key, List tags -> store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', name, key, tags, null)) }
    seed('adopted', a.replace('rsa2048@fixtures', 'imported by hand, another comment'), [])
    seed('rotated', b, [])
    seed('retagged', b, [new Tag('team', 'old')])
    seed('ci-stale', a, [])
    seed('manual', a, [])
} finally {
    store.close()
}
return true
