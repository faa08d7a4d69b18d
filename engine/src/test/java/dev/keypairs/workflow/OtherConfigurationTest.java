package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.ConfigurationIdentity;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.FailureWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several accounts in one project (SPEC §7, §15): two executions {@code prod} and {@code staging}, each with its
 * manifests, store and output; a saved plan of one is refused by the other before anything is read, naming both,
 * also when both use one store.
 */
class OtherConfigurationTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();

    @TempDir
    Path base;
    ManifestProject project;
    String prodStore;
    String stagingStore;

    @BeforeEach
    void twoAccounts() {
        project = new ManifestProject(base.resolve("project"));
        project.write("prod.yaml", manifest("prod-deploy", RSA));
        project.write("staging.yaml", manifest("staging-deploy", RSA_3072));
        prodStore = "sqlite:" + base.resolve("prod.db") + "?rateLimit=off";
        // A directory that opening the store would create: its absence shows that the store was never opened.
        stagingStore = "sqlite:" + base.resolve("staging-account").resolve("staging.db") + "?rateLimit=off";
    }

    private static String manifest(String name, String key) {
        return "alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - {name: " + name + ", publicKey: '" + key + "'}\n";
    }

    private Configuration prod() {
        return Configuration.of(project.base()).withExecution("prod").withManifests(List.of("prod.yaml"))
                .withStore(prodStore).withOutputDirectory(Path.of("target", "keypairs", "prod"));
    }

    private Configuration staging() {
        return Configuration.of(project.base()).withExecution("staging").withManifests(List.of("staging.yaml"))
                .withStore(stagingStore).withOutputDirectory(Path.of("target", "keypairs", "staging"));
    }

    private static Keypairs run(Configuration configuration) {
        return new Keypairs(configuration, new RecordingReporter());
    }

    private static InvalidConfigurationException refused(Configuration configuration) {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> run(configuration).apply());
        assertEquals(ToolCode.OTHER_CONFIGURATION, refused.code());
        assertEquals("OtherConfiguration", refused.code().code());
        assertEquals(Setting.PLAN, refused.setting());
        return refused;
    }

    @Test
    void aSavedPlanOfOneExecutionIsRefusedByAnotherBeforeAnythingIsReadNamingBoth() throws Exception {
        Path prodPlan = run(prod()).plan().planJson();
        Files.delete(project.base().resolve("staging.yaml"));

        InvalidConfigurationException refused = refused(staging().withSavedPlan(prodPlan));

        ConfigurationIdentity madeFor = new ConfigurationIdentity("prod", List.of("prod.yaml"), prodStore);
        ConfigurationIdentity goal = new ConfigurationIdentity("staging", List.of("staging.yaml"), stagingStore);
        assertEquals(new ConfigurationProblem.OtherConfiguration(prodPlan, madeFor, goal), refused.problem());
        assertEquals(FailureWords.of(refused.problem()), refused.getMessage());
        assertTrue(refused.getMessage().contains("execution prod, manifests prod.yaml, store " + prodStore)
                && refused.getMessage().contains("execution staging, manifests staging.yaml, store " + stagingStore),
                refused.getMessage());
        // Nothing read: neither the staging store (never opened, so its directory was never made) nor its manifest
        // (gone, which reading would have reported), and nothing written to staging's output.
        assertFalse(Files.exists(base.resolve("staging-account")), "the staging store was opened");
        assertFalse(Files.exists(project.base().resolve("target/keypairs/staging")), "staging's output was written");
        assertTrue(Files.exists(prodPlan), "the saved plan is only read");
        assertEquals(1, run(prod()).plan().plan().summary().imports(), "nothing applied to prod either");
    }

    @Test
    void alsoWhenBothUseOneStoreTheOtherManifestsRefuseIt() throws Exception {
        stagingStore = prodStore;
        Path prodPlan = run(prod()).plan().planJson();

        InvalidConfigurationException refused = refused(staging().withSavedPlan(prodPlan));

        ConfigurationProblem.OtherConfiguration other = (ConfigurationProblem.OtherConfiguration) refused.problem();
        assertEquals(other.plan().store(), other.goal().store());
        assertEquals(List.of("prod.yaml"), other.plan().manifests());
        assertEquals(List.of("staging.yaml"), other.goal().manifests());
        assertEquals(1, run(prod()).plan().plan().summary().imports(), "nothing applied");
    }

    @Test
    void theSameManifestsAndStoreOfAnotherExecutionRefuseItToo() throws Exception {
        // One store URI, one manifest: the accounts differ only in what the execution gives besides, e.g. the
        // settings.xml servers of cloud:, which a plan cannot record. The execution tells them apart.
        Configuration alsoProd = prod().withExecution("staging");
        Path prodPlan = run(prod()).plan().planJson();

        InvalidConfigurationException refused = refused(alsoProd.withSavedPlan(prodPlan));

        ConfigurationProblem.OtherConfiguration other = (ConfigurationProblem.OtherConfiguration) refused.problem();
        assertEquals(List.of("prod", "staging"), List.of(other.plan().execution(), other.goal().execution()));
        assertEquals(other.plan().manifests(), other.goal().manifests());
    }

    @Test
    void anotherStoreRefusesItBeforeThatStoreIsOpened() throws Exception {
        Path prodPlan = run(prod()).plan().planJson();

        InvalidConfigurationException refused = refused(prod().withStore(stagingStore).withSavedPlan(prodPlan));

        ConfigurationProblem.OtherConfiguration other = (ConfigurationProblem.OtherConfiguration) refused.problem();
        assertEquals(List.of(prodStore, stagingStore), List.of(other.plan().store(), other.goal().store()));
        assertFalse(Files.exists(base.resolve("staging-account")), "the other store was opened");
    }

    @Test
    void theExecutionThatMadeThePlanAppliesIt() throws Exception {
        // mvn keypairs:plan@prod, then mvn keypairs:apply@prod -Dkeypairs.plan=target/keypairs/prod/plan.json; the
        // manifests as the pom or the command line spells them, ./prod.yaml for prod.yaml.
        Path prodPlan = run(prod()).plan().planJson();
        Path reviewed = Files.copy(prodPlan, base.resolve("reviewed-plan.json"));

        ApplyReport applied = run(prod().withManifests(List.of("./prod.yaml")).withSavedPlan(reviewed)).apply();

        assertEquals(Map.of(Action.IMPORT, 1), applied.result().done());
        assertEquals("prod", applied.plan().options().execution());
        assertEquals(1, run(staging()).plan().plan().summary().imports(), "staging's store untouched");
    }

    @Test
    void aPlanOfNoNamedExecutionIsJudgedByItsManifestsAndStore() throws Exception {
        // A plan.json of a keypairs before executions were recorded, or of a front end without them.
        Path unnamed = run(prod().withExecution(null)).plan().planJson();
        assertTrue(Files.readString(unnamed).contains("\"manifests\""));
        assertFalse(Files.readString(unnamed).contains("\"execution\""));

        assertEquals(Map.of(Action.IMPORT, 1), run(prod().withSavedPlan(unnamed)).apply().result().done());
        Path again = run(prod().withExecution(null)).plan().planJson();
        refused(prod().withManifests(List.of("staging.yaml")).withSavedPlan(again));
    }

    @Test
    void theDefaultManifestIsTheOneNamedKeypairsYaml() throws Exception {
        project.write("keypairs.yaml", manifest("default-key", RSA));
        Configuration unnamedManifests = Configuration.of(project.base()).withStore(prodStore);
        Path plan = run(unnamedManifests).plan().planJson();

        assertEquals(List.of("keypairs.yaml"), unnamedManifests.identity().manifests());
        assertEquals(Map.of(Action.IMPORT, 1), run(unnamedManifests.withManifests(List.of("keypairs.yaml"))
                .withSavedPlan(plan)).apply().result().done());
        Path next = run(unnamedManifests).plan().planJson();
        refused(unnamedManifests.withManifests(List.of("prod.yaml")).withSavedPlan(next));
    }
}
