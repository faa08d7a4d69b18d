package dev.keypairs.plan;

import java.time.Instant;
import java.util.Objects;

/** What a key policy rule looked at when it found something: one kind of facts per kind of rule. */
public sealed interface FindingFacts {

    /**
     * A key's type and size: {@code WeakKeyType} and {@code LegacyCertificate}.
     *
     * @param keyType the key type word, e.g. {@code ssh-dss}
     * @param bits the key size as {@code ssh-keygen -l} prints it
     */
    record Key(String keyType, int bits) implements FindingFacts {
        public Key {
            Objects.requireNonNull(keyType, "keyType");
        }
    }

    /**
     * An RSA key below the policy's size: {@code ShortRsaKey}.
     *
     * @param keyType the key type word, e.g. {@code ssh-rsa} or an RSA certificate's
     * @param bits the modulus size
     * @param minRsaBits the policy's smallest size
     */
    record RsaSize(String keyType, int bits, int minRsaBits) implements FindingFacts {
        public RsaSize {
            Objects.requireNonNull(keyType, "keyType");
        }
    }

    /**
     * A certificate's end of validity: {@code CertificateExpired} and {@code CertificateExpiring}.
     *
     * @param keyType the certificate's type word
     * @param notAfter when it stops being valid (OpenSSH's {@code valid before})
     * @param daysLeft whole days from the time the plan checks as of until then; 0 or less once expired
     */
    record Validity(String keyType, Instant notAfter, long daysLeft) implements FindingFacts {
        public Validity {
            Objects.requireNonNull(keyType, "keyType");
            Objects.requireNonNull(notAfter, "notAfter");
        }
    }

    /**
     * A key pair's age in the store: {@code KeyPairTooOld}.
     *
     * @param createdAt when the store made it
     * @param ageDays whole days from then until the time the plan checks as of
     * @param maxAgeDays the policy's oldest
     */
    record Age(Instant createdAt, long ageDays, int maxAgeDays) implements FindingFacts {
        public Age {
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
