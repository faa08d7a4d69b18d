package dev.keypairs.keys;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The one answer to "does the store hold this key?", shared by the plan (no-op or replace) and the apply (is a
 * refused import's key pair already there?): by blob where the store returns the public key, by the normalised
 * MD5 fingerprint where it returns only that (store.md). Comments and whitespace never count.
 */
public enum KeyMatch {
    /** The same key: the same blob, or the same fingerprint where only that is known. */
    SAME,
    /** The same plain key in another OpenSSH certificate: a re-signed certificate. */
    RESIGNED,
    /** Another key. */
    DIFFERENT;

    /**
     * How a stored key compares with a wanted one.
     *
     * @param storedLine the stored OpenSSH line; null when the store returns only fingerprints
     * @param storedMd5 the stored MD5 fingerprint, in any of the providers' spellings
     * @param wanted the key wanted
     */
    public static KeyMatch of(String storedLine, String storedMd5, PublicKey wanted) {
        if (storedLine == null) {
            // A store that returns only fingerprints: compare those (a re-signed certificate goes unseen).
            return Fingerprints.sameMd5(storedMd5, wanted.fingerprints().md5()) ? SAME : DIFFERENT;
        }
        if (sameBlob(storedLine, wanted)) {
            return SAME; // the common case, decided without reading the stored key whole
        }
        Optional<PublicKey> stored = PublicKeyReader.readIfKey(storedLine);
        if (stored.isEmpty()) {
            return DIFFERENT;
        }
        if (stored.get().sameKeyAs(wanted)) {
            return SAME;
        }
        return stored.get().certifiedKey().equals(wanted.certifiedKey()) ? RESIGNED : DIFFERENT;
    }

    /** Whether a stored OpenSSH line holds exactly this key's blob: decoded, never compared as text. */
    private static boolean sameBlob(String storedLine, PublicKey key) {
        String base64 = PublicKeyReader.base64Field(storedLine);
        if (base64.isEmpty()) {
            return false;
        }
        try {
            return Arrays.equals(Base64.getDecoder().decode(base64), key.blob().bytes());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
