package dev.keypairs.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Recognises a private key pasted where a public key belongs, in any of the forms users paste, so the refusal
 * says {@link KeyProblem#PRIVATE_KEY} rather than a puzzling parse error.
 */
final class PastedPrivateKey {

    /** The magic at the start of an OpenSSH private key blob (PROTOCOL.key). */
    private static final byte[] OPENSSH_PRIVATE_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);

    private PastedPrivateKey() {
    }

    /**
     * Whether the text holds a private key's armour: PEM ("-----BEGIN RSA PRIVATE KEY-----",
     * "...OPENSSH PRIVATE KEY-----", PKCS#8, encrypted PKCS#8), the SSH.com form
     * ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----") or PuTTY's .ppk.
     */
    static boolean inText(String text) {
        return text.contains("PRIVATE KEY-----") || text.contains("PRIVATE KEY ----")
                || text.contains("PuTTY-User-Key-File-");
    }

    /** Whether a field of a key line is the base64 of an OpenSSH private key blob, its armour stripped. */
    static boolean isOpenSshBase64(String base64) {
        try {
            return isOpenSshBlob(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a decoded blob starts as an OpenSSH private key does. */
    static boolean isOpenSshBlob(byte[] blob) {
        return blob.length >= OPENSSH_PRIVATE_MAGIC.length && Arrays.equals(
                blob, 0, OPENSSH_PRIVATE_MAGIC.length, OPENSSH_PRIVATE_MAGIC, 0, OPENSSH_PRIVATE_MAGIC.length);
    }
}
