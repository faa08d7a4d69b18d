package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture made by ssh-keygen reads with the bits and fingerprints ssh-keygen printed for it. */
class FingerprintFixturesTest {

    static Stream<Fixtures.Expected> rows() {
        return Fixtures.expected().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesSshKeygen(Fixtures.Expected expected) {
        PublicKey key = Fixtures.key(expected.file());

        assertEquals(expected.bits(), key.bits(), "bits");
        assertEquals(expected.md5(), key.fingerprints().md5(), "MD5 fingerprint");
        assertEquals(expected.sha256(), key.fingerprints().sha256(), "SHA256 fingerprint");
        assertEquals(expected.label(), key.type().label(), "type label");
    }

    @Test
    void fixturesCoverEveryTypeAndSeveralSizes() {
        List<String> labels = rows().map(Fixtures.Expected::label).distinct().sorted().toList();
        assertEquals(List.of("DSA", "DSA-CERT", "ECDSA", "ECDSA-CERT", "ED25519", "ED25519-CERT", "RSA", "RSA-CERT"),
                labels);
        List<Integer> rsaSizes = rows().filter(row -> row.label().equals("RSA")).map(Fixtures.Expected::bits)
                .distinct().sorted().toList();
        assertTrue(rsaSizes.containsAll(List.of(1024, 2048, 3072, 4096)), "RSA sizes: " + rsaSizes);
        assertEquals(List.of(256, 384, 521), rows().filter(row -> row.label().equals("ECDSA"))
                .map(Fixtures.Expected::bits).distinct().sorted().toList());
    }

    @Test
    void md5FingerprintIsSixteenColonSeparatedLowercaseBytes() {
        String md5 = Fixtures.key("rsa-2048.pub").fingerprints().md5();
        assertTrue(md5.matches("([0-9a-f]{2}:){15}[0-9a-f]{2}"), md5);
    }

    @Test
    void normalisedFingerprintsCompareWithoutColonsAndCase() {
        String md5 = Fixtures.key("ecdsa-256.pub").fingerprints().md5();
        String bare = md5.replace(":", "").toUpperCase();
        assertTrue(Fingerprints.sameMd5(md5, bare));
        assertTrue(Fingerprints.sameMd5(" " + md5 + "\n", md5));
        assertEquals(32, Fingerprints.normalizeMd5(md5).length());
    }
}
