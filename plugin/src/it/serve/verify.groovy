// `mvn keypairs:serve` without a pom, as the README starts it: the listening line, an official SDK served,
// a coded refusal for a busy port, HTTPS with its CA file, then Ctrl-C (SIGINT): a clean stop that says how many requests it served, and
// what was imported is in the store.
import com.tencentcloudapi.common.Credential
import com.tencentcloudapi.common.profile.ClientProfile
import com.tencentcloudapi.common.profile.HttpProfile
import com.tencentcloudapi.cvm.v20170312.CvmClient
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores
import dev.keypairs.store.RegionListing
import java.util.concurrent.TimeUnit

def dir = new File(basedir, 'without-pom')
dir.mkdirs()
def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def store = 'sqlite:' + new File(dir, 'served.db').absolutePath + '?rateLimit=off'
def serve = new ProcessBuilder(maven.command(false, [maven.goal('serve'), '-Dkeypairs.serve.port=0',
        '-Dkeypairs.store=' + store])).directory(dir).redirectErrorStream(true).start()
def seen = new StringBuilder()
def reader = new BufferedReader(new InputStreamReader(serve.inputStream))
String endpoint = null
for (String line = reader.readLine(); line != null; line = reader.readLine()) {
    seen.append(line).append('\n')
    def listening = line =~ /^keypairs emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/
    if (listening) {
        endpoint = listening.group(1)
        break
    }
}
assert endpoint != null : seen.toString()
assert seen.toString().contains('AccessKeyId keypairs-test, secret keypairs-test-secret') : seen.toString()
def rest = Thread.start { for (String line = reader.readLine(); line != null; line = reader.readLine()) { seen.append(line).append('\n') } }

def http = new HttpProfile()
http.endpoint = endpoint.substring('http://'.length())
http.protocol = HttpProfile.REQ_HTTP
def profile = new ClientProfile()
profile.httpProfile = http
def cvm = new CvmClient(new Credential('keypairs-test', 'keypairs-test-secret'), 'ap-guangzhou', profile)
def request = new ImportKeyPairRequest()
request.keyName = 'served_key'
request.projectId = 0L
request.publicKey = new File(basedir, '../../../../engine/src/test/resources/dev/keypairs/keys/fixtures/rsa-2048.pub').text
assert cvm.ImportKeyPair(request).keyId ==~ /skey-[a-z0-9]{8}/
assert cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).totalCount == 1

// The same port again: refused with a code, nothing started.
def busy = maven.run(dir, [maven.goal('serve'), '-Dkeypairs.serve.port=' + endpoint.replaceAll('.*:', ''),
        '-Dkeypairs.store=memory:busy'])
assert busy.exitValue() != 0 : busy.output()
assert busy.output().contains('PortUnavailable: ') && busy.output().contains('-Dkeypairs.serve.port=0') : busy.output()
def cloud = maven.run(dir, [maven.goal('serve'), '-Dkeypairs.serve.port=0', '-Dkeypairs.store=cloud:'])
assert cloud.exitValue() != 0 && cloud.output().contains('StoreNotEmulated: ') : cloud.output()
def empty = maven.run(dir, [maven.goal('serve'), '-Dkeypairs.serve.credentials='])
assert empty.exitValue() != 0 && empty.output().contains('EmptySetting: keypairs.serve.credentials') : empty.output()

// HTTPS (keypairs.serve.tls): the CA file written and named on its line before the listening line, which says
// https; Tencent's SDK trusting that file (a trust store of its own, not the JVM's) is served.
def ca = new File(dir, 'tls/emulator-ca.pem')
def tls = new ProcessBuilder(maven.command(false, [maven.goal('serve'), '-Dkeypairs.serve.port=0',
        '-Dkeypairs.store=memory:tls', '-Dkeypairs.serve.tls=true', '-Dkeypairs.serve.tls.ca=' + ca.absolutePath]))
        .directory(dir).redirectErrorStream(true).start()
def tlsSeen = []
def tlsReader = new BufferedReader(new InputStreamReader(tls.inputStream))
for (String line = tlsReader.readLine(); line != null; line = tlsReader.readLine()) {
    tlsSeen << line
    if (line.startsWith('keypairs emulator listening on ')) {
        break
    }
}
assert tlsSeen.size() >= 2 && tlsSeen[-2] == 'keypairs emulator CA certificate: ' + ca.absolutePath : tlsSeen
def tlsEndpoint = (tlsSeen[-1] =~ /^keypairs emulator listening on (https:\/\/127\.0\.0\.1:\d+)$/)[0][1]
def trusted = java.security.KeyStore.getInstance('PKCS12')
trusted.load(null, null)
trusted.setCertificateEntry('ca', java.security.cert.CertificateFactory.getInstance('X.509')
        .generateCertificate(new FileInputStream(ca)))
def trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.defaultAlgorithm)
trust.init(trusted)
def context = javax.net.ssl.SSLContext.getInstance('TLS')
context.init(null, trust.trustManagers, null)
def https = new HttpProfile()
https.endpoint = tlsEndpoint.substring('https://'.length())
https.protocol = HttpProfile.REQ_HTTPS
https.sslSocketFactory = context.socketFactory
https.x509TrustManager = trust.trustManagers[0]
def tlsProfile = new ClientProfile()
tlsProfile.httpProfile = https
def overTls = new CvmClient(new Credential('keypairs-test', 'keypairs-test-secret'), 'ap-guangzhou', tlsProfile)
assert overTls.DescribeKeyPairs(new DescribeKeyPairsRequest()).totalCount == 0
['kill', '-INT', tls.pid().toString()].execute().waitFor()
assert tls.waitFor(60, TimeUnit.SECONDS)

// Ctrl-C: SIGINT. bin/mvn execs the JVM, so the signal reaches Maven itself (java -jar's SIGTERM: StandaloneJarIT).
def interrupt = ['kill', '-INT', serve.pid().toString()].execute()
interrupt.waitFor()
assert serve.waitFor(60, TimeUnit.SECONDS) : seen.toString()
assert serve.exitValue() == 130 : "the exit of a JVM ended by SIGINT: ${serve.exitValue()}"
rest.join(10000)
// As java -jar says it (emulator.md): the import and the describe above.
assert seen.toString().contains('keypairs emulator stopped after 2 requests\n') : seen.toString()
new File(basedir, 'serve.log').text = seen.toString()
assert !seen.toString().contains('Exception') : seen.toString()
assert !seen.toString().contains('jetty-12') : 'Jetty start-up lines are kept out of the build output'
def closed = KeyPairStores.open(store)
try {
    assert RegionListing.read(closed, Provider.TENCENT, 'ap-guangzhou', 100).keyPairs()*.name() == ['served_key']
} finally {
    closed.close()
}
return true
