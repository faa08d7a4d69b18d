package dev.keypairs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine's map (architecture.md): packages by concept, each depending only on those before it, and the
 * storages beneath the account model reached by nothing but their own factories (found through
 * {@link java.util.ServiceLoader}). Main code only: tests may reach anything.
 */
@AnalyzeClasses(packages = "dev.keypairs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule PACKAGES_DEPEND_ONLY_ON_THOSE_BEFORE_THEM = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("keys").definedBy("dev.keypairs.keys..")
            .layer("provider").definedBy("dev.keypairs.provider..")
            .layer("project").definedBy("dev.keypairs.project..")
            .layer("manifest").definedBy("dev.keypairs.manifest..")
            .layer("store").definedBy("dev.keypairs.store")
            .layer("account").definedBy("dev.keypairs.store.account..")
            .layer("jdbc").definedBy("dev.keypairs.store.jdbc..")
            .layer("storages").definedBy("dev.keypairs.store.sqlite..", "dev.keypairs.store.memory..",
                    "dev.keypairs.store.postgresql..")
            .layer("plan").definedBy("dev.keypairs.plan..")
            .layer("apply").definedBy("dev.keypairs.apply..")
            .layer("render").definedBy("dev.keypairs.render..")
            .layer("workflow").definedBy("dev.keypairs.workflow..")
            .whereLayer("workflow").mayNotBeAccessedByAnyLayer()
            .whereLayer("render").mayOnlyBeAccessedByLayers("workflow")
            .whereLayer("apply").mayOnlyBeAccessedByLayers("render", "workflow")
            .whereLayer("plan").mayOnlyBeAccessedByLayers("apply", "render", "workflow")
            .whereLayer("storages").mayNotBeAccessedByAnyLayer()
            .whereLayer("jdbc").mayOnlyBeAccessedByLayers("storages")
            .whereLayer("account").mayOnlyBeAccessedByLayers("jdbc", "storages", "plan", "apply", "render", "workflow")
            .whereLayer("store").mayOnlyBeAccessedByLayers("account", "jdbc", "storages", "plan", "apply", "render",
                    "workflow")
            .whereLayer("manifest").mayOnlyBeAccessedByLayers("plan", "apply", "render", "workflow")
            .whereLayer("project").mayOnlyBeAccessedByLayers("manifest", "store", "account", "jdbc", "storages", "plan",
                    "apply", "render", "workflow")
            .whereLayer("provider").mayOnlyBeAccessedByLayers("project", "manifest", "store", "account", "jdbc", "storages",
                    "plan", "apply", "render", "workflow")
            .because("each package depends only on those before it: keys, provider, project, manifest, store, plan,"
                    + " apply, render, workflow; the store and its storages speak the project's vocabulary (addresses,"
                    + " sources, codes), never the manifests (architecture.md)");

    @ArchTest
    static final ArchRule THE_SQLITE_STORAGE_IS_REACHED_ONLY_THROUGH_ITS_FACTORY = onlyThroughItsFactory("sqlite");

    @ArchTest
    static final ArchRule THE_MEMORY_STORAGE_IS_REACHED_ONLY_THROUGH_ITS_FACTORY = onlyThroughItsFactory("memory");

    @ArchTest
    static final ArchRule THE_POSTGRESQL_STORAGE_IS_REACHED_ONLY_THROUGH_ITS_FACTORY = onlyThroughItsFactory("postgresql");

    /**
     * Stores are opened by URI through {@code KeyPairStores}, whose ServiceLoader finds each storage's factory:
     * nothing outside a storage's package knows it.
     */
    private static ArchRule onlyThroughItsFactory(String storage) {
        String storagePackage = "dev.keypairs.store." + storage + "..";
        return noClasses().that().resideOutsideOfPackage(storagePackage)
                .should().dependOnClassesThat().resideInAPackage(storagePackage)
                .because("a storage is found by its URI scheme, through its factory, and known to nothing else");
    }

    @ArchTest
    static final ArchRule NO_MAVEN_TYPES_IN_THE_ENGINE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
            .because("the engine is a plain library; the plugin adapts it to Maven");
}
