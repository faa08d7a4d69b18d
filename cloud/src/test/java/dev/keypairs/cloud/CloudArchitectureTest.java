package dev.keypairs.cloud;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The cloud module's packages in their order: {@code client} (what both SDKs share, neither SDK), then one package
 * per provider, each the only one to know its SDK, then the store that routes between them. It is an adapter
 * around {@code dev.keypairs.store}: nothing of the plan, apply or workflow.
 */
@AnalyzeClasses(packages = "dev.keypairs.cloud", importOptions = ImportOption.DoNotIncludeTests.class)
class CloudArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("client").definedBy("dev.keypairs.cloud.client..")
            .layer("sdks").definedBy("dev.keypairs.cloud.alibaba..", "dev.keypairs.cloud.tencent..")
            .layer("store").definedBy("dev.keypairs.cloud")
            .whereLayer("store").mayNotBeAccessedByAnyLayer()
            .whereLayer("sdks").mayOnlyBeAccessedByLayers("store")
            .whereLayer("client").mayOnlyBeAccessedByLayers("sdks", "store");

    @ArchTest
    static final ArchRule alibabaSdkInItsPackage = noClasses().that().resideOutsideOfPackage("dev.keypairs.cloud.alibaba..")
            .should().dependOnClassesThat().resideInAPackage("com.aliyun..");

    @ArchTest
    static final ArchRule tencentSdkInItsPackage = noClasses().that().resideOutsideOfPackage("dev.keypairs.cloud.tencent..")
            .should().dependOnClassesThat().resideInAPackage("com.tencentcloudapi..");

    @ArchTest
    static final ArchRule anAdapterAroundTheStore = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "dev.keypairs.plan..", "dev.keypairs.apply..", "dev.keypairs.render..", "dev.keypairs.workflow..",
            "dev.keypairs.store.sqlite..", "dev.keypairs.store.postgresql..", "dev.keypairs.store.memory..");
}
