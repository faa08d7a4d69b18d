package dev.keypairs.keys;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A private key in unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), as CreateKeyPair returns it
 * once. It prints as a placeholder, so no log, message or plan can show it by accident; only
 * {@link #pemBytes()} gives the key, for writing it to the user's file or into a seed's answer to its caller.
 */
public final class PrivateKeyPem {

    private final byte[] pem;

    /** Wraps the PEM text of a private key. */
    public PrivateKeyPem(String pem) {
        this.pem = pem.getBytes(StandardCharsets.US_ASCII);
    }

    /** The PEM text as bytes: for writing to the private key file, or a seed's answer; nowhere else. */
    public byte[] pemBytes() {
        return pem.clone();
    }

    /** Overwrites the key in memory once it has been written. */
    public void erase() {
        Arrays.fill(pem, (byte) 0);
    }

    @Override
    public String toString() {
        return "PrivateKeyPem[withheld]";
    }
}
