package dev.keypairs.keys;

import java.util.Arrays;
import java.util.Base64;

/**
 * The decoded bytes of a public key or certificate in the SSH wire encoding. Keys are compared by blob,
 * never by text, so comments and whitespace never make a difference.
 *
 * @param bytes the blob; copied in and out, so the value stays immutable
 */
public record KeyBlob(byte[] bytes) {

    public KeyBlob {
        bytes = bytes.clone();
    }

    /** A copy of the blob's bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bytes in the blob. */
    public int length() {
        return bytes.length;
    }

    /** The blob in standard base64, as the second field of an OpenSSH public key line. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The digest of the blob. */
    byte[] digest(Digest algorithm) {
        return algorithm.of(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyBlob that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "KeyBlob[" + bytes.length + " bytes]";
    }
}
