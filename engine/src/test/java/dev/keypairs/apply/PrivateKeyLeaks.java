package dev.keypairs.apply;

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
 * the CRT values; each is looked for as raw bytes, as hex, and as base64 at all three alignments, and the PEM
 * armour is looked for too.
 */
public final class PrivateKeyLeaks {

    private PrivateKeyLeaks() {
    }

    /** Fails when any secret of the PKCS#8 PEM private key appears in any of the places (name → bytes). */
    public static void assertAbsent(String privateKeyPem, Map<String, byte[]> places) throws Exception {
        String body = privateKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        List<BigInteger> secrets = List.of(key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
                key.getPrimeExponentP(), key.getPrimeExponentQ(), key.getCrtCoefficient());
        for (Map.Entry<String, byte[]> place : places.entrySet()) {
            byte[] content = place.getValue();
            String text = new String(content, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains("PRIVATE KEY-----"), "PEM armour in " + place.getKey());
            for (BigInteger secret : secrets) {
                byte[] bytes = secret.toByteArray();
                byte[] middle = Arrays.copyOfRange(bytes, bytes.length / 2 - 12, bytes.length / 2 + 12);
                assertFalse(indexOf(content, middle) >= 0, "raw secret bytes in " + place.getKey());
                String hex = HexFormat.of().formatHex(middle);
                assertFalse(text.contains(hex) || text.contains(hex.toUpperCase(Locale.ROOT)),
                        "hex secret in " + place.getKey());
                for (int shift = 0; shift < 3; shift++) {
                    String base64 = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, shift, bytes.length));
                    String run = base64.substring(base64.length() / 2 - 16, base64.length() / 2 + 16);
                    assertFalse(text.contains(run), "base64 secret in " + place.getKey());
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
