package dev.keypairs.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The key fixtures made with OpenSSH's ssh-keygen ({@code fixtures/regenerate.sh}). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The text of a fixture file. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/keypairs/keys/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read as a public key; fails the test when it cannot be read. */
    public static PublicKey key(String name) {
        try {
            return PublicKeyReader.read(text(name));
        } catch (KeyFormatException e) {
            throw new AssertionError("fixture " + name + " does not read: " + e.getMessage(), e);
        }
    }

    /**
     * One row of {@code fingerprints.tsv}: what {@code ssh-keygen -l -E md5} and {@code ssh-keygen -l} printed.
     */
    public record Expected(String file, int bits, String md5, String sha256, String label) {
    }

    /** Every row of {@code fingerprints.tsv}. */
    public static List<Expected> expected() {
        return text("fingerprints.tsv").lines().skip(1).filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(f -> new Expected(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]))
                .toList();
    }
}
