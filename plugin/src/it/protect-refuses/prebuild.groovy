import dev.keypairs.provider.AlibabaKeyPairRequest
import dev.keypairs.store.KeyPairStores

def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'guarded', new File(basedir, 'keys/b.pub').text, [], null))
} finally {
    store.close()
}
return true
