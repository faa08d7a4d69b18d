package dev.keypairs.keys;

/** Whether a key is a plain key or an OpenSSH certificate, and which certificate layout it uses. */
public enum CertificateFormat {
    /** A plain public key. */
    NONE,
    /**
     * The legacy layout of OpenSSH 5.4 to 5.5 ({@code *-cert-v00@openssh.com}): key fields first, no serial,
     * no extensions, the nonce after the critical options. Current ssh-keygen no longer makes it.
     */
    V00,
    /** The current layout ({@code *-cert-v01@openssh.com}): nonce first, then key fields, serial, extensions. */
    V01
}
