// cloud: through the plugin, against an emulator this script starts: the access keys from the settings.xml servers
// keypairs-alibaba and keypairs-tencent, their passwords encrypted (settings-security.xml); apply, a clean plan and
// destroy at -X with no secret in any output; a wrong secret fails after exactly one call, not retried, naming the
// AccessKeyId and its settings.xml server without the signed request; no credentials fail before any call; a target
// covering Alibaba alone needs Alibaba's credentials alone; a read-only key's writes are refused, final, with what to
// check.
import dev.keypairs.emulator.Emulator
import dev.keypairs.emulator.EmulatorSettings
import java.nio.file.Files

def secrets = [alibaba: 'it-alibaba-secret-7Qx2', tencent: 'it-tencent-secret-Z9p4']
def credentialsFile = new File(basedir, 'emulator-keys.txt')
credentialsFile.text = """alibaba IT_ALIBABA_ID ${secrets.alibaba}
tencent IT_TENCENT_ID ${secrets.tencent}
alibaba IT_ALIBABA_READER reader-secret-1 read-only
tencent IT_TENCENT_READER reader-secret-2 read-only
"""
def backing = new File(basedir, 'emulated.db')
def emulator = Emulator.start(EmulatorSettings.defaults().withPort(0)
        .withStore("sqlite:${backing}?rateLimit=off".toString()).withCredentialsFile(credentialsFile.toPath()))
try {
    def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
    def mvn = { List args -> maven.run(basedir, args.collect { it.toString() }) }

    def master = mvn(['--encrypt-master-password', 'it-master-secret']).output().readLines().find { it ==~ /\{.*\}/ }
    def security = new File(basedir, 'settings-security.xml')
    security.text = '<settingsSecurity><master>' + master + '</master></settingsSecurity>'
    def encrypt = { String secret ->
        mvn(['--encrypt-password', secret, "-Dsettings.security=${security}"]).output().readLines().find { it ==~ /\{.*\}/ }
    }
    maven.server('keypairs-alibaba', 'IT_ALIBABA_ID', encrypt(secrets.alibaba))
    maven.server('keypairs-tencent', 'IT_TENCENT_ID', encrypt(secrets.tencent))

    def common = ["-Dkeypairs.store=cloud:${emulator.endpoint()}", "-Dsettings.security=${security}"]
    def apply = mvn(['-X', maven.goal('apply')] + common)
    assert apply.exitValue() == 0 : apply.output()
    assert apply.output().contains('Apply complete: imported 2') : apply.output()
    def plan = mvn(['-X', maven.goal('plan'), '-Dkeypairs.failOnChanges=true'] + common)
    assert plan.exitValue() == 0 && plan.output().contains('No changes.') : plan.output()
    def planJson = new File(basedir, 'target/keypairs/plan.json').text
    def applyJson = new File(basedir, 'target/keypairs/apply.json').text
    def destroy = mvn(['-X', maven.goal('destroy'), '-Dkeypairs.autoApprove=true'] + common)
    assert destroy.exitValue() == 0 && destroy.output().contains('deleted 2') : destroy.output()
    for (def text : [apply.output(), plan.output(), destroy.output(), planJson, applyJson,
                     new File(basedir, 'target/keypairs/apply.json').text,
                     new String(Files.readAllBytes(backing.toPath()), 'ISO-8859-1')]) {
        secrets.values().each { assert !text.contains(it) : 'a cloud secret in an output or the store' }
        assert !text.contains('it-master-secret') : 'the master password in an output'
    }

    // A wrong secret: the plan's first DescribeKeyPairs is refused, and that one call is all.
    maven.server('keypairs-alibaba', 'IT_ALIBABA_ID', 'not-the-secret')
    def before = emulator.requests()
    def started = System.nanoTime()
    def wrong = mvn([maven.goal('apply'), '-Dkeypairs.manifests=alibaba-only.yaml'] + common)
    def seconds = (System.nanoTime() - started) / 1e9
    assert wrong.exitValue() != 0 : wrong.output()
    assert wrong.output().contains('SignatureDoesNotMatch') : wrong.output()
    // The key by its id and where it was found, never the secret, and no dump of the request the cloud signed.
    assert wrong.output().contains('refused the access key IT_ALIBABA_ID from the settings.xml server keypairs-alibaba')
            : wrong.output()
    assert !wrong.output().toLowerCase().contains('string to sign') : wrong.output()
    assert !wrong.output().toLowerCase().contains('canonical request') : wrong.output()
    assert emulator.requests() - before == 1 : "${emulator.requests() - before} calls for a wrong secret"
    assert seconds < 30 : "a wrong secret took ${seconds} s to fail"
    assert !wrong.output().contains('not-the-secret')

    // No credentials anywhere: refused before any call, naming the three ways.
    maven.noServers()
    before = emulator.requests()
    def none = mvn([maven.goal('plan')] + common)
    assert none.exitValue() != 0 : none.output()
    assert none.output().contains('MissingCredentials') : none.output()
    assert none.output().contains('keypairs-alibaba') && none.output().contains('ALIBABA_CLOUD_ACCESS_KEY_ID')
            && none.output().contains("default chain") : none.output()
    assert emulator.requests() == before : 'a call was made without credentials'

    // Alibaba's credentials alone: a target covering only Alibaba plans, reading its one region, Tencent untouched.
    maven.server('keypairs-alibaba', 'IT_ALIBABA_ID', encrypt(secrets.alibaba))
    before = emulator.requests()
    def alibabaOnly = mvn([maven.goal('plan'), '-Dkeypairs.target=alibaba/cn-hangzhou'] + common)
    assert alibabaOnly.exitValue() == 0 : alibabaOnly.output()
    assert alibabaOnly.output().contains('Plan: 1 to import') : alibabaOnly.output()
    assert emulator.requests() - before == 1 : "${emulator.requests() - before} calls for one Alibaba region"
    def bothProviders = mvn([maven.goal('plan')] + common)
    assert bothProviders.exitValue() != 0 && bothProviders.output().contains('MissingCredentials')
            && bothProviders.output().contains('no tencent credentials') : bothProviders.output()
    maven.noServers()

    // A key whose policy allows reading only: the plan reads, the apply's imports are refused once each.
    maven.server('keypairs-alibaba', 'IT_ALIBABA_READER', 'reader-secret-1')
    maven.server('keypairs-tencent', 'IT_TENCENT_READER', 'reader-secret-2')
    before = emulator.requests()
    def readOnly = mvn([maven.goal('apply')] + common)
    assert readOnly.exitValue() != 0 : readOnly.output()
    assert readOnly.output().contains('Forbidden.RAM') && readOnly.output().contains('UnauthorizedOperation')
            : readOnly.output()
    // The policy's calls named for each provider (render's AccessAdvice, shared with the goal's own failure).
    assert readOnly.output().contains('RAM policy allows ecs:DescribeKeyPairs, ecs:ImportKeyPair,') : readOnly.output()
    assert readOnly.output().contains('CAM policy allows cvm:DescribeKeyPairs, cvm:ImportKeyPair,') : readOnly.output()
    // Two region reads and one import per region: the refusals were not retried.
    assert emulator.requests() - before == 4 : "${emulator.requests() - before} calls"
    assert emulator.store().describeKeyPairs(dev.keypairs.store.DescribeKeyPairsRequest.page(
            dev.keypairs.provider.Provider.ALIBABA, 'cn-hangzhou', [], 1, 50)).totalCount() == 0
} finally {
    emulator.close()
}
return true
