package dev.keypairs.manifest;

import dev.keypairs.provider.Code;

/** The rules of the key policy (SPEC §14); each name is the code of its findings. */
public enum PolicyRule implements Code {
    /** {@code ssh-dss} keys and DSA certificates: OpenSSH disabled DSA by default in 9.8 and has removed it since. */
    WEAK_KEY_TYPE("WeakKeyType", Policy.Severity.WARN),
    /** RSA below {@link Policy#minRsaBits()}, certificates' keys included. */
    SHORT_RSA_KEY("ShortRsaKey", Policy.Severity.WARN),
    /** An OpenSSH certificate past its validity. */
    CERTIFICATE_EXPIRED("CertificateExpired", Policy.Severity.WARN),
    /** An OpenSSH certificate whose validity ends within {@link Policy#certificateExpiringDays()}. */
    CERTIFICATE_EXPIRING("CertificateExpiring", Policy.Severity.WARN),
    /** A v00 certificate, a layout no current OpenSSH makes. */
    LEGACY_CERTIFICATE("LegacyCertificate", Policy.Severity.WARN),
    /** A key pair created in the store more than {@link Policy#maxAgeDays()} ago. */
    KEY_PAIR_TOO_OLD("KeyPairTooOld", Policy.Severity.OFF);

    private final String code;
    private final Policy.Severity defaultSeverity;

    PolicyRule(String code, Policy.Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
    }

    /** The rule's name, as a manifest's {@code policy.rules} writes it and a finding's code. */
    @Override
    public String code() {
        return code;
    }

    /** Its severity when a manifest says nothing of it. */
    public Policy.Severity defaultSeverity() {
        return defaultSeverity;
    }
}
