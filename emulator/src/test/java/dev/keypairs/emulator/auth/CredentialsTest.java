package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials file: its lines, its refusals (each naming the line, never a secret). */
class CredentialsTest {

    @Test
    void linesCommentsAndBlankLines(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("keys"), "# who may call\n\nalibaba  LTAIa\tsecret-a\n"
                + "tencent AKIDt secret-t\nalibaba LTAIb secret-b\n");
        Credentials credentials = Credentials.read(file);
        assertEquals(3, credentials.keys().size());
        assertEquals("secret-a", credentials.find(Provider.ALIBABA, "LTAIa").orElseThrow().secret());
        assertTrue(credentials.find(Provider.TENCENT, "LTAIa").isEmpty(), "a key is one provider's");
        assertFalse(credentials.isTestPair());
        assertFalse(credentials.keys().toString().contains("secret-"), "secrets never print");
    }

    @Test
    void badFilesAreRefusedByLineWithoutTheirSecrets(@TempDir Path directory) throws Exception {
        Map<String, String> refusals = Map.of(
                "alibaba only-two\n", "line 1 has 2 fields",
                "# c\naws AKIA hidden-1\n", "line 2 names the provider 'aws'",
                "tencent AKID hidden-2\ntencent AKID hidden-3\n", "line 2 repeats the tencent AKID of line 1",
                "# nothing but comments\n", "holds no access key",
                "alibaba a b c hidden-4\n", "line 1 has 5 fields");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Path file = Files.writeString(directory.resolve("keys"), refusal.getKey());
            Credentials.CredentialsFileException e = assertThrows(Credentials.CredentialsFileException.class,
                    () -> Credentials.read(file));
            assertTrue(e.getMessage().contains(refusal.getValue()), e.getMessage());
            assertFalse(e.getMessage().contains("hidden"), e.getMessage());
        }
        assertTrue(assertThrows(Credentials.CredentialsFileException.class,
                () -> Credentials.read(directory.resolve("absent"))).getMessage().endsWith("does not exist"));
    }

    @Test
    void theTestPairServesBothProviders() {
        Credentials pair = Credentials.testPair();
        assertTrue(pair.isTestPair());
        for (Provider provider : Provider.values()) {
            assertEquals(Credentials.TEST_SECRET, pair.find(provider, Credentials.TEST_ACCESS_KEY_ID).orElseThrow().secret());
        }
    }
}
