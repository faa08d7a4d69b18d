package dev.keypairs.keys;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two fingerprints of a public key, as {@code ssh-keygen -l -E md5} and {@code ssh-keygen -l} print
 * them. Both are taken over the plain key's blob: for a certificate, that of the certified key.
 *
 * @param md5 MD5 over the blob (RFC 4716 §4): 16 bytes, lowercase hex, colon-separated
 * @param sha256 {@code SHA256:} and the unpadded base64 of SHA-256 over the blob
 */
public record Fingerprints(String md5, String sha256) {

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":");

    /** The fingerprints of a plain key blob. */
    public static Fingerprints of(KeyBlob plainKey) {
        String md5 = COLON_HEX.formatHex(plainKey.digest(Digest.MD5));
        String sha256 = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(plainKey.digest(Digest.SHA256));
        return new Fingerprints(md5, sha256);
    }

    /**
     * An MD5 fingerprint reduced to bare lowercase hex, for comparing fingerprints from anywhere: the
     * documented form has colons, live services have been seen answering 32 hex digits without them.
     */
    public static String normalizeMd5(String fingerprint) {
        return fingerprint.strip().replace(":", "").toLowerCase(Locale.ROOT);
    }

    /** Whether two MD5 fingerprints are the same once normalised. */
    public static boolean sameMd5(String a, String b) {
        return normalizeMd5(a).equals(normalizeMd5(b));
    }
}
