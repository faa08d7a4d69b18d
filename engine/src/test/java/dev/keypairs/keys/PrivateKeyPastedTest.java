package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Someone will paste a private key where a public key belongs: say so, and never echo any of it. */
class PrivateKeyPastedTest {

    @ParameterizedTest
    @ValueSource(strings = {"private-openssh.txt", "private-pem-rsa.txt", "private-pkcs8.txt"})
    void privateKeyFilesAreNamedAsSuch(String fixture) {
        String privateKey = Fixtures.text(fixture);

        KeyFormatException e = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(privateKey));

        assertEquals(KeyProblem.PRIVATE_KEY, e.problem());
        assertTrue(e.getMessage().contains("this is a private key"), e.getMessage());
        assertTrue(e.getMessage().contains(".pub"), e.getMessage());
        assertNoPartOf(privateKey, e.getMessage());
    }

    @Test
    void theBase64OfAnOpenSshPrivateKeyWithoutItsArmourIsNamedAsSuch() {
        String privateKey = Fixtures.text("private-openssh.txt");
        String body = String.join("", privateKey.lines().filter(line -> !line.startsWith("-----")).toList());

        KeyFormatException alone = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(body));
        KeyFormatException typed = assertThrows(KeyFormatException.class,
                () -> PublicKeyReader.read("ssh-rsa " + body));

        assertEquals(KeyProblem.PRIVATE_KEY, alone.problem());
        assertEquals(KeyProblem.PRIVATE_KEY, typed.problem());
        assertNoPartOf(body, alone.getMessage());
        assertNoPartOf(body, typed.getMessage());
    }

    @Test
    void aPrivateKeyWithLeadingNoiseIsStillNamed() {
        String privateKey = "my key:\n" + Fixtures.text("private-pem-rsa.txt");
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(privateKey));
        assertEquals(KeyProblem.PRIVATE_KEY, e.problem());
    }

    private static void assertNoPartOf(String privateKey, String message) {
        privateKey.lines().filter(line -> !line.startsWith("-----"))
                .forEach(line -> PublicKeyReaderTest.assertNoFragmentOf(line, message));
    }
}
