package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Looks for a private key's secret values anywhere they must not be. Not the PEM text as a whole: a PKCS#8 RSA
 * key also holds the public modulus, which the store rightly keeps, so comparing base64 runs would find the
 * modulus whenever the two encodings happen to align. The secrets are the private exponent, the primes and
 * the CRT values; every 16-byte fragment of each is looked for raw, as hex, and as base64 in each of its three
 * alignments, and the PEM armour is looked for too.
 */
public final class PrivateKeyLeaks {

    private PrivateKeyLeaks() {
    }

    /** The RSA private key of a PKCS#8 PEM text. */
    public static RSAPrivateCrtKey read(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** Fails when any secret of the key appears in any of the places (name → bytes). */
    public static void assertAbsent(RSAPrivateCrtKey key, Map<String, byte[]> places) {
        List<BigInteger> secrets = List.of(key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
                key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient());
        for (Map.Entry<String, byte[]> place : places.entrySet()) {
            byte[] content = place.getValue();
            String text = new String(content, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("PRIVATE KEY-----"), "PEM armour in " + place.getKey());
            for (BigInteger secret : secrets) {
                byte[] raw = secret.toByteArray();
                for (int at = 0; at + 16 <= raw.length; at += 16) {
                    byte[] fragment = Arrays.copyOfRange(raw, at, at + 16);
                    assertFalse(contains(content, fragment), "raw secret bytes in " + place.getKey());
                    String hex = HexFormat.of().formatHex(fragment);
                    assertFalse(text.contains(hex) || text.contains(hex.toUpperCase(Locale.ROOT)),
                            "hex secret in " + place.getKey());
                }
                for (int shift = 0; shift < 3; shift++) {
                    String base64 = Base64.getEncoder().encodeToString(Arrays.copyOfRange(raw, shift, raw.length));
                    for (int at = 0; at + 20 <= base64.length() - 4; at += 16) {
                        assertFalse(text.contains(base64.substring(at, at + 16)), "base64 secret in " + place.getKey());
                    }
                }
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
