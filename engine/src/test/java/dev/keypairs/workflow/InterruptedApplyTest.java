package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.provider.Provider;
import dev.keypairs.render.GoalWords;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.TestKeys;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apply ended by SIGTERM (as Ctrl-C's SIGINT, or a CI runner cancelling a job) mid-run writes apply.json with the
 * calls it made so far, marked interrupted, and says so on the console. The child process applies 40 Tencent imports,
 * paced at the documented 10 a second, so the signal comes while they are under way.
 */
class InterruptedApplyTest {

    private static final int IMPORTS = 40;
    private static final Pattern PROGRESS = Pattern.compile("tencent/ap-guangzhou: ([0-9]+)/" + IMPORTS);

    @TempDir
    Path base;

    @Test
    @Timeout(120)
    void anApplyEndedBySigtermRecordsTheCallsMadeSoFar() throws Exception {
        ManifestProject project = new ManifestProject(base.resolve("project"));
        project.write("keypairs.yaml", "tencent:\n  ap-guangzhou:\n    keyPairs:\n"
                + IntStream.range(0, IMPORTS).mapToObj(i -> "      - {name: key_" + i + ", publicKey: '"
                        + TestKeys.rsa(i).strip() + "'}").collect(Collectors.joining("\n")) + "\n");
        String storeUri = "sqlite:" + base.resolve("store.db");
        Path applyJson = project.base().resolve("target/keypairs/apply.json");

        Process apply = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ApplyProcess.class.getName(), project.base().toString(),
                storeUri).redirectErrorStream(true).start();
        List<String> printed = new ArrayList<>();
        int progressAtSignal = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(apply.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                printed.add(line);
                Matcher progress = PROGRESS.matcher(line);
                if (progressAtSignal < 0 && progress.matches() && Integer.parseInt(progress.group(1)) >= 4) {
                    progressAtSignal = Integer.parseInt(progress.group(1));
                    // SIGTERM, through the handle: Process.destroy() would close the pipe, and what the hook prints
                    // is read to the end.
                    apply.toHandle().destroy();
                }
            }
        }
        assertTrue(apply.waitFor(30, TimeUnit.SECONDS));
        assertTrue(progressAtSignal >= 4 && progressAtSignal < IMPORTS, "signalled mid-run: " + printed);
        assertFalse(printed.stream().anyMatch(line -> line.startsWith("Apply complete")), "ended mid-run: " + printed);

        assertTrue(Files.exists(applyJson), "apply.json written: " + printed);
        JsonNode record = new ObjectMapper().readTree(applyJson.toFile());
        assertTrue(record.get("interrupted").asBoolean());
        List<JsonNode> calls = StreamSupport.stream(record.get("calls").spliterator(), false).toList();
        long done = calls.stream().filter(call -> call.get("outcome").asText().equals("done")).count();
        assertEquals(done, record.get("summary").get("import").asInt(), "the summary counts the calls recorded");
        assertTrue(done >= progressAtSignal, "every import reported before the signal is recorded: " + done);
        int landed;
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            landed = RegionListing.read(store, Provider.TENCENT, "ap-guangzhou", 50).keyPairs().size();
        }
        assertTrue(done <= landed && landed < IMPORTS, "recorded " + done + ", landed " + landed);
        assertTrue(printed.contains(GoalWords.applyInterrupted(applyJson, calls.size())), String.join("\n", printed));
    }
}
