// A store holding one key pair, and a symlink out of the project; the hostile runs must leave the store as it is.
import dev.keypairs.provider.AlibabaKeyPairRequest
import dev.keypairs.store.KeyPairStores
import java.nio.file.Files

def store = KeyPairStores.open('sqlite:' + new File(basedir, 'store.db').absolutePath + '?rateLimit=off')
try {
    store.importKeyPair(AlibabaKeyPairRequest.importing('cn-hangzhou', 'keep', new File(basedir, 'keys/a.pub').text, [], null))
} finally {
    store.close()
}
Files.createSymbolicLink(new File(basedir, 'keys/escape.pub').toPath(), new File('/etc/hostname').toPath())
new File(basedir, 'store.sha256').text = java.security.MessageDigest.getInstance('SHA-256')
        .digest(new File(basedir, 'store.db').bytes).encodeHex().toString()
return true
