import groovy.json.JsonSlurper
import java.nio.file.Files
import org.bouncycastle.asn1.pkcs.RSAPrivateKey

def log = new File(basedir, 'build.log').text
assert log.contains('Plan: 0 to import, 1 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.')
assert log.contains('Apply complete: imported 0, created 1, replaced 0, updated 0, deleted 0.')
assert log.contains('No changes.') : 'the plan after the apply is clean'

def apply = new JsonSlurper().parse(new File(basedir, 'target/keypairs/apply.json'))
assert apply.calls*.action == ['CreateKeyPair']
assert apply.calls[0].addresses == ['tencent/ap-guangzhou/bastion']
def plan = new JsonSlurper().parse(new File(basedir, 'target/keypairs/plan.json'))
assert plan.changes*.action == ['no-op']
assert plan.changes[0].before.keyId ==~ /skey-[a-z0-9]{8}/
assert plan.changes[0].before.projectId == 7
assert plan.changes[0].before.keyType == 'ssh-rsa' && plan.changes[0].before.bits == 2048

// Tencent's form: PKCS#1 PEM, owner-only from the start, an RSA-2048 key whose public half is the stored one.
def pem = new File(basedir, '../secrets/tencent-bastion.pem').canonicalFile
assert java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pem.toPath())) == 'rw-------'
def text = pem.text
assert text.startsWith('-----BEGIN RSA PRIVATE KEY-----\n') && text.trim().endsWith('-----END RSA PRIVATE KEY-----')
def der = Base64.decoder.decode(text.readLines().findAll { !it.startsWith('-----') }.join(''))
def key = RSAPrivateKey.getInstance(der)
assert key.modulus.bitLength() == 2048
def secrets = [key.privateExponent, key.prime1, key.prime2]
dev.keypairs.maven.it.SecretScan.assertAbsent(secrets, [new File(basedir, 'build.log'),
        new File(basedir, 'target/keypairs/plan.json'), new File(basedir, 'target/keypairs/plan.md'),
        new File(basedir, 'target/keypairs/apply.json'), new File(basedir, 'store.db')])
return true
