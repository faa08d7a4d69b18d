package dev.keypairs.keys;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every key type word this reader understands: plain keys and the OpenSSH certificate types. */
public enum KeyType {
    SSH_RSA("ssh-rsa", KeyAlgorithm.RSA, CertificateFormat.NONE),
    SSH_DSS("ssh-dss", KeyAlgorithm.DSA, CertificateFormat.NONE),
    ECDSA_SHA2_NISTP256("ecdsa-sha2-nistp256", KeyAlgorithm.ECDSA_NISTP256, CertificateFormat.NONE),
    ECDSA_SHA2_NISTP384("ecdsa-sha2-nistp384", KeyAlgorithm.ECDSA_NISTP384, CertificateFormat.NONE),
    ECDSA_SHA2_NISTP521("ecdsa-sha2-nistp521", KeyAlgorithm.ECDSA_NISTP521, CertificateFormat.NONE),
    SSH_ED25519("ssh-ed25519", KeyAlgorithm.ED25519, CertificateFormat.NONE),
    SSH_RSA_CERT_V00("ssh-rsa-cert-v00@openssh.com", KeyAlgorithm.RSA, CertificateFormat.V00),
    SSH_DSS_CERT_V00("ssh-dss-cert-v00@openssh.com", KeyAlgorithm.DSA, CertificateFormat.V00),
    SSH_RSA_CERT_V01("ssh-rsa-cert-v01@openssh.com", KeyAlgorithm.RSA, CertificateFormat.V01),
    SSH_DSS_CERT_V01("ssh-dss-cert-v01@openssh.com", KeyAlgorithm.DSA, CertificateFormat.V01),
    ECDSA_SHA2_NISTP256_CERT_V01("ecdsa-sha2-nistp256-cert-v01@openssh.com", KeyAlgorithm.ECDSA_NISTP256,
            CertificateFormat.V01),
    ECDSA_SHA2_NISTP384_CERT_V01("ecdsa-sha2-nistp384-cert-v01@openssh.com", KeyAlgorithm.ECDSA_NISTP384,
            CertificateFormat.V01),
    ECDSA_SHA2_NISTP521_CERT_V01("ecdsa-sha2-nistp521-cert-v01@openssh.com", KeyAlgorithm.ECDSA_NISTP521,
            CertificateFormat.V01),
    SSH_ED25519_CERT_V01("ssh-ed25519-cert-v01@openssh.com", KeyAlgorithm.ED25519, CertificateFormat.V01);

    private static final Map<String, KeyType> BY_WIRE_NAME = byWireName();

    private final String wireName;
    private final KeyAlgorithm algorithm;
    private final CertificateFormat certificateFormat;

    /** A loop, not a collector: this runs on every goal's cold JVM, where each lambda is linked on first use. */
    private static Map<String, KeyType> byWireName() {
        Map<String, KeyType> byName = new HashMap<>();
        for (KeyType type : values()) {
            byName.put(type.wireName, type);
        }
        return Collections.unmodifiableMap(byName);
    }

    KeyType(String wireName, KeyAlgorithm algorithm, CertificateFormat certificateFormat) {
        this.wireName = wireName;
        this.algorithm = algorithm;
        this.certificateFormat = certificateFormat;
    }

    /** The type word as it appears in a key file and at the start of the blob. */
    public String wireName() {
        return wireName;
    }

    /** The algorithm of the key itself (for a certificate: of the certified key). */
    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    /** {@link CertificateFormat#NONE} for a plain key. */
    public CertificateFormat certificateFormat() {
        return certificateFormat;
    }

    /** Whether this is an OpenSSH certificate type. */
    public boolean isCertificate() {
        return certificateFormat != CertificateFormat.NONE;
    }

    /** The label {@code ssh-keygen -l} prints, e.g. {@code RSA} or {@code ED25519-CERT}. */
    public String label() {
        return isCertificate() ? algorithm.label() + "-CERT" : algorithm.label();
    }

    /** The type with this wire name, if it is one this reader understands. */
    public static Optional<KeyType> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
