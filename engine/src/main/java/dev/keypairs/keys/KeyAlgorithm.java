package dev.keypairs.keys;

/**
 * The public-key algorithms an SSH key or certificate can carry, with the number of length-prefixed fields
 * that hold the key in the SSH wire encoding (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4).
 */
public enum KeyAlgorithm {
    /** RSA: {@code mpint e, mpint n}. */
    RSA("ssh-rsa", "RSA", 2),
    /** DSA: {@code mpint p, q, g, y}. */
    DSA("ssh-dss", "DSA", 4),
    /** ECDSA on NIST P-256: {@code string curve, string Q}. */
    ECDSA_NISTP256("ecdsa-sha2-nistp256", "ECDSA", 2),
    /** ECDSA on NIST P-384. */
    ECDSA_NISTP384("ecdsa-sha2-nistp384", "ECDSA", 2),
    /** ECDSA on NIST P-521. */
    ECDSA_NISTP521("ecdsa-sha2-nistp521", "ECDSA", 2),
    /** Ed25519: {@code string A}. */
    ED25519("ssh-ed25519", "ED25519", 1);

    private final String wireName;
    private final String label;
    private final int keyFields;

    KeyAlgorithm(String wireName, String label, int keyFields) {
        this.wireName = wireName;
        this.label = label;
        this.keyFields = keyFields;
    }

    /** The name of the plain key type on the wire, e.g. {@code ssh-rsa}. */
    public String wireName() {
        return wireName;
    }

    /** The label {@code ssh-keygen -l} prints in parentheses, e.g. {@code RSA}. */
    public String label() {
        return label;
    }

    /** How many length-prefixed fields (mpint or string) hold the key after the type name. */
    int keyFields() {
        return keyFields;
    }
}
