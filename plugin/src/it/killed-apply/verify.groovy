// `mvn keypairs:apply` killed with SIGKILL while Tencent's paced imports run, then run again: it converges.
import dev.keypairs.store.RegionListing
import dev.keypairs.provider.Provider
import dev.keypairs.store.KeyPairStores

def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
def store = 'sqlite:' + new File(basedir, 'store.db').absolutePath   // the rate limit on, as in real use
def apply = maven.command(false, [maven.goal('apply'), '-Dkeypairs.store=' + store])
def count = {
    def handle = KeyPairStores.open(store)
    try {
        def keyPairs = RegionListing.read(handle, Provider.TENCENT, 'ap-guangzhou', 100).keyPairs()
        assert keyPairs*.name().unique(false).size() == keyPairs.size() : 'no key pair twice'
        return keyPairs.size()
    } finally {
        handle.close()
    }
}

def first = new ProcessBuilder(apply).directory(basedir).redirectErrorStream(true).start()
def seen = new StringBuilder()
def reader = new BufferedReader(new InputStreamReader(first.inputStream))
for (String line = reader.readLine(); line != null; line = reader.readLine()) {
    seen.append(line).append('\n')
    if (line =~ /tencent\/ap-guangzhou: ([4-9]|1[0-9])\/40/) {
        first.destroyForcibly()   // bin/mvn execs the JVM: this is SIGKILL to Maven itself
        break
    }
}
first.waitFor()
new File(basedir, 'killed.log').text = seen.toString()
assert !seen.toString().contains('Apply complete') : 'killed mid-run'
def before = count()
assert before > 0 && before < 40 : "landed before the kill: $before"

def second = new ProcessBuilder(apply).directory(basedir).redirectErrorStream(true).start()
def rerun = second.inputStream.text
second.waitFor()
new File(basedir, 'rerun.log').text = rerun
assert second.exitValue() == 0 : rerun
assert rerun.contains("Plan: ${40 - before} to import, 0 to create") : rerun
assert rerun.contains("Apply complete: imported ${40 - before}, created 0") : rerun
assert count() == 40

def check = maven.run(basedir, [maven.goal('plan'), '-Dkeypairs.store=' + store, '-Dkeypairs.failOnChanges=true'])
assert check.exitValue() == 0 && check.output().contains('No changes.') : check.output()
return true
