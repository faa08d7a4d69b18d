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
                "alibaba a b c hidden-4\n", "line 1: its 4th field is neither read-only nor account=STORE-URI",
                "alibaba a b read-only account=memory:x hidden-5\n", "line 1 has 6 fields");
        assertRefusedWithoutSecrets(directory, refusals);
        assertTrue(assertThrows(Credentials.CredentialsFileException.class,
                () -> Credentials.read(directory.resolve("absent"))).getMessage().endsWith("does not exist"));
    }

    @Test
    void aLineMayNameItsAccountAndBeReadOnlyInEitherOrder(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa secret-a account=memory:team-a\n"
                + "tencent AKIDt secret-t read-only account=postgresql://u:pg-secret@db.example/keys?schema=team_b\n"
                + "alibaba LTAIb secret-b account=sqlite:/tmp/b.db?rateLimit=off read-only\n"
                + "tencent AKIDu secret-u\n");
        Credentials credentials = Credentials.read(file);
        AccessKey a = credentials.find(Provider.ALIBABA, "LTAIa").orElseThrow();
        assertEquals("memory:team-a", a.account());
        assertFalse(a.readOnly());
        AccessKey t = credentials.find(Provider.TENCENT, "AKIDt").orElseThrow();
        assertEquals("postgresql://u:pg-secret@db.example/keys?schema=team_b", t.account());
        assertTrue(t.readOnly());
        AccessKey b = credentials.find(Provider.ALIBABA, "LTAIb").orElseThrow();
        assertEquals("sqlite:/tmp/b.db?rateLimit=off", b.account());
        assertTrue(b.readOnly());
        assertEquals(null, credentials.find(Provider.TENCENT, "AKIDu").orElseThrow().account(),
                "without account=, the emulator's own store");
        assertEquals(file + " line 2", credentials.origin(t));
        assertFalse(credentials.keys().toString().contains("pg-secret"), "an account's password never prints");
    }

    @Test
    void badAccountFieldsAreRefusedByLineWithoutTheirSecrets(@TempDir Path directory) throws Exception {
        Map<String, String> refusals = Map.of(
                "alibaba a hidden-1 account=memory:x account=memory:y\n", "line 1 gives account= twice",
                "alibaba a hidden-2 read-only read-only\n", "line 1 gives read-only twice",
                "tencent t hidden-3 account=\n", "line 1 gives account= without a store URI",
                "tencent t hidden-4 account=no-scheme\n", "line 1 gives an account= that is not a store URI: the"
                        + " store URI has no scheme",
                "tencent t hidden-5 Account=memory:x\n", "line 1: its 4th field is neither read-only nor",
                "alibaba a hidden-6 read-only acount=postgresql://u:hidden-7@h/db\n",
                "line 1: its 5th field is neither read-only nor account=STORE-URI (it is not shown",
                "alibaba a hidden-8 hidden-9\n", "line 1: its 4th field is neither");
        assertRefusedWithoutSecrets(directory, refusals);
    }

    @Test
    void theTestPairServesBothProviders() {
        Credentials pair = Credentials.testPair();
        assertTrue(pair.isTestPair());
        for (Provider provider : Provider.values()) {
            assertEquals(Credentials.TEST_SECRET, pair.find(provider, Credentials.TEST_ACCESS_KEY_ID).orElseThrow().secret());
        }
    }

    /** Each file (its text) is refused with a message holding the text given, and no word marked hidden. */
    private static void assertRefusedWithoutSecrets(Path directory, Map<String, String> refusals) throws Exception {
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Path file = Files.writeString(directory.resolve("keys"), refusal.getKey());
            Credentials.CredentialsFileException e = assertThrows(Credentials.CredentialsFileException.class,
                    () -> Credentials.read(file));
            assertTrue(e.getMessage().contains(refusal.getValue()), e.getMessage());
            assertFalse(e.getMessage().contains("hidden"), e.getMessage());
        }
    }
}
