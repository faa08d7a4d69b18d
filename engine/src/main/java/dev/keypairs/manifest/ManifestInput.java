package dev.keypairs.manifest;

import dev.keypairs.keys.Digest;
import java.util.HexFormat;

/**
 * A file a manifest read took in: a manifest or a key file. Its digest goes into a plan's basis, so a saved
 * plan is refused once any of them changed.
 *
 * @param path relative to the base directory, {@code /} separators
 * @param sha256 lowercase hex SHA-256 of the bytes read
 */
public record ManifestInput(String path, String sha256) {

    /** The input for these bytes, read from the file at {@code path}. */
    static ManifestInput of(String path, byte[] bytes) {
        return new ManifestInput(path, sha256(bytes));
    }

    /** Lowercase hex SHA-256, as {@link #sha256()} holds it; also what shortens overlong key file names. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Digest.SHA256.of(bytes));
    }
}
