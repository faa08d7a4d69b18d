package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.project.ToolCode;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.InvalidConfigurationException;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.Reporter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shipped example of several accounts in one pom (examples/accounts) is what its README says: two executions
 * whose manifests, stores, settings.xml servers and output folders all differ, each execution's manifests valid and
 * planned as its own, a plan of one refused by the other, and the example never installed or deployed. Each
 * execution is configured as Maven configures it, from its {@code <configuration>} in the pom.
 */
class AccountsExampleTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "accounts");

    private static final Reporter QUIET = new Reporter() {
        @Override
        public void info(String line) {
        }

        @Override
        public void warn(String line) {
        }
    };

    @TempDir
    Path out;

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(EXAMPLE.resolve("pom.xml").toFile());
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    /** Each execution's plan goal, configured from its {@code <configuration>} as Maven would. */
    private static Map<String, PlanMojo> executions() throws Exception {
        Map<String, PlanMojo> executions = new LinkedHashMap<>();
        NodeList nodes = pom().getElementsByTagName("execution");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element execution = (Element) nodes.item(i);
            PlanMojo mojo = new PlanMojo();
            mojo.projectDirectory = EXAMPLE.toAbsolutePath().normalize().toFile();
            mojo.executionId = text(execution, "id");
            List<String> manifests = new ArrayList<>();
            NodeList manifestNodes = execution.getElementsByTagName("manifest");
            for (int j = 0; j < manifestNodes.getLength(); j++) {
                manifests.add(manifestNodes.item(j).getTextContent().strip());
            }
            mojo.manifests = manifests;
            mojo.store = text(execution, "store").replace("${user.home}", System.getProperty("user.home"));
            mojo.alibabaServerId = text(execution, "alibabaServerId");
            mojo.tencentServerId = text(execution, "tencentServerId");
            String given = text(execution, "out");
            mojo.out = given == null ? null : new File(mojo.projectDirectory, given);
            executions.put(mojo.executionId, mojo);
        }
        return executions;
    }

    @Test
    void eachExecutionIsAnAccountOfItsOwn() throws Exception {
        Map<String, PlanMojo> executions = executions();
        assertEquals(List.of("prod", "staging"), List.copyOf(executions.keySet()));
        Set<Object> manifests = new HashSet<>();
        Set<Object> stores = new HashSet<>();
        Set<Object> servers = new HashSet<>();
        Set<Object> outputs = new HashSet<>();
        for (PlanMojo execution : executions.values()) {
            Configuration configuration = execution.configuration();
            manifests.add(configuration.manifests());
            stores.add(configuration.storeUri());
            servers.add(execution.serverIds());
            outputs.add(configuration.outputDirectory());
        }
        assertEquals(2, manifests.size(), "manifests");
        assertEquals(2, stores.size(), "stores");
        assertEquals(2, servers.size(), "settings.xml servers");
        assertEquals(2, outputs.size(), "output folders");
        assertEquals(EXAMPLE.toAbsolutePath().normalize().resolve("target/keypairs/prod"),
                executions.get("prod").configuration().outputDirectory(), "an execution's default, as the README says");
    }

    @Test
    void eachExecutionsManifestsAreValidAndPlannedAsItsOwnAndItsPlanIsNoOthers() throws Exception {
        Map<String, Path> plans = new LinkedHashMap<>();
        for (PlanMojo execution : executions().values()) {
            // Its own manifests, against a throwaway store rather than the one in the home directory.
            Configuration configuration = execution.configuration().withStore("memory:accounts-" + UUID.randomUUID())
                    .withOutputDirectory(out.resolve(execution.executionId));
            new Keypairs(configuration, QUIET).validate();
            plans.put(execution.executionId, new Keypairs(configuration, QUIET).plan().planJson());
            assertTrue(Files.readString(plans.get(execution.executionId))
                    .contains("\"execution\" : \"" + execution.executionId + "\""), execution.executionId);
        }
        Configuration staging = executions().get("staging").configuration()
                .withStore("memory:accounts-" + UUID.randomUUID()).withSavedPlan(plans.get("prod"));
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> new Keypairs(staging, QUIET).apply());
        assertEquals(ToolCode.OTHER_CONFIGURATION, refused.code());
    }

    @Test
    void theExampleIsNeverInstalledOrDeployedAndItsReadmeSaysHowToRunIt() throws Exception {
        Element properties = (Element) pom().getElementsByTagName("properties").item(0);
        assertEquals("true", text(properties, "maven.install.skip"));
        assertEquals("true", text(properties, "maven.deploy.skip"));
        String readme = Files.readString(EXAMPLE.resolve("README.md"));
        for (String said : List.of("keypairs:plan@prod keypairs:plan@staging",
                "keypairs:apply@prod -Dkeypairs.plan=target/keypairs/prod/plan.json", "OtherConfiguration", "-Paccounts")) {
            assertTrue(readme.contains(said), said);
        }
        assertTrue(Files.readString(Path.of("..", "pom.xml")).contains("<module>examples/accounts</module>"),
                "the root pom's profile builds it");
    }
}
