package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.plan.Action;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.store.RegionListing;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TestKeys;
import dev.keypairs.store.postgresql.PostgresServer;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An apply killed with SIGKILL mid-run converges when run again: nothing lost, nothing twice, the file intact. */
class KilledApplyTest {

    private static final int TENCENT = 40;
    private static final int ALIBABA = 60;

    @TempDir
    Path base;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    @Timeout(120)
    void aKilledApplyConvergesWhenRunAgain(String storage) throws Exception {
        ManifestProject project = new ManifestProject(base.resolve("project"));
        String rsa = Fixtures.text("rsa-2048.pub").strip();
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + IntStream.range(0, ALIBABA).mapToObj(i -> "      - {name: ali-" + i + ", publicKey: '" + rsa + "'}")
                        .collect(Collectors.joining("\n"))
                + "\ntencent:\n  ap-guangzhou:\n    keyPairs:\n"
                + IntStream.range(0, TENCENT).mapToObj(i -> "      - {name: ten_" + i + ", publicKey: '"
                        + TestKeys.rsa(i).strip() + "'}").collect(Collectors.joining("\n")) + "\n");
        // The rate limit stays on: the killed run's imports are still in the store's window when the re-run starts.
        String storeUri = storage.equals("sqlite") ? "sqlite:" + base.resolve("store.db")
                : PostgresServer.shared().uri() + "?schema=killed_apply_" + ProcessHandle.current().pid();

        Process apply = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                ApplyProcess.class.getName(), project.base().toString(), storeUri).redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(apply.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                // Kill it while Tencent's paced imports are under way, well before they are done.
                if (line.matches("tencent/ap-guangzhou: ([4-9]|1[0-9])/" + TENCENT)) {
                    apply.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(apply.waitFor(30, TimeUnit.SECONDS));
        assertFalse(seen.stream().anyMatch(line -> line.startsWith("Apply complete")), "killed mid-run: " + seen);
        int landedBefore = count(storeUri, Provider.TENCENT, "ap-guangzhou");
        int alibabaBefore = count(storeUri, Provider.ALIBABA, "cn-hangzhou");
        assertTrue(landedBefore > 0 && landedBefore < TENCENT, "landed before the kill: " + landedBefore);

        RecordingReporter rerun = new RecordingReporter();
        ApplyReport report = new Keypairs(Configurations.of(project.base(), storeUri), rerun).apply();

        assertTrue(report.result().succeeded(), rerun.text());
        assertEquals(TENCENT, count(storeUri, Provider.TENCENT, "ap-guangzhou"));
        assertEquals(ALIBABA, count(storeUri, Provider.ALIBABA, "cn-hangzhou"));
        assertEquals((ALIBABA - alibabaBefore) + (TENCENT - landedBefore), report.result().done(Action.IMPORT),
                "the re-run imported exactly what was missing");
        PlanReport after = new Keypairs(Configurations.failingOnChanges(project.base(), storeUri), new RecordingReporter())
                .plan();
        assertFalse(after.plan().summary().hasChanges());
        if (storage.equals("sqlite")) {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + base.resolve("store.db"));
                    ResultSet check = connection.createStatement().executeQuery("PRAGMA integrity_check")) {
                assertTrue(check.next());
                assertEquals("ok", check.getString(1));
            }
        }
    }

    private static int count(String storeUri, Provider provider, String region) throws Exception {
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            List<StoredKeyPair> keyPairs = RegionListing.read(store, provider, region, 50).keyPairs();
            assertEquals(keyPairs.size(), keyPairs.stream().map(StoredKeyPair::name).distinct().count(), "no duplicates");
            return keyPairs.size();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }
}
