package dev.keypairs.keys;

import java.util.Objects;

/**
 * An SSH public key or certificate, read and checked.
 *
 * @param type the type word, e.g. {@code ssh-rsa} or {@code ssh-ed25519-cert-v01@openssh.com}
 * @param blob the whole decoded blob: for a certificate, the certificate's. Keys are the same when their
 *     blobs are, so a re-signed certificate is a different key
 * @param certifiedKey the plain key's blob: the blob itself for a plain key, the certified key for a
 *     certificate. The fingerprints are taken over it
 * @param bits the key size as {@code ssh-keygen -l} prints it: the RSA modulus, the DSA prime, the curve
 * @param comment the comment of the key file, empty when there is none; never part of the key's identity
 * @param fingerprints the MD5 and SHA256 fingerprints of the (certified) key, computed once
 */
public record PublicKey(KeyType type, KeyBlob blob, KeyBlob certifiedKey, int bits, String comment,
        Fingerprints fingerprints) {

    public PublicKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(certifiedKey, "certifiedKey");
        comment = comment == null ? "" : comment;
        if (fingerprints == null) {
            fingerprints = Fingerprints.of(certifiedKey);
        }
    }

    /** A key whose fingerprints are computed from its certified key. */
    public PublicKey(KeyType type, KeyBlob blob, KeyBlob certifiedKey, int bits, String comment) {
        this(type, blob, certifiedKey, bits, comment, null);
    }

    /** Whether this is an OpenSSH certificate. */
    public boolean isCertificate() {
        return type.isCertificate();
    }

    /** Whether both are the same key: the same blob, whatever their comments. */
    public boolean sameKeyAs(PublicKey other) {
        return blob.equals(other.blob);
    }

    /** The key in the OpenSSH one-line form, without the comment: the canonical text of the key. */
    public String toOpenSshLine() {
        return type.wireName() + " " + blob.base64();
    }

    /** What {@code ssh-keygen -l} would print, less the comment: e.g. {@code 2048 SHA256:... (RSA)}. */
    public String describe() {
        return bits + " " + fingerprints().sha256() + " (" + type.label() + ")";
    }
}
