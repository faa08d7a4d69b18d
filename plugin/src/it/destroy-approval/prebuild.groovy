import dev.keypairs.provider.AlibabaKeyPairRequest
import dev.keypairs.store.KeyPairStores

def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'deploy-key', new File(basedir, 'keys/a.pub').text, [], null))
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'ci-key', new File(basedir, 'keys/b.pub').text, [], null))
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'colleague', new File(basedir, 'keys/a.pub').text, [], null))
} finally {
    store.close()
}
return true
