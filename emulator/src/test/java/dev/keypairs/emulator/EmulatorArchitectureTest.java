package dev.keypairs.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The emulator's map (architecture.md): a wire adapter around the engine's store. Its packages depend only on
 * those before them, and of the engine it uses the store interface and what comes before it, never the account
 * model's storages, the planner or the goals, and no Maven type. Routing is the HTTP layer's: auth verifies the
 * scheme it is handed, through one door.
 */
@AnalyzeClasses(packages = "dev.keypairs.emulator", importOptions = ImportOption.DoNotIncludeTests.class)
class EmulatorArchitectureTest {

    @ArchTest
    static final ArchRule PACKAGES_DEPEND_ONLY_ON_THOSE_BEFORE_THEM = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("wire").definedBy("dev.keypairs.emulator.wire..")
            .layer("auth").definedBy("dev.keypairs.emulator.auth..")
            .layer("apis").definedBy("dev.keypairs.emulator.alibaba..", "dev.keypairs.emulator.tencent..")
            .layer("fault").definedBy("dev.keypairs.emulator.fault..")
            .layer("journal").definedBy("dev.keypairs.emulator.journal..")
            .layer("http").definedBy("dev.keypairs.emulator.http..")
            .layer("emulator").definedBy("dev.keypairs.emulator")
            .layer("junit").definedBy("dev.keypairs.emulator.junit..")
            .whereLayer("junit").mayNotBeAccessedByAnyLayer()
            .whereLayer("emulator").mayOnlyBeAccessedByLayers("junit")
            .whereLayer("http").mayOnlyBeAccessedByLayers("emulator")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("http", "emulator", "junit")
            .whereLayer("fault").mayOnlyBeAccessedByLayers("emulator", "junit")
            .whereLayer("apis").mayOnlyBeAccessedByLayers("fault", "http", "emulator")
            .whereLayer("auth").mayOnlyBeAccessedByLayers("apis", "http", "emulator")
            .whereLayer("wire").mayOnlyBeAccessedByLayers("auth", "apis", "fault", "http", "emulator")
            .because("wire, auth, the providers' APIs, fault rules, the journal, http, the emulator, junit: each uses"
                    + " only those before it");

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
                    "dev.keypairs.plan..", "dev.keypairs.apply..", "dev.keypairs.render..", "dev.keypairs.workflow..")
            .because("the emulator is an adapter around the store: any store, opened by URI");

    @ArchTest
    static final ArchRule NO_MAVEN_TYPES = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..");

    @ArchTest
    static final ArchRule ONLY_THE_HTTP_ADAPTER_KNOWS_JETTY = noClasses()
            .that().resideOutsideOfPackage("dev.keypairs.emulator.http..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jetty..");
}
