package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicKeyReaderTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    @Test
    void readsTheOneLineForm() throws Exception {
        PublicKey key = PublicKeyReader.read(RSA);

        assertEquals(KeyType.SSH_RSA, key.type());
        assertEquals("rsa2048@fixtures", key.comment());
        assertEquals(RSA.substring(0, RSA.lastIndexOf(' ')), key.toOpenSshLine());
        assertFalse(key.isCertificate());
        assertEquals(key.blob(), key.certifiedKey());
    }

    @Test
    void commentsAndWhitespaceNeverMakeADifference() throws Exception {
        PublicKey plain = PublicKeyReader.read(RSA);
        String[] fields = RSA.split(" ");
        String[] variants = {
            fields[0] + " " + fields[1],
            fields[0] + "\t" + fields[1] + "   another comment with spaces  ",
            "\r\n\n  " + RSA + "\r\n\r\n",
            "\uFEFF" + RSA + "\n",
            "# a comment line\n" + RSA,
        };
        for (String variant : variants) {
            PublicKey read = PublicKeyReader.read(variant);
            assertTrue(plain.sameKeyAs(read), variant);
            assertEquals(plain.blob(), read.blob());
        }
    }

    @Test
    void fieldsAreSplitAtTheFirstTwoRunsOfAsciiWhitespace() throws Exception {
        String[] fields = RSA.split(" ");
        PublicKey read = PublicKeyReader.read(fields[0] + " \u000B\f" + fields[1] + "\t\t a  comment\twith\u00A0runs");

        assertEquals(fields[1], read.blob().base64());
        assertEquals("a  comment\twith\u00A0runs", read.comment());
        // A no-break space is no separator: type and blob are one word, and ssh-keygen 9.2 reads no key either.
        KeyFormatException joined = assertThrows(KeyFormatException.class,
                () -> PublicKeyReader.read(fields[0] + "\u00A0" + fields[1]));
        assertEquals(KeyProblem.NOT_A_KEY, joined.problem());
        KeyFormatException twoKeys = assertThrows(KeyFormatException.class,
                () -> PublicKeyReader.read(RSA + "\r" + RSA));
        assertEquals(KeyProblem.MORE_THAN_ONE_KEY, twoKeys.problem());
    }

    @Test
    void theBase64FieldIsFoundAsTheReaderSplitsTheLine() {
        String[] fields = RSA.split(" ");
        assertEquals(fields[1], PublicKeyReader.base64Field(RSA));
        assertEquals(fields[1], PublicKeyReader.base64Field("  " + fields[0] + "\t " + fields[1] + "\n"));
        assertEquals("", PublicKeyReader.base64Field(fields[0]));
        assertEquals("", PublicKeyReader.base64Field(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-2048", "dsa-1024", "ecdsa-256", "rsa-2048-cert"})
    void rfc4716ExportIsTheSameKey(String name) throws Exception {
        PublicKey oneLine = Fixtures.key(name + ".pub");
        PublicKey rfc4716 = Fixtures.key(name + ".rfc4716");

        assertTrue(oneLine.sameKeyAs(rfc4716));
        assertEquals(oneLine.type(), rfc4716.type());
        assertTrue(rfc4716.comment().contains("converted by"), rfc4716.comment());
    }

    @Test
    void rfc4716HeadersMayContinueAndLinesMayEndInCrLf() throws Exception {
        PublicKey expected = Fixtures.key("ecdsa-256.pub");
        String base64 = expected.blob().base64();
        String block = "---- BEGIN SSH2 PUBLIC KEY ----\r\n"
                + "Subject: alice\r\n"
                + "Comment: \"a comment that is long enough \\\r\n"
                + "to continue\"\r\n"
                + "x-private: anything\r\n"
                + base64.substring(0, 40) + "\r\n" + base64.substring(40) + "\r\n"
                + "---- END SSH2 PUBLIC KEY ----\r\n";

        PublicKey read = PublicKeyReader.read(block);

        assertTrue(expected.sameKeyAs(read));
        assertEquals("a comment that is long enough to continue", read.comment());
    }

    @Test
    void rfc4716WithoutEndLineIsRefused() {
        String block = Fixtures.text("rsa-2048.rfc4716").replace("---- END SSH2 PUBLIC KEY ----", "");
        assertProblem(KeyProblem.MALFORMED_RFC4716, block);
    }

    @Test
    void twoRfc4716BlocksAreMoreThanOneKey() {
        String block = Fixtures.text("rsa-2048.rfc4716");
        assertProblem(KeyProblem.MORE_THAN_ONE_KEY, block + block);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\r\n\t", "# only a comment"})
    void emptyInputIsRefused(String text) {
        assertProblem(KeyProblem.EMPTY, text);
    }

    @Test
    void nullIsEmpty() {
        assertProblem(KeyProblem.EMPTY, null);
    }

    @Test
    void badBase64IsRefused() {
        String[] fields = RSA.split(" ");
        assertProblem(KeyProblem.BAD_BASE64, fields[0] + " " + fields[1].substring(0, 30) + "*!" + fields[1].substring(32));
    }

    @Test
    void typeWordThatDoesNotMatchTheBlobIsRefused() {
        String ed25519 = Fixtures.text("ed25519.pub").strip();
        String relabelled = "ssh-rsa" + ed25519.substring(ed25519.indexOf(' '));
        KeyFormatException e = assertProblem(KeyProblem.TYPE_MISMATCH, relabelled);
        assertTrue(e.getMessage().contains("ssh-ed25519"), e.getMessage());
    }

    @Test
    void unknownTypeWordIsRefused() {
        String[] fields = RSA.split(" ");
        KeyFormatException e = assertProblem(KeyProblem.UNKNOWN_TYPE, "ssh-foo " + fields[1]);
        assertTrue(e.getMessage().contains("ssh-foo"), e.getMessage());
    }

    @Test
    void unknownTypeInsideTheBlobIsRefused() {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        SshWireReader.writeString(blob, "sk-ssh-ed25519@openssh.com".getBytes(StandardCharsets.US_ASCII));
        SshWireReader.writeString(blob, new byte[32]);
        String block = "---- BEGIN SSH2 PUBLIC KEY ----\n" + Base64.getEncoder().encodeToString(blob.toByteArray())
                + "\n---- END SSH2 PUBLIC KEY ----\n";
        assertProblem(KeyProblem.UNKNOWN_TYPE, block);
    }

    @Test
    void truncatedBlobIsRefusedAtEveryLength() throws Exception {
        byte[] blob = PublicKeyReader.read(RSA).blob().bytes();
        for (int length = 1; length < blob.length; length += 7) {
            String line = "ssh-rsa " + Base64.getEncoder().encodeToString(Arrays.copyOf(blob, length));
            KeyFormatException e = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(line));
            assertTrue(e.problem() == KeyProblem.TRUNCATED || e.problem() == KeyProblem.TYPE_MISMATCH,
                    length + ": " + e.problem());
        }
    }

    @Test
    void hostileLengthFieldIsTruncationNotAnAllocation() {
        byte[] blob = {0, 0, 0, 7, 's', 's', 'h', '-', 'r', 's', 'a', (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertProblem(KeyProblem.TRUNCATED, "ssh-rsa " + Base64.getEncoder().encodeToString(blob));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-2048.pub", "ecdsa-384.pub", "ed25519.pub", "ed25519-cert.pub", "dsa-1024.pub"})
    void trailingBytesAreRefused(String fixture) {
        PublicKey key = Fixtures.key(fixture);
        byte[] padded = Arrays.copyOf(key.blob().bytes(), key.blob().length() + 1);
        assertProblem(KeyProblem.TRAILING_BYTES,
                key.type().wireName() + " " + Base64.getEncoder().encodeToString(padded));
    }

    @Test
    void ecdsaPointOffTheCurveIsRefused() {
        byte[] blob = Fixtures.key("ecdsa-256.pub").blob().bytes();
        blob[blob.length - 1] ^= 0x01;
        assertProblem(KeyProblem.INVALID_KEY, "ecdsa-sha2-nistp256 " + Base64.getEncoder().encodeToString(blob));
    }

    @Test
    void ecdsaCurveThatDoesNotMatchTheTypeIsRefused() {
        byte[] blob = Fixtures.key("ecdsa-256.pub").blob().bytes();
        String text = new String(blob, StandardCharsets.ISO_8859_1).replace("\0\0\0\u0008nistp256", "\0\0\0\u0008nistp384");
        byte[] changed = text.getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(KeyProblem.INVALID_KEY, "ecdsa-sha2-nistp256 " + Base64.getEncoder().encodeToString(changed));
    }

    @Test
    void evenRsaModulusIsRefused() throws Exception {
        byte[] blob = PublicKeyReader.read(RSA).blob().bytes();
        blob[blob.length - 1] &= (byte) 0xFE;
        assertProblem(KeyProblem.INVALID_KEY, "ssh-rsa " + Base64.getEncoder().encodeToString(blob));
    }

    @ParameterizedTest(name = "{0} bits")
    @ValueSource(ints = {768, 1023, 16385})
    void rsaModulusOutsideOpenSshsSizesIsRefused(int bits) {
        assertProblem(KeyProblem.INVALID_KEY, rsaText(BigInteger.valueOf(65_537), oddNumber(bits)));
    }

    @ParameterizedTest(name = "{0} bits")
    @ValueSource(ints = {1024, 16384})
    void rsaModulusAtOpenSshsBoundsIsRead(int bits) throws Exception {
        assertEquals(bits, PublicKeyReader.read(rsaText(BigInteger.valueOf(65_537), oddNumber(bits))).bits());
    }

    @Test
    void evenRsaExponentIsRefused() {
        assertProblem(KeyProblem.INVALID_KEY, rsaText(BigInteger.valueOf(65_536), oddNumber(2048)));
    }

    @Test
    void rsaModulusIsNotTestedForPrimalityOrFactorsAsOpenSshDoesNot() throws Exception {
        BigInteger prime = BigInteger.probablePrime(2048, new Random(7));
        BigInteger smallFactor = BigInteger.probablePrime(2040, new Random(8)).multiply(BigInteger.valueOf(151));

        assertEquals(2048, PublicKeyReader.read(rsaText(BigInteger.valueOf(65_537), prime)).bits());
        assertEquals(smallFactor.bitLength(),
                PublicKeyReader.read(rsaText(BigInteger.valueOf(65_537), smallFactor)).bits());
    }

    /** As {@code ssh-keygen -l} reads such a key (OpenSSH trims the zeros): the size of the value, not of its bytes. */
    @ParameterizedTest(name = "{0} bits, {1} zero bytes more")
    @CsvSource({"1024, 0", "2048, 1", "2047, 3", "4093, 2"})
    void rsaSizeIsTheModulusBitLengthWhateverItsLeadingZeroBytes(int bits, int zeros) throws Exception {
        byte[] modulus = oddNumber(bits).toByteArray();
        byte[] padded = new byte[zeros + modulus.length];
        System.arraycopy(modulus, 0, padded, zeros, modulus.length);

        assertEquals(bits, PublicKeyReader.read(rsaText(BigInteger.valueOf(65_537).toByteArray(), padded)).bits());
    }

    @Test
    void zeroEmptyOrNegativeRsaValuesAreRefused() {
        byte[] modulus = oddNumber(2048).toByteArray();
        byte[] negative = BigInteger.valueOf(65_537).negate().toByteArray();
        for (byte[] exponent : List.of(new byte[0], new byte[3], negative)) {
            assertProblem(KeyProblem.INVALID_KEY, rsaText(exponent, modulus));
        }
        assertProblem(KeyProblem.INVALID_KEY, rsaText(BigInteger.valueOf(65_537).toByteArray(),
                oddNumber(2048).negate().toByteArray()));
    }

    /** An odd number of exactly {@code bits} bits: OpenSSH reads any such modulus. */
    static BigInteger oddNumber(int bits) {
        return new BigInteger(bits, new Random(bits)).setBit(bits - 1).setBit(0);
    }

    /** An {@code ssh-rsa} line of the given values. */
    static String rsaText(BigInteger exponent, BigInteger modulus) {
        return rsaText(exponent.toByteArray(), modulus.toByteArray());
    }

    /** An {@code ssh-rsa} line of the given {@code mpint} bytes, as they are. */
    static String rsaText(byte[] exponent, byte[] modulus) {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        SshWireReader.writeString(blob, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        SshWireReader.writeString(blob, exponent);
        SshWireReader.writeString(blob, modulus);
        return "ssh-rsa " + Base64.getEncoder().encodeToString(blob.toByteArray()) + " made";
    }

    @Test
    void ed25519KeyOfTheWrongLengthIsRefused() {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        SshWireReader.writeString(blob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
        SshWireReader.writeString(blob, new byte[31]);
        assertProblem(KeyProblem.INVALID_KEY, "ssh-ed25519 " + Base64.getEncoder().encodeToString(blob.toByteArray()));
    }

    @Test
    void twoKeysAreRefused() {
        assertProblem(KeyProblem.MORE_THAN_ONE_KEY, RSA + "\n" + Fixtures.text("ed25519.pub"));
    }

    @Test
    void aTypeWordAloneIsNotAKey() {
        assertProblem(KeyProblem.NOT_A_KEY, "ssh-rsa");
    }

    @Test
    void overlongInputIsRefusedUnread() {
        String huge = "ssh-rsa " + "A".repeat(PublicKeyReader.MAX_TEXT_LENGTH);
        KeyFormatException e = assertProblem(KeyProblem.TOO_LARGE, huge);
        assertTrue(e.getMessage().contains("64 KiB"), e.getMessage());
    }

    @Test
    void messagesNeverQuoteKeyMaterial() {
        String[] fields = RSA.split(" ");
        String[] broken = {
            fields[0] + " " + fields[1] + "AAAA",
            "ssh-ed25519 " + fields[1],
            fields[1].substring(0, 200) + " " + fields[1],
            fields[0] + " " + fields[1].substring(0, 120),
        };
        for (String text : broken) {
            KeyFormatException e = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(text));
            assertNoFragmentOf(fields[1], e.getMessage());
        }
    }

    static KeyFormatException assertProblem(KeyProblem expected, String text) {
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(text));
        assertEquals(expected, e.problem(), e.getMessage());
        assertTrue(e.getMessage().startsWith(expected.message()), e.getMessage());
        return e;
    }

    /** No run of 12 characters of the secret appears in the message. */
    static void assertNoFragmentOf(String secret, String message) {
        for (int start = 0; start + 12 <= secret.length(); start++) {
            String fragment = secret.substring(start, start + 12);
            assertFalse(message.contains(fragment), "the message quotes key material: " + message);
        }
    }
}
