package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.teaopenapi.models.Config;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.RegionListing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} on the standalone jar the build made, as a user runs it: it serves an official SDK, stops
 * on SIGTERM with the store closed, and refuses bad arguments with a code.
 */
class StandaloneJarIT {

    static final Path JAR = Path.of(System.getProperty("keypairs.standaloneJar", "target/missing.jar"));

    @Test
    void javaDashJarServesUntilSigterm(@TempDir Path directory) throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " was built");
        String store = "sqlite:" + directory.resolve("store.db");
        EmulatorProcess emulator = EmulatorProcess.start(List.of("-jar", JAR.toString()),
                List.of("--port", "0", "--store", store));
        try {
            Client alibaba = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                    .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http"));
            alibaba.importKeyPair(new ImportKeyPairRequest().setRegionId("cn-hangzhou").setKeyPairName("from-the-jar")
                    .setPublicKeyBody(Fixtures.text("rsa-2048.pub")));
            assertEquals(1, alibaba.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou"))
                    .getBody().getTotalCount());
        } finally {
            int exit = emulator.terminate();
            assertEquals(143, exit, "the JVM's exit on SIGTERM, after the shutdown hook: " + emulator.output());
        }
        List<String> output = emulator.output();
        assertTrue(output.get(0).contains("AccessKeyId keypairs-test, secret keypairs-test-secret"), output.toString());
        assertFalse(String.join("\n", output).contains("SLF4J"), output.toString());
        try (KeyPairStore reopened = KeyPairStores.open(store)) {
            assertEquals(List.of("from-the-jar"), RegionListing.read(reopened, Provider.ALIBABA, "cn-hangzhou", 50)
                    .keyPairs().stream().map(keyPair -> keyPair.name()).toList());
        }
    }

    @Test
    void badArgumentsAreRefusedWithACode() throws Exception {
        for (List<String> args : List.of(List.of("--port", "http"), List.of("--store", "cloud:"),
                List.of("--credentials", "/nonexistent/keys"), List.of("--verbose", "yes"))) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toString(), args.get(0), args.get(1)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue(), output);
            assertTrue(output.startsWith("keypairs emulator: "), output);
            if (!args.get(0).equals("--verbose")) {
                assertTrue(output.matches("keypairs emulator: [A-Z][A-Za-z]+: (?s).*"), "Code: message: " + output);
            }
            assertFalse(output.contains("Exception"), output);
        }
    }
}
