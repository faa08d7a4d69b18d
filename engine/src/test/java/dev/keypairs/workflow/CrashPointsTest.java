package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.store.RegionListing;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Region;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoredKeyPair;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An apply of 3,000 key pairs (6 regions of 500) killed with SIGKILL at several points: early in its start
 * (once it says it is starting, before it has a plan), right after planning (nothing applied yet), mid-writes, and between regions
 * (a region done, others going). Each time the re-run converges: every key pair once, none lost, the plan after it
 * clean, SQLite's integrity check passing.
 */
class CrashPointsTest {

    private static final int REGIONS = 6;
    private static final int PER_REGION = 500;

    @TempDir
    Path base;

    @ParameterizedTest(name = "killed {0}")
    @ValueSource(strings = {"early", "after-planning", "mid-writes", "between-regions"})
    @Timeout(180)
    void aKilledApplyConverges(String point) throws Exception {
        List<String> regions = RegionCatalogue.builtIn(Provider.ALIBABA).regions().stream().map(Region::id)
                .limit(REGIONS).toList();
        String rsa = Fixtures.text("rsa-2048.pub").strip();
        ManifestProject project = new ManifestProject(base.resolve("project"));
        project.write("keypairs.yaml", regions.stream().map(region -> "  " + region + ":\n    keyPairs:\n"
                + IntStream.range(0, PER_REGION).mapToObj(i -> "      - {name: key-" + i + ", publicKey: '" + rsa + "'}")
                        .collect(Collectors.joining("\n"))).collect(Collectors.joining("\n", "alibaba:\n", "\n")));
        String storeUri = "sqlite:" + base.resolve("store.db");
        Predicate<String> killOn = switch (point) {
            case "after-planning" -> line -> line.startsWith("Plan: ");
            case "mid-writes" -> line -> line.matches(".*: ([1-9][0-9]{1,2})/" + PER_REGION);
            case "between-regions" -> line -> line.endsWith(": " + PER_REGION + "/" + PER_REGION);
            default -> line -> line.equals(ApplyProcess.STARTING);
        };

        Process apply = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ApplyProcess.class.getName(), project.base().toString(), storeUri)
                .redirectErrorStream(true).start();
        // Every point is a line the process prints, so a process that never got there (or never started) fails
        // here instead of passing as killed. What it printed up to the kill is kept, to show how far it came.
        List<String> printed = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(apply.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                printed.add(line);
                if (killOn.test(line)) {
                    // Killing closes the pipe too: nothing more can be read.
                    apply.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(killed, "the apply never reached the point " + point + "; it printed " + printed);
        assertTrue(apply.waitFor(60, TimeUnit.SECONDS));
        assertFalse(printed.stream().anyMatch(line -> line.startsWith("Apply complete")), "killed mid-run: " + printed);
        int before = count(storeUri, regions);
        assertTrue(before < REGIONS * PER_REGION, "killed before the end: " + before);
        if (point.equals("early")) {
            // Killed as it started its apply, long before it had a plan: nothing can have been written.
            assertEquals(0, before, "nothing written before the plan");
        }
        if (point.equals("mid-writes")) {
            assertTrue(before > 0, "killed while writing: " + before);
        }
        if (point.equals("between-regions")) {
            assertTrue(before >= PER_REGION, "killed after a region was done: " + before);
        }

        RecordingReporter rerun = new RecordingReporter();
        ApplyReport report = new Keypairs(Configurations.of(project.base(), storeUri), rerun).apply();

        assertTrue(report.result().succeeded(), rerun.text());
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            for (String region : regions) {
                List<StoredKeyPair> stored = RegionListing.read(store, Provider.ALIBABA, region, 50).keyPairs();
                assertEquals(PER_REGION, stored.size(), region);
                assertEquals(PER_REGION, stored.stream().map(StoredKeyPair::name).distinct().count(), "no duplicates");
            }
        }
        assertFalse(new Keypairs(Configurations.failingOnChanges(project.base(), storeUri), new RecordingReporter())
                .plan()
                .plan().summary().hasChanges());
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + base.resolve("store.db"));
                ResultSet check = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(check.next());
            assertEquals("ok", check.getString(1));
        }
    }

    private static int count(String storeUri, List<String> regions) throws Exception {
        int count = 0;
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            for (String region : regions) {
                count += RegionListing.read(store, Provider.ALIBABA, region, 50).keyPairs().size();
            }
        }
        return count;
    }
}
