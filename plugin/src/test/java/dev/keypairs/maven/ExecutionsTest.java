package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.keypairs.provider.Provider;
import dev.keypairs.workflow.Configuration;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several accounts in one pom (goals.md): each execution's {@code <configuration>} is its own Mojo's, and what a
 * goal makes of it is its own too: the execution it records, its manifests, store, settings.xml server ids, and an
 * output folder of its own by default.
 */
class ExecutionsTest {

    private static PluginDescriptor plugin;

    @TempDir
    Path base;

    @BeforeAll
    static void readThePluginDescriptor() throws Exception {
        plugin = CommandLineSettingsTest.pluginDescriptor();
    }

    /** A plan goal as Maven configures it for one execution of the pom. */
    private PlanMojo plan(String executionId, String account) {
        PlanMojo mojo = new PlanMojo();
        mojo.projectDirectory = base.toFile();
        mojo.executionId = executionId;
        mojo.manifests = List.of(account + "/keypairs.yaml");
        mojo.store = "sqlite:" + account + ".db";
        mojo.alibabaServerId = account + "-alibaba";
        mojo.tencentServerId = account + "-tencent";
        mojo.storeServerId = account + "-store";
        return mojo;
    }

    @Test
    void eachExecutionIsAConfigurationOfItsOwn() {
        PlanMojo prod = plan("prod", "prod");
        PlanMojo staging = plan("staging", "staging");
        Configuration prodConfiguration = prod.configuration();
        Configuration stagingConfiguration = staging.configuration();

        assertEquals("prod", prodConfiguration.execution());
        assertEquals(List.of("prod/keypairs.yaml"), prodConfiguration.manifests());
        assertEquals("sqlite:prod.db", prodConfiguration.storeUri());
        assertEquals(base.resolve("target/keypairs/prod"), prodConfiguration.outputDirectory());
        assertEquals(Map.of(Provider.ALIBABA, "prod-alibaba", Provider.TENCENT, "prod-tencent"), prod.serverIds());
        assertEquals("staging", stagingConfiguration.execution());
        assertEquals(base.resolve("target/keypairs/staging"), stagingConfiguration.outputDirectory());
        assertEquals(Map.of(Provider.ALIBABA, "staging-alibaba", Provider.TENCENT, "staging-tencent"),
                staging.serverIds());
        assertNotEquals(prodConfiguration.identity(), stagingConfiguration.identity());
    }

    @Test
    void aGoalRunByItsNameOrAnExecutionWithoutAnIdKeepsTheOneDefaultFolder() {
        for (String unnamed : new String[] {"default-cli", "default", null}) {
            Configuration configuration = plan(unnamed, "prod").configuration();
            assertEquals(base.resolve("target/keypairs"), configuration.outputDirectory(), unnamed);
            assertEquals(unnamed, configuration.execution(), "recorded as Maven names it");
        }
    }

    @Test
    void aGivenOutputFolderWinsOverTheExecutionsDefault() throws Exception {
        PlanMojo prod = plan("prod", "prod");
        prod.out = new File(base.toFile(), "reviewed");
        assertEquals(base.resolve("reviewed"), prod.configuration().outputDirectory());

        ShowMojo show = new ShowMojo();
        show.projectDirectory = base.toFile();
        show.executionId = "staging";
        assertEquals(base.resolve("target/keypairs/staging"), show.configuration().outputDirectory());

        // The command line wins over the pom, for every execution it runs.
        PlanMojo staging = plan("staging", "staging");
        Properties commandLine = new Properties();
        commandLine.setProperty("keypairs.out", "ci-out");
        CommandLineSettings.apply(staging, plugin, commandLine, base.toFile(), Set.of());
        assertEquals(base.resolve("ci-out"), staging.configuration().outputDirectory());
    }

    @Test
    void theStoresServerIdIsAParameterOfEveryGoalWithAStore() {
        for (String goal : List.of("plan", "apply", "destroy", "show", "export", "serve")) {
            assertEquals("keypairs-store", plugin.getMojo(goal).getParameters().stream()
                    .filter(parameter -> "${keypairs.store.serverId}".equals(parameter.getExpression())).findFirst()
                    .orElseThrow(() -> new AssertionError(goal + " takes no keypairs.store.serverId"))
                    .getDefaultValue(), goal);
        }
    }
}
