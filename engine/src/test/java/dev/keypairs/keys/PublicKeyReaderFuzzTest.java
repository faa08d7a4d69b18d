package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A seeded random mutation test over the ssh-keygen fixtures: whatever the text, the reader answers a key that
 * reads back as itself or a coded {@link KeyFormatException}, never another exception, and quickly. Mutations work on the text (bytes
 * flipped, inserted, deleted, runs repeated, lines cut) and on the decoded blob re-encoded under its own type
 * word (bytes flipped, length fields made huge or zero, fields cut or repeated), so the wire parser and
 * Bouncy Castle's checks see hostile blobs, not only bad base64.
 */
class PublicKeyReaderFuzzTest {

    private static final List<String> SEEDS = List.of("rsa-1024.pub", "rsa-2048.pub", "dsa-1024.pub", "ecdsa-256.pub",
            "ecdsa-521.pub", "ed25519.pub", "rsa-2048-cert.pub", "ecdsa-384-cert.pub", "ed25519-cert.pub",
            "rsa-2048.rfc4716", "ecdsa-256.rfc4716", "private-openssh.txt", "private-pkcs8.txt");
    private static final int ROUNDS = 3_000;

    @Test
    void mutatedTextsGetAKeyOrACodedErrorAndNothingElse() {
        Random random = new Random(20261122L);
        List<String> texts = SEEDS.stream().map(Fixtures::text).toList();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                String seed = texts.get(random.nextInt(texts.size()));
                readOrFail(mutateText(seed, random), round);
            }
        });
        // Many mutations land in comments or blank lines and leave a key: those took the round trip.
        assertTrue(accepted > 0, "no mutated text was still a key");
    }

    @Test
    void mutatedBlobsGetAKeyOrACodedErrorAndNothingElse() {
        Random random = new Random(42L);
        List<String> lines = SEEDS.stream().filter(name -> name.endsWith(".pub")).map(Fixtures::text)
                .map(String::strip).toList();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                String[] fields = lines.get(random.nextInt(lines.size())).split(" ");
                byte[] blob = mutateBlob(Base64.getDecoder().decode(fields[1]), random);
                readOrFail(fields[0] + " " + Base64.getEncoder().encodeToString(blob), round);
                readOrFail("---- BEGIN SSH2 PUBLIC KEY ----\n" + Base64.getMimeEncoder().encodeToString(blob)
                        + "\n---- END SSH2 PUBLIC KEY ----\n", round);
            }
        });
        assertTrue(seen.containsAll(EnumSet.of(KeyProblem.TRUNCATED, KeyProblem.TRAILING_BYTES, KeyProblem.INVALID_KEY,
                KeyProblem.TYPE_MISMATCH, KeyProblem.UNKNOWN_TYPE)), "the mutations reached: " + seen);
    }

    /** The problems the mutations provoked: proof that they reach the wire parser and the value checks. */
    private final Set<KeyProblem> seen = EnumSet.noneOf(KeyProblem.class);

    /** How many mutated texts were still read as keys: proof that the round trip below is exercised. */
    private int accepted;

    private void readOrFail(String text, int round) {
        PublicKey key;
        try {
            key = PublicKeyReader.read(text);
        } catch (KeyFormatException e) {
            assertNotNull(e.problem(), "a refusal has its problem code");
            seen.add(e.problem());
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail("round " + round + ": " + e + " escaped the reader", e);
            return;
        }
        accepted++;
        assertIsTheKeyItsBlobSays(key, round);
    }

    /**
     * A key the reader accepts must be the key its blob says: the blob opens with the type word, a plain key is
     * its own certified key, and its canonical line reads back as the same key, size and fingerprints.
     */
    private static void assertIsTheKeyItsBlobSays(PublicKey key, int round) {
        String where = "round " + round + ", " + key.type();
        assertEquals(key.type().wireName(), assertDoesNotThrow(() -> new SshWireReader(key.blob().bytes()).readText(),
                where), where);
        if (!key.isCertificate()) {
            assertEquals(key.blob(), key.certifiedKey(), where);
        }
        PublicKey again = assertDoesNotThrow(() -> PublicKeyReader.read(key.toOpenSshLine()), where);
        assertEquals(key.type(), again.type(), where);
        assertEquals(key.blob(), again.blob(), where);
        assertEquals(key.certifiedKey(), again.certifiedKey(), where);
        assertEquals(key.bits(), again.bits(), where);
        assertEquals(key.fingerprints(), again.fingerprints(), where);
    }

    private static String mutateText(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(7)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(0x3000));
                case 1 -> text.insert(at, "\0\n\r\t =-+/ ABCDEFabcdef012-----BEGIN".charAt(random.nextInt(34)));
                case 2 -> text.deleteCharAt(at);
                case 3 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(64))));
                case 4 -> text.setLength(at);
                case 5 -> text.insert(at, "\n");
                default -> text.replace(at, Math.min(text.length(), at + 4), "====");
            }
        }
        return text.toString();
    }

    private static byte[] mutateBlob(byte[] seed, Random random) {
        List<Byte> blob = new ArrayList<>();
        for (byte b : seed) {
            blob.add(b);
        }
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !blob.isEmpty(); m++) {
            int at = random.nextInt(blob.size());
            switch (random.nextInt(6)) {
                case 0 -> blob.set(at, (byte) random.nextInt(256));
                case 1 -> {
                    // A length field made huge, zero or negative-looking.
                    int field = Math.min(at, blob.size() - 4);
                    byte[] length = random.nextBoolean() ? new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0}
                            : new byte[] {0, 0, 0, (byte) random.nextInt(3)};
                    for (int i = 0; i < 4 && field + i < blob.size(); i++) {
                        blob.set(Math.max(0, field + i), length[i]);
                    }
                }
                case 2 -> blob.subList(at, blob.size()).clear();
                case 3 -> blob.addAll(at, new ArrayList<>(blob.subList(at, Math.min(blob.size(), at + 1 + random.nextInt(40)))));
                case 4 -> blob.remove(at);
                default -> blob.add(at, (byte) random.nextInt(256));
            }
        }
        byte[] out = new byte[blob.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = blob.get(i);
        }
        return out;
    }
}
