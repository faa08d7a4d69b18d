package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Builds applying at the same moment, each with its own connection to one embedded store. */
class ConcurrentApplyTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    @TempDir
    Path base;

    /** What one build's apply ended with: its report, or the failure it threw. */
    record Outcome(ApplyReport report, KeypairsException failure) {
    }

    /**
     * Applies every project at once, each on its own thread, each build held after it logged its plan until all
     * have: they all plan against the same store, then race while applying. (Unheld, a build could plan after
     * another had applied, and race nothing.) A build that ends before its plan stops being waited for.
     */
    private List<Outcome> applyAtOnce(List<Path> projects, String storeUri) throws Exception {
        CyclicBarrier start = new CyclicBarrier(projects.size());
        Phaser planned = new Phaser(projects.size());
        ExecutorService builds = Executors.newFixedThreadPool(projects.size());
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Path project : projects) {
                running.add(builds.submit(() -> {
                    Configuration configuration = Configurations.of(project, storeUri);
                    AtomicBoolean reachedPlan = new AtomicBoolean();
                    start.await();
                    try {
                        return new Outcome(new Keypairs(configuration, new RecordingReporter() {
                            @Override
                            public void info(String line) {
                                super.info(line);
                                if (line.startsWith("Plan:")) {
                                    reachedPlan.set(true);
                                    awaitTheOthers(planned);
                                }
                            }
                        }).apply(), null);
                    } catch (KeypairsException e) {
                        return new Outcome(null, e);
                    } finally {
                        if (!reachedPlan.get()) {
                            planned.arriveAndDeregister();
                        }
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            List<Throwable> brokenOff = new ArrayList<>();
            for (Future<Outcome> build : running) {
                try {
                    outcomes.add(build.get());
                } catch (ExecutionException e) {
                    brokenOff.add(e.getCause());
                }
            }
            if (!brokenOff.isEmpty()) {
                AssertionError error = new AssertionError("a build broke off", brokenOff.get(0));
                brokenOff.stream().skip(1).forEach(error::addSuppressed);
                outcomes.stream().map(Outcome::failure).filter(Objects::nonNull).forEach(error::addSuppressed);
                throw error;
            }
            return outcomes;
        } finally {
            builds.shutdownNow();
        }
    }

    private static void awaitTheOthers(Phaser planned) {
        try {
            planned.awaitAdvanceInterruptibly(planned.arrive(), 30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other builds took over 30 s to plan", e);
        }
    }

    private static List<StoredKeyPair> region(String storeUri) throws Exception {
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            return RegionListing.read(store, Provider.ALIBABA, "cn-hangzhou", 50).keyPairs();
        }
    }

    @Test
    @Timeout(120)
    void threeBuildsImportingIntoOneTencentRegionShareItsRateAndAllSucceed() throws Exception {
        // The rate limit on, as a cloud has it: 10 ImportKeyPair a second for the account, each build pacing itself.
        String storeUri = "sqlite:" + base.resolve("store.db");
        List<Path> projects = new ArrayList<>();
        for (int build = 0; build < 3; build++) {
            ManifestProject project = new ManifestProject(base.resolve("t" + build));
            int first = build * 40;
            project.write("keypairs.yaml", "tencent:\n  ap-shanghai:\n    keyPairs:\n" + IntStream.range(first, first + 40)
                    .mapToObj(i -> "      - {name: k" + i + ", publicKey: '" + TestKeys.rsa(i) + "'}")
                    .collect(Collectors.joining("\n")) + "\n");
            projects.add(project.base());
        }

        List<Outcome> outcomes = applyAtOnce(projects, storeUri);

        for (Outcome outcome : outcomes) {
            assertEquals(null, outcome.failure(), () -> "every build succeeds: " + outcome.failure());
            assertEquals(40, outcome.report().result().done(Action.IMPORT), "each imported its own 40");
            assertEquals(0, outcome.report().result().alreadyDone());
        }
        assertTrue(outcomes.stream().flatMap(outcome -> outcome.report().result().calls().stream())
                .anyMatch(call -> call.retriedOn().contains("RequestLimitExceeded")),
                "the builds did meet the account's rate: the test races what it claims to");
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            assertEquals(120, RegionListing.read(store, Provider.TENCENT, "ap-shanghai", 100).keyPairs().size());
        }
    }

    @Test
    @Timeout(120)
    void twoBuildsRacingForTheLastSlotsLandExactlyTheQuota() throws Exception {
        String storeUri = "sqlite:" + base.resolve("store.db");
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            for (int i = 0; i < 490; i++) {
                store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "existing-" + i, RSA, List.of(), null));
            }
        }
        List<Path> projects = new ArrayList<>();
        for (String build : List.of("a", "b")) {
            ManifestProject project = new ManifestProject(base.resolve(build));
            project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n" + IntStream.range(0, 8)
                    .mapToObj(i -> "      - {name: " + build + "-" + i + ", publicKey: '" + RSA + "'}")
                    .collect(Collectors.joining("\n")) + "\n");
            projects.add(project.base());
        }

        // Both plan against the 490 stored (498 after either: within the quota), then race for the last ten slots.
        List<Outcome> outcomes = applyAtOnce(projects, storeUri);

        outcomes.forEach(outcome -> assertTrue(outcome.failure() == null
                || outcome.failure() instanceof ApplyFailedException, () -> "a build failed otherwise: " + outcome));
        List<StoredKeyPair> stored = region(storeUri);
        assertEquals(500, stored.size(), "exactly the quota landed");
        Set<String> landed = stored.stream().map(StoredKeyPair::name).collect(Collectors.toSet());
        int refused = 0;
        for (int build = 0; build < projects.size(); build++) {
            Path project = projects.get(build);
            Outcome outcome = outcomes.get(build);
            Set<String> missing = IntStream.range(0, 8).mapToObj(i -> "alibaba/cn-hangzhou/" + project.getFileName() + "-" + i)
                    .filter(address -> !landed.contains(address.substring("alibaba/cn-hangzhou/".length())))
                    .collect(Collectors.toSet());
            refused += missing.size();
            if (outcome.failure() == null) {
                assertTrue(missing.isEmpty(), "a build that succeeded landed everything");
            } else {
                // It lost the race while applying: each key pair that did not land is reported with the quota code,
                // and none other.
                assertTrue(outcome.failure() instanceof ApplyFailedException, outcome.failure().toString());
                JsonNode applyJson = new ObjectMapper().readTree(project.resolve("target/keypairs/apply.json").toFile());
                Set<String> failed = new java.util.HashSet<>();
                for (JsonNode failure : applyJson.path("failures")) {
                    assertEquals("QuotaExceed.KeyPair", failure.path("code").asText());
                    failed.add(failure.path("address").asText());
                }
                assertEquals(missing, failed, "the right key pairs are reported");
            }
        }
        assertEquals(6, refused, "16 wanted, 10 slots");
    }

    @Test
    @Timeout(120)
    void threeBuildsApplyingTheSameManifestAllConverge() throws Exception {
        String storeUri = "sqlite:" + base.resolve("store.db");
        Path secrets = base.resolve("secrets");
        List<Path> projects = new ArrayList<>();
        for (String build : List.of("one", "two", "three")) {
            ManifestProject project = new ManifestProject(base.resolve(build));
            project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n" + IntStream.range(0, 30)
                    .mapToObj(i -> "      - {name: shared-" + i + ", publicKey: '" + RSA + "', tags: {team: x}}")
                    .collect(Collectors.joining("\n"))
                    + "\n      - {name: bastion, create: true, privateKeyFile: '" + secrets.resolve("bastion.pem") + "'}\n");
            projects.add(project.base());
        }

        List<Outcome> outcomes = applyAtOnce(projects, storeUri);

        for (Outcome outcome : outcomes) {
            assertTrue(outcome.failure() == null, () -> "every build converges: " + outcome.failure().getMessage());
        }
        List<StoredKeyPair> stored = region(storeUri);
        assertEquals(31, stored.size());
        assertEquals(31, stored.stream().map(StoredKeyPair::name).distinct().count());
        assertTrue(Files.readString(secrets.resolve("bastion.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
        for (Path project : projects) {
            PlanReport after = new Keypairs(Configurations.failingOnChanges(project, storeUri), new RecordingReporter())
                    .plan();
            assertFalse(after.plan().summary().hasChanges());
        }
    }
}
