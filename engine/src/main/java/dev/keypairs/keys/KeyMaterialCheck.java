package dev.keypairs.keys;

import java.math.BigInteger;
import org.bouncycastle.crypto.params.DSAParameters;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/**
 * Checks the values of a plain key blob, per algorithm, as OpenSSH would before using them: a key whose fields
 * are all present can still be no key at all (an even RSA modulus, an ECDSA point off its curve).
 */
final class KeyMaterialCheck {

    /** The RSA modulus sizes OpenSSH reads (its SSH_RSA_MINIMUM_MODULUS_SIZE and OpenSSL's maximum). */
    private static final int MIN_RSA_BITS = 1_024;
    private static final int MAX_RSA_BITS = 16_384;
    /** An Ed25519 public key's length (RFC 8709 §4). */
    private static final int ED25519_KEY_BYTES = 32;
    /** SEC 1's marker of an uncompressed point. */
    private static final byte UNCOMPRESSED_POINT = 0x04;

    private KeyMaterialCheck() {
    }

    /**
     * Checks the key values and returns the size {@code ssh-keygen -l} shows. RSA is checked here, without Bouncy
     * Castle, so the commonest keys load none of its classes and skip the primality test its RSA check runs (see
     * {@link #checkRsa}); DSA values go to its parameter checks; ECDSA through its OpenSSH reader (the point on its
     * curve) and uncompressed; Ed25519 by its length, as OpenSSH checks nothing more.
     */
    static int bits(KeyBlob plainKey, KeyAlgorithm algorithm) throws KeyFormatException {
        byte[] blob = plainKey.bytes();
        SshWireReader reader = new SshWireReader(blob);
        reader.skipString();
        try {
            return switch (algorithm) {
                case RSA -> {
                    BigInteger exponent = mpint(reader);
                    yield checkRsa(mpint(reader), exponent);
                }
                case DSA -> {
                    BigInteger p = mpint(reader);
                    BigInteger q = mpint(reader);
                    BigInteger g = mpint(reader);
                    new DSAPublicKeyParameters(mpint(reader), new DSAParameters(p, q, g));
                    yield p.bitLength();
                }
                case ECDSA_NISTP256, ECDSA_NISTP384, ECDSA_NISTP521 -> {
                    if (!algorithm.wireName().endsWith("-" + reader.readText())) {
                        throw new KeyFormatException(KeyProblem.INVALID_KEY, "the curve does not match the key type");
                    }
                    int fieldSize = ((ECPublicKeyParameters) OpenSSHPublicKeyUtil.parsePublicKey(blob)).getParameters()
                            .getCurve().getFieldSize();
                    requireUncompressed(reader.readString(), fieldSize);
                    yield fieldSize;
                }
                case ED25519 -> {
                    // Its length only, as OpenSSH reads it: any 32 bytes are a key to ssh-keygen, on the curve or not.
                    if (reader.readString().length != ED25519_KEY_BYTES) {
                        throw new KeyFormatException(KeyProblem.INVALID_KEY, "an Ed25519 key is 32 bytes");
                    }
                    yield 256;
                }
            };
        } catch (RuntimeException e) {
            // Bouncy Castle's messages are generic ("invalid point"), but are not shown: they are not ours.
            throw new KeyFormatException(KeyProblem.INVALID_KEY, algorithm.wireName());
        }
    }

    /**
     * RSA as OpenSSH reads it: a modulus of {@value #MIN_RSA_BITS} to {@value #MAX_RSA_BITS} bits (ssh-keygen refuses
     * any other size), and, since no RSA key can have them, an even modulus or exponent refused too. Nothing
     * costlier: OpenSSH and the providers test neither factors nor primality, and a primality test (as Bouncy
     * Castle's parameter check makes) cost 2 ms a key, 2.3 s of a cold 1,000-key plan.
     */
    private static int checkRsa(BigInteger modulus, BigInteger exponent) throws KeyFormatException {
        int bits = modulus.bitLength();
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY,
                    "an RSA modulus of " + bits + " bits; OpenSSH reads " + MIN_RSA_BITS + " to " + MAX_RSA_BITS);
        }
        if (!modulus.testBit(0) || !exponent.testBit(0)) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY, "an RSA value is even");
        }
        return bits;
    }

    /**
     * An ECDSA point as OpenSSH reads it: uncompressed only (a {@code 0x04} byte, then both coordinates in full), as
     * its {@code sshbuf_get_ec} refuses any other form; Bouncy Castle would decode a compressed one too.
     */
    private static void requireUncompressed(byte[] point, int fieldSize) throws KeyFormatException {
        int coordinateBytes = (fieldSize + Byte.SIZE - 1) / Byte.SIZE;
        if (point.length != 1 + 2 * coordinateBytes || point[0] != UNCOMPRESSED_POINT) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY, "an ECDSA point must be uncompressed");
        }
    }

    /** An SSH {@code mpint} (RFC 4251 §5): two's complement, big-endian; a key's values are positive. */
    private static BigInteger mpint(SshWireReader reader) throws KeyFormatException {
        byte[] bytes = reader.readString();
        BigInteger value = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
        if (value.signum() <= 0) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY, "a key value is zero or negative");
        }
        return value;
    }
}
