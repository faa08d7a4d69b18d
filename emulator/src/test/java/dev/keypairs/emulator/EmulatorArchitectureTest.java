package dev.keypairs.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The emulator's map (architecture.md): a wire adapter around the engine's store. Its packages depend only on
 * those before them, and of the engine it uses the store interface and what comes before it, never the account
 * model's storages, the planner or the goals but seeding (which applies manifests as keypairs:apply does), and no
 * Maven type. Routing is the HTTP layer's: auth verifies the
 * scheme it is handed, through one door.
 */
@AnalyzeClasses(packages = "dev.keypairs.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class EmulatorArchitectureTest {

    @ArchTest
    static final ArchRule PACKAGES_DEPEND_ONLY_ON_THOSE_BEFORE_THEM = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("wire").definedBy("dev.keypairs.emulator.wire..")
            .layer("auth").definedBy("dev.keypairs.emulator.auth..")
            .layer("tls").definedBy("dev.keypairs.emulator.tls..")
            .layer("account").definedBy("dev.keypairs.emulator.account..")
            .layer("apis").definedBy("dev.keypairs.emulator.alibaba..", "dev.keypairs.emulator.tencent..")
            .layer("fault").definedBy("dev.keypairs.emulator.fault..")
            .layer("journal").definedBy("dev.keypairs.emulator.journal..")
            .layer("state").definedBy("dev.keypairs.emulator.state..")
            .layer("http").definedBy("dev.keypairs.emulator.http..")
            .layer("emulator").definedBy("dev.keypairs.emulator")
            .layer("junit").definedBy("dev.keypairs.emulator.junit..")
            .whereLayer("junit").mayNotBeAccessedByAnyLayer()
            .whereLayer("emulator").mayOnlyBeAccessedByLayers("junit")
            .whereLayer("http").mayOnlyBeAccessedByLayers("emulator")
            .whereLayer("state").mayOnlyBeAccessedByLayers("http", "emulator")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("state", "http", "emulator", "junit")
            .whereLayer("fault").mayOnlyBeAccessedByLayers("state", "emulator", "junit")
            .whereLayer("apis").mayOnlyBeAccessedByLayers("fault", "http", "emulator")
            .whereLayer("account").mayOnlyBeAccessedByLayers("apis", "fault", "journal", "state", "http", "emulator",
                    "junit")
            .whereLayer("tls").mayOnlyBeAccessedByLayers("http", "emulator")
            .whereLayer("auth").mayOnlyBeAccessedByLayers("account", "apis", "state", "http", "emulator")
            .whereLayer("wire").mayOnlyBeAccessedByLayers("auth", "account", "apis", "fault", "state", "http", "emulator")
            .because("wire, auth, tls, accounts, the providers' APIs, fault rules, the journal, state, http, the"
                    + " emulator, junit: each uses only those before it");

    @ArchTest
    static final ArchRule THE_ALIBABA_AND_TENCENT_APIS_ARE_APART = noClasses()
            .that().resideInAPackage("dev.keypairs.emulator.alibaba..")
            .should().dependOnClassesThat().resideInAPackage("dev.keypairs.emulator.tencent..")
            .orShould().dependOnClassesThat().resideInAPackage("dev.keypairs.emulator.http..");

    @ArchTest
    static final ArchRule AUTH_ANSWERS_NO_ROUTING_QUESTION = noClasses()
            .that().resideInAPackage("dev.keypairs.emulator.auth..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.keypairs.emulator.http..",
                    "dev.keypairs.emulator.alibaba..", "dev.keypairs.emulator.tencent..")
            .because("which scheme a request claims is decided by the HTTP layer's routing; auth verifies the"
                    + " scheme it is handed");

    @ArchTest
    static final ArchRule THE_VERIFIERS_ARE_REACHED_THROUGH_THE_AUTHENTICATOR = classes()
            .that().resideInAPackage("dev.keypairs.emulator.auth..").and().haveSimpleNameEndingWith("Verifier")
            .should().notBePublic()
            .andShould().onlyBeAccessed().byClassesThat().resideInAPackage("dev.keypairs.emulator.auth..")
            .because("the APIs verify through Authenticator, which shares one nonce ledger among the schemes");

    @ArchTest
    static final ArchRule THE_ENGINE_IS_REACHED_THROUGH_THE_STORE_INTERFACE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.keypairs.store.account..",
                    "dev.keypairs.store.sqlite..", "dev.keypairs.store.memory..", "dev.keypairs.manifest..",
                    "dev.keypairs.plan..", "dev.keypairs.apply..", "dev.keypairs.render..")
            .because("the emulator is an adapter around the store: any store, opened by URI");

    /**
     * The names of the engine's goal types the emulator may use: seeding, its report, its typed refusals (the seed
     * endpoint answers a plan's errors one by one).
     */
    static final Set<String> SEEDING = Set.of("dev.keypairs.workflow.StoreSeeding", "dev.keypairs.workflow.SeedReport",
            "dev.keypairs.workflow.KeypairsException", "dev.keypairs.workflow.PlanErrorsException",
            "dev.keypairs.workflow.Reporter");

    @ArchTest
    static final ArchRule OF_THE_GOALS_IT_RUNS_SEEDING_ALONE = noClasses()
            .should().dependOnClassesThat(DescribedPredicate.describe("a goal of the engine other than seeding",
                    (JavaClass type) -> type.getPackageName().startsWith("dev.keypairs.workflow")
                            && !SEEDING.contains(type.getName())))
            .because("a seed is applied as keypairs:apply would (StoreSeeding), into the store the emulator opened;"
                    + " the other goals open stores of their own");

    @ArchTest
    static final ArchRule NO_MAVEN_TYPES = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..");

    @ArchTest
    static final ArchRule ONLY_THE_HTTP_ADAPTER_KNOWS_JETTY = noClasses()
            .that().resideOutsideOfPackage("dev.keypairs.emulator.http..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..");
}
