import dev.keypairs.provider.AlibabaKeyPairRequest
import dev.keypairs.provider.TencentKeyPairRequest
import dev.keypairs.store.KeyPairStores

// The key pairs under their old names; the Tencent one's KeyId, to check that the rename keeps it.
def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    def tencent = store.importKeyPair(TencentKeyPairRequest.importing('ap-guangzhou', 'ops_old',
            new File(basedir, 'keys/a.pub').text, 0L))
    new File(basedir, 'ops_old.keyId').text = tencent.keyId()
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'old-name', new File(basedir, 'keys/b.pub').text,
            [], null))
} finally {
    store.close()
}
return true
