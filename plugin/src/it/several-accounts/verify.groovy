// Several accounts in one pom (goals.md, SPEC §15): the executions prod and staging with their own manifests,
// stores, settings.xml servers and output folders.
// 1. The invoker's build: both on one store (its -Dkeypairs.store wins over the pom's); prod's saved plan is refused
//    by staging before anything is read, naming both configurations.
// 2. Each account on an emulator of its own that knows only that account's access keys, so that a plan that reads
//    at all read with its own execution's servers: plan@prod and plan@staging in one Maven run leave both plans;
//    apply@prod applies prod's saved plan, and apply@staging, given the same, is refused with no call to its store.
import dev.keypairs.emulator.Emulator
import dev.keypairs.emulator.EmulatorSettings
import dev.keypairs.provider.Provider
import dev.keypairs.store.DescribeKeyPairsRequest
import groovy.json.JsonSlurper

def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def prodPlanPath = new File(basedir, 'target/keypairs/prod/plan.json').canonicalPath

// 1. One store for both.
def log = new File(basedir, 'build.log').text
def oneStore = 'sqlite:store.db?rateLimit=off'
def planned = json('target/keypairs/prod/plan.json')
assert planned.options.execution == 'prod'
assert planned.options.manifests == ['prod/keypairs.yaml']
assert planned.store == oneStore
assert log.contains("OtherConfiguration: the saved plan ${prodPlanPath} was made for another configuration:"
        + " execution prod, manifests prod/keypairs.yaml, store ${oneStore}; this goal runs execution staging,"
        + " manifests staging/keypairs.yaml, store ${oneStore}. Nothing was read or applied") : log
assert log.contains("(Its own execution applies it: mvn keypairs:apply@prod -Dkeypairs.plan=${prodPlanPath};"
        + " this one's plan: mvn keypairs:plan@staging.)") : log
assert !new File(basedir, 'target/staging-plans').exists() : 'staging wrote to its output folder'

// 2. An account each.
def secrets = [prod: 'prod-secret-4Rt8', staging: 'staging-secret-9Kq2']
def emulators = [:]
try {
    ['prod', 'staging'].each { account ->
        def keys = new File(basedir, "${account}-keys.txt")
        keys.text = "alibaba ${account.toUpperCase()}_ALIBABA ${secrets[account]}\n" +
                "tencent ${account.toUpperCase()}_TENCENT ${secrets[account]}\n"
        emulators[account] = Emulator.start(EmulatorSettings.defaults().withPort(0)
                .withStore("sqlite:${new File(basedir, account + '-account.db')}?rateLimit=off".toString())
                .withCredentialsFile(keys.toPath()))
    }
    def maven = new dev.keypairs.maven.it.NestedMaven(basedir, outerLocalRepository, localRepositoryPath, pluginVersion)
    ['prod', 'staging'].each { account ->
        maven.server("${account}-alibaba", "${account.toUpperCase()}_ALIBABA", secrets[account])
        maven.server("${account}-tencent", "${account.toUpperCase()}_TENCENT", secrets[account])
    }
    // The default servers hold keys neither account knows: an execution that fell back to them would be refused.
    maven.server('keypairs-alibaba', 'NOBODYS_ALIBABA', 'nobodys-secret')
    maven.server('keypairs-tencent', 'NOBODYS_TENCENT', 'nobodys-secret')
    def stores = ['prod', 'staging'].collect { "-D${it}.store=cloud:${emulators[it].endpoint()}".toString() }
    def mvn = { List args -> maven.run(basedir, args.collect { it.toString() } + stores) }

    def plans = mvn(['keypairs:plan@prod', 'keypairs:plan@staging'])
    new File(basedir, 'plans.log').text = plans.output()
    assert plans.exitValue() == 0 : plans.output()
    def prodPlan = json('target/keypairs/prod/plan.json')
    def stagingPlan = json('target/staging-plans/plan.json')
    assert [prodPlan.options.execution, stagingPlan.options.execution] == ['prod', 'staging']
    assert prodPlan.store == "cloud:${emulators.prod.endpoint()}".toString()
    assert stagingPlan.store == "cloud:${emulators.staging.endpoint()}".toString()
    assert prodPlan.changes*.address == ['alibaba/cn-hangzhou/prod-deploy', 'tencent/ap-guangzhou/prod_deploy']
    assert stagingPlan.changes*.address == ['alibaba/cn-shanghai/staging-deploy', 'tencent/ap-shanghai/staging_deploy']
    assert prodPlan.changes*.action == ['import', 'import'] && stagingPlan.changes*.action == ['import', 'import']
    assert !new File(basedir, 'target/keypairs/plan.json').exists() : 'an execution wrote to the shared default folder'
    // Each read its two regions through its own access keys, and no more.
    assert [emulators.prod.requests(), emulators.staging.requests()] == [2L, 2L]

    def applies = mvn(['keypairs:apply@prod', 'keypairs:apply@staging', "-Dkeypairs.plan=${prodPlanPath}"])
    new File(basedir, 'applies.log').text = applies.output()
    assert applies.exitValue() != 0 : applies.output()
    assert applies.output().contains('still matches: applying it.') : applies.output()
    assert applies.output().contains('Apply complete: imported 2') : applies.output()
    assert applies.output().contains("OtherConfiguration: the saved plan ${prodPlanPath} was made for another"
            + " configuration: execution prod, manifests prod/keypairs.yaml, store cloud:${emulators.prod.endpoint()};"
            + " this goal runs execution staging, manifests staging/keypairs.yaml, store"
            + " cloud:${emulators.staging.endpoint()}. Nothing was read or applied") : applies.output()
    assert emulators.staging.requests() == 2L : 'staging applied prod\'s plan, or read its store to refuse it'
    assert json('target/keypairs/prod/apply.json').summary['import'] == 2
    assert !new File(basedir, 'target/staging-plans/apply.json').exists()
    def held = { String account, Provider provider, String region ->
        emulators[account].store().describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, [], 1, 50))
                .keyPairs()*.name()
    }
    assert held('prod', Provider.ALIBABA, 'cn-hangzhou') == ['prod-deploy']
    assert held('prod', Provider.TENCENT, 'ap-guangzhou') == ['prod_deploy']
    assert held('staging', Provider.ALIBABA, 'cn-hangzhou') == [] : 'prod\'s key pair in the staging account'
    assert held('staging', Provider.ALIBABA, 'cn-shanghai') == []
} finally {
    emulators.values().each { it.close() }
}
return true
