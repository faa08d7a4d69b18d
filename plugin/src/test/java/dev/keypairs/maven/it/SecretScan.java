package dev.keypairs.maven.it;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * For the integration tests' scripts: a created private key's secret values (never its public modulus, which the
 * store rightly holds) must appear in no other file, as hex, as base64 at every alignment, or as raw bytes.
 */
public final class SecretScan {

    private SecretScan() {
    }

    /** Fails naming the file and the form when a secret shows up in any of the files. */
    public static void assertAbsent(List<BigInteger> secrets, List<File> files) throws IOException {
        for (File file : files) {
            String content = new String(Files.readAllBytes(file.toPath()), StandardCharsets.ISO_8859_1);
            if (content.contains("PRIVATE KEY-----")) {
                throw new AssertionError("PEM armour in " + file);
            }
            for (BigInteger secret : secrets) {
                byte[] bytes = secret.toByteArray();
                if (content.contains(secret.toString(16).substring(10, 58))) {
                    throw new AssertionError("hex secret in " + file);
                }
                for (int shift = 0; shift < 3; shift++) {
                    String base64 = Base64.getEncoder().encodeToString(Arrays.copyOfRange(bytes, shift, bytes.length));
                    if (content.contains(base64.substring(20, 52))) {
                        throw new AssertionError("base64 secret in " + file);
                    }
                }
                if (content.contains(new String(Arrays.copyOfRange(bytes, 20, 44), StandardCharsets.ISO_8859_1))) {
                    throw new AssertionError("raw secret in " + file);
                }
            }
        }
    }
}
