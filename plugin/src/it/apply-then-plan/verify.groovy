import groovy.json.JsonSlurper
import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the apply ran at -X: debug output is scanned for the private key too'
assert log.contains('Plan: 3 to import, 1 to create, 0 to replace, 0 to update, 0 to delete; 0 unchanged.')
assert log.contains('alibaba/cn-hangzhou: 3/3')
assert log.contains('Apply complete: imported 3, created 1, replaced 0, updated 0, deleted 0.')
assert log.contains('No changes.') : 'the plan after the apply is clean'

def apply = new JsonSlurper().parse(new File(basedir, 'target/keypairs/apply.json'))
assert apply.calls*.action.sort() == ['CreateKeyPair', 'ImportKeyPair', 'ImportKeyPair', 'ImportKeyPair']
assert apply.calls.every { it.outcome == 'done' && it.requestId ==~ /[0-9A-F-]{36}/ && it.attempts == 1 }
assert apply.calls.collect { it.addresses.join(',') }.sort() == ['alibaba/cn-hangzhou/bastion', 'alibaba/cn-hangzhou/ci-key', 'alibaba/cn-hangzhou/deploy-key', 'tencent/ap-guangzhou/deploy_key']
assert apply.summary.findAll { it.key != 'elapsedMs' } == [import: 3, create: 1, replace: 0, rename: 0, update: 0, delete: 0, alreadyDone: 0, failed: 0]
assert apply.summary.elapsedMs instanceof Integer && apply.summary.elapsedMs >= 0

// The private key: its own file, owner-only from the start, PKCS#8 PEM, and nowhere else.
def pem = new File(basedir, '../secrets/bastion.pem').canonicalFile
assert pem.exists()
assert java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(pem.toPath())) == 'rw-------'
def text = pem.text
assert text.startsWith('-----BEGIN PRIVATE KEY-----\n') && text.trim().endsWith('-----END PRIVATE KEY-----')
// Its secret values (not the public modulus, which the store rightly holds) appear nowhere else.
def key = java.security.KeyFactory.getInstance('RSA').generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
        Base64.decoder.decode(text.readLines().findAll { !it.startsWith('-----') }.join(''))))
def secrets = [key.privateExponent, key.primeP, key.primeQ]
dev.keypairs.maven.it.SecretScan.assertAbsent(secrets, [new File(basedir, 'build.log'),
        new File(basedir, 'target/keypairs/plan.json'), new File(basedir, 'target/keypairs/plan.md'),
        new File(basedir, 'target/keypairs/apply.json'), new File(basedir, 'store.db')])
return true
