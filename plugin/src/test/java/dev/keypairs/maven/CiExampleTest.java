package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped CI flow (examples/ci) does what its README says: every step reads the manifests the path filters
 * watch, and main applies the plan.json the pull request showed, through keypairs.plan.
 */
class CiExampleTest {

    private static final Path WORKFLOW = Path.of("..", "examples", "ci", "github-actions.yml");

    private static JsonNode workflow() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    }

    private static List<String> mvnCommands(JsonNode workflow) {
        List<String> commands = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            String run = step.path("run").asText("");
            if (run.startsWith("mvn ")) {
                commands.add(run);
            }
        }));
        return commands;
    }

    @Test
    void everyStepReadsTheManifestsThePathFiltersWatch() throws Exception {
        JsonNode workflow = workflow();
        String manifests = workflow.path("env").path("KEYPAIRS_MANIFESTS").asText();
        assertEquals("keypairs.yaml", manifests);
        // "on" is YAML 1.1's true: Jackson reads the key as written.
        JsonNode on = workflow.has("on") ? workflow.path("on") : workflow.path("true");
        for (String event : List.of("pull_request", "push")) {
            List<String> paths = new ArrayList<>();
            on.path(event).path("paths").forEach(path -> paths.add(path.asText()));
            for (String manifest : manifests.split(",")) {
                assertTrue(paths.contains(manifest.strip()), event + " watches " + manifest + ": " + paths);
            }
        }
        List<String> commands = mvnCommands(workflow);
        assertEquals(4, commands.size(), "validate, plan, apply, the drift check: " + commands);
        commands.forEach(command -> assertTrue(command.contains("-Dkeypairs.manifests=\"$KEYPAIRS_MANIFESTS\""),
                command));
    }

    @Test
    void mainAppliesThePlanThePullRequestShowed() throws Exception {
        JsonNode apply = workflow().path("jobs").path("apply");
        List<String> runs = new ArrayList<>();
        apply.path("steps").forEach(step -> runs.add(step.path("run").asText("")));
        String fetch = runs.stream().filter(run -> run.contains("gh run download")).findFirst().orElseThrow();
        assertTrue(fetch.contains("--name plan --dir target/reviewed"), fetch);
        assertTrue(runs.stream().anyMatch(run -> run.startsWith("mvn -B keypairs:apply")
                && run.contains("-Dkeypairs.plan=target/reviewed/plan.json")), runs.toString());
        assertTrue(runs.stream().noneMatch(run -> run.startsWith("mvn -B keypairs:plan")),
                "main does not make a plan of its own to apply: it applies the reviewed one");
    }
}
