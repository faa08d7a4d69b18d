// postgresql:// through the plugin: the user and password from the settings.xml server keypairs-store, its
// password encrypted (settings-security.xml); apply, a clean plan, show and destroy at -X, and the password in no
// output; a wrong password fails before anything is applied.
import dev.keypairs.store.postgresql.PostgresServer

def server = PostgresServer.shared()
def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def mvn = { List args -> maven.run(basedir, args.collect { it.toString() }) }

// Maven's own encryption: a master password in settings-security.xml, the server's password encrypted with it.
def master = mvn(['--encrypt-master-password', 'it-master-secret']).output().readLines().find { it ==~ /\{.*\}/ }
assert master != null
def security = new File(basedir, 'settings-security.xml')
security.text = '<settingsSecurity><master>' + master + '</master></settingsSecurity>'
def encrypted = mvn(['--encrypt-password', PostgresServer.PASSWORD, "-Dsettings.security=${security}"]).output()
        .readLines().find { it ==~ /\{.*\}/ }
assert encrypted != null && !encrypted.contains(PostgresServer.PASSWORD)
maven.server('keypairs-store', PostgresServer.USER, encrypted)

def store = "postgresql://127.0.0.1:${server.port()}/${PostgresServer.DATABASE}?schema=it_plugin&rateLimit=off"
def common = ["-Dkeypairs.store=${store}", "-Dsettings.security=${security}"]
def apply = mvn(['-X', maven.goal('apply')] + common)
new File(basedir, 'apply.log').text = apply.output()
assert apply.exitValue() == 0 : apply.output()
assert apply.output().contains('Apply complete: imported 2') : apply.output()
def plan = mvn([maven.goal('plan'), '-Dkeypairs.failOnChanges=true'] + common)
assert plan.exitValue() == 0 && plan.output().contains('No changes.') : plan.output()
def show = mvn(['-X', maven.goal('show')] + common)
assert show.exitValue() == 0 && show.output().contains('shared-team-key') : show.output()
def destroy = mvn(['-X', maven.goal('destroy'), '-Dkeypairs.autoApprove=true'] + common)
assert destroy.exitValue() == 0 : destroy.output()

for (def text : [apply.output(), plan.output(), show.output(), destroy.output(),
                 new File(basedir, 'target/keypairs/plan.json').text, new File(basedir, 'target/keypairs/apply.json').text]) {
    assert !text.contains(PostgresServer.PASSWORD) : 'the store password in an output'
    assert !text.contains('it-master-secret') : 'the master password in an output'
}

// A wrong password: refused by the server, named without the password, nothing applied.
maven.server('keypairs-store', PostgresServer.USER, 'wrong-password')
def refused = mvn([maven.goal('apply')] + common)
assert refused.exitValue() != 0 : refused.output()
assert refused.output().contains('refused the credentials of user keypairs') : refused.output()
assert !refused.output().contains('wrong-password') : refused.output()
return true
