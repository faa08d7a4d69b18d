package dev.keypairs.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenSSH certificate's validity (PROTOCOL.certkeys: {@code valid after} and {@code valid before}, seconds since
 * the epoch): what the key policy checks a certificate against. OpenSSH writes {@code 0} and {@code 2^64-1} for
 * "always"; those become empty here.
 *
 * @param validAfter from when the certificate is valid; empty when always
 * @param validBefore until when the certificate is valid; empty when forever
 */
public record CertificateValidity(Optional<Instant> validAfter, Optional<Instant> validBefore) {

    public CertificateValidity {
        Objects.requireNonNull(validAfter, "validAfter");
        Objects.requireNonNull(validBefore, "validBefore");
    }

    /**
     * The validity of a certificate; empty for a plain key.
     *
     * @param key a key as {@link PublicKeyReader} read it
     */
    public static Optional<CertificateValidity> of(PublicKey key) {
        return CertificateBlobReader.validity(key);
    }
}
