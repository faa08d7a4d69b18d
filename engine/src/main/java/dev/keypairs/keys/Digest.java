package dev.keypairs.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digests keypairs takes of keys and inputs. Each is made by cloning one instance looked up once: a plan of
 * 1,000 key pairs takes 1,500 of them, and the provider lookup behind {@link MessageDigest#getInstance} costs more
 * than the digest on the cold JVM a goal runs on (performance.md).
 */
public enum Digest {
    /** MD5: Alibaba Cloud's and Tencent Cloud's fingerprints. */
    MD5("MD5"),
    /** SHA-256: OpenSSH's fingerprints, the inputs and basis of a plan. */
    SHA256("SHA-256");

    private final MessageDigest prototype;

    Digest(String algorithm) {
        try {
            this.prototype = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + algorithm, e);
        }
    }

    /** A fresh digest of this algorithm, to be fed and finished by one thread. */
    public MessageDigest start() {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's " + prototype.getAlgorithm() + " is cloneable", e);
        }
    }

    /** The digest of these bytes. */
    public byte[] of(byte[] bytes) {
        return start().digest(bytes);
    }
}
