package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.keypairs.cloud.client.CredentialSources;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped CI flow (examples/ci) does what its README says: every step reads the manifests the path filters
 * watch, the clouds' access keys come from secrets, and main applies the plan.json the pull request showed,
 * through keypairs.plan; a push no pull request merged (the first one) plans afresh and applies that plan, and a
 * merged pull request without a plan is refused. The fetch step runs under bash with a stand-in {@code gh}.
 */
class CiExampleTest {

    private static final Path WORKFLOW = Path.of("..", "examples", "ci", "github-actions.yml");
    private static final Path README = Path.of("..", "examples", "ci", "README.md");
    /** The condition of the apply job's steps that plan afresh. */
    private static final String FRESH = "steps.reviewed.outputs.source == 'fresh'";

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
        assertEquals(5, commands.size(), "validate, plan, the fresh plan, apply, the drift check: " + commands);
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
        apply.path("steps").forEach(step -> {
            if (step.path("run").asText("").startsWith("mvn -B keypairs:plan")) {
                assertEquals(FRESH, step.path("if").asText(),
                        "main plans afresh only when there is no reviewed plan: " + step);
            }
        });
    }

    @Test
    void theCloudKeysComeFromSecretsIntoTheVariablesTheSdksRead() throws Exception {
        JsonNode env = workflow().path("env");
        for (CredentialSources.Variables provider : CredentialSources.Variables.values()) {
            for (String variable : List.of(provider.id(), provider.secret())) {
                assertEquals("${{ secrets." + variable + " }}", env.path(variable).asText(), variable);
            }
        }
        assertEquals("${{ secrets.KEYPAIRS_STORE }}", env.path("KEYPAIRS_STORE").asText());
        String readme = Files.readString(README);
        for (CredentialSources.Variables provider : CredentialSources.Variables.values()) {
            assertTrue(readme.contains(provider.id()) && readme.contains(provider.secret()), provider.name());
        }
        for (String setting : List.of("server-id", "server-username", "server-password", "keypairs-alibaba",
                "keypairs-tencent", "keypairs.alibaba.serverId")) {
            assertTrue(readme.contains(setting), "the README says how to use setup-java's settings.xml: " + setting);
        }
    }

    @Test
    void theFirstPushPlansAfreshAndAppliesThatPlan(@TempDir Path workspace) throws Exception {
        Fetched fetched = fetchTheReviewedPlan(workspace, "push", "", "");
        assertEquals(0, fetched.exit(), fetched.output());
        assertEquals("source=fresh", fetched.githubOutput().strip());
        assertEquals(List.of("pr list"), fetched.ghCalls(), "nothing else asked once no pull request merged it");

        List<JsonNode> steps = new ArrayList<>();
        workflow().path("jobs").path("apply").path("steps").forEach(steps::add);
        int plan = indexOf(steps, "mvn -B keypairs:plan");
        int apply = indexOf(steps, "mvn -B keypairs:apply");
        assertTrue(plan >= 0 && plan < apply, "a fresh plan before the apply");
        assertEquals(FRESH, steps.get(plan).path("if").asText());
        assertTrue(steps.get(plan).path("run").asText().contains("-Dkeypairs.out=target/reviewed"),
                "the fresh plan goes where the apply reads it: " + steps.get(plan));
        assertTrue(steps.get(apply).path("if").isMissingNode(), "the apply runs for both: " + steps.get(apply));
        assertTrue(steps.stream().anyMatch(step -> step.path("if").asText().contains(FRESH)
                && step.path("run").asText().contains("target/reviewed/plan.md >> \"$GITHUB_STEP_SUMMARY\"")),
                "the fresh plan is shown in the run's summary");
    }

    @Test
    void aRunByHandPlansAfresh(@TempDir Path workspace) throws Exception {
        Fetched fetched = fetchTheReviewedPlan(workspace, "workflow_dispatch", "12 feature", "345");
        assertEquals(0, fetched.exit(), fetched.output());
        assertEquals("source=fresh", fetched.githubOutput().strip());
        assertEquals(List.of(), fetched.ghCalls());
    }

    @Test
    void aMergedPullRequestsPlanIsFetched(@TempDir Path workspace) throws Exception {
        Fetched fetched = fetchTheReviewedPlan(workspace, "push", "12 feature", "345");
        assertEquals(0, fetched.exit(), fetched.output());
        assertEquals("source=reviewed", fetched.githubOutput().strip());
        assertEquals(List.of("pr list", "run list", "run download"), fetched.ghCalls());
        assertTrue(fetched.calls().contains("--branch feature"), fetched.calls());
        assertTrue(fetched.calls().contains("run download 345 --name plan --dir target/reviewed"), fetched.calls());
    }

    @Test
    void aMergedPullRequestWithoutAPlanIsRefused(@TempDir Path workspace) throws Exception {
        Fetched fetched = fetchTheReviewedPlan(workspace, "push", "12 feature", "");
        assertEquals(1, fetched.exit(), fetched.output());
        assertTrue(fetched.output().contains("::error::Pull request #12 was merged, but no successful plan"),
                fetched.output());
        assertTrue(fetched.output().contains("nothing applied"), fetched.output());
        assertEquals("", fetched.githubOutput(), "neither plan is applied");
    }

    /** What the fetch step did, run by bash as GitHub runs it, with a {@code gh} that answers as told. */
    private record Fetched(int exit, String output, String githubOutput, String calls) {

        List<String> ghCalls() {
            return calls.lines().map(call -> call.split(" ")[0] + " " + call.split(" ")[1]).toList();
        }
    }

    private static Fetched fetchTheReviewedPlan(Path workspace, String event, String mergedPullRequest,
            String successfulRun) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash runs the step, as on GitHub's runners");
        JsonNode step = null;
        for (JsonNode candidate : workflow().path("jobs").path("apply").path("steps")) {
            if (candidate.path("id").asText().equals("reviewed")) {
                step = candidate;
            }
        }
        assertTrue(step != null, "the apply job has a step with id reviewed");
        Path script = Files.writeString(workspace.resolve("step.sh"), step.path("run").asText());
        Path bin = Files.createDirectories(workspace.resolve("bin"));
        // gh as it answers after its --jq: the pull request ("NUMBER BRANCH") and the run id, or nothing.
        Path gh = Files.writeString(bin.resolve("gh"), """
                #!/bin/bash
                echo "$*" >> "$GH_CALLS"
                case "$1 $2" in
                  "pr list") printf '%s' "$FAKE_PR" ;;
                  "run list") printf '%s' "$FAKE_RUN" ;;
                  "run download") mkdir -p target/reviewed && echo '{}' > target/reviewed/plan.json ;;
                esac
                """);
        assertTrue(gh.toFile().setExecutable(true));
        Path githubOutput = Files.createFile(workspace.resolve("github-output"));
        Path calls = Files.createFile(workspace.resolve("gh-calls"));
        ProcessBuilder process = new ProcessBuilder(bash.toString(), "--noprofile", "--norc", "-eo", "pipefail",
                script.toString()).directory(workspace.toFile()).redirectErrorStream(true);
        process.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        process.environment().putAll(Map.of("GITHUB_EVENT_NAME", event, "GITHUB_SHA", "0123abcd",
                "GITHUB_WORKFLOW", "keypairs", "GITHUB_OUTPUT", githubOutput.toString(), "GH_TOKEN", "token",
                "GH_CALLS", calls.toString(), "FAKE_PR", mergedPullRequest, "FAKE_RUN", successfulRun));
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(started.waitFor(30, TimeUnit.SECONDS));
        return new Fetched(started.exitValue(), output, Files.readString(githubOutput), Files.readString(calls));
    }

    private static int indexOf(List<JsonNode> steps, String run) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).path("run").asText().startsWith(run)) {
                return i;
            }
        }
        return -1;
    }
}
