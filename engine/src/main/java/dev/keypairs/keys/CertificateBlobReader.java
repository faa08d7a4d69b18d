package dev.keypairs.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads the two OpenSSH certificate layouts (PROTOCOL.certkeys) far enough to keep the certified key and to
 * check that every field is there, and, on demand, a certificate's validity ({@link CertificateValidity});
 * principals and the signature are not the reader's business.
 */
final class CertificateBlobReader {

    private CertificateBlobReader() {
    }

    /**
     * v01 (PROTOCOL.certkeys): nonce, key fields, serial, type, key id, valid principals, valid after,
     * valid before, critical options, extensions, reserved, signature key, signature.
     */
    static KeyBlob readV01(SshWireReader reader, KeyAlgorithm algorithm) throws KeyFormatException {
        reader.skipString();
        byte[] plainKey = KeyBlobReader.plainKeyFields(reader, algorithm);
        reader.skipUint64();
        readTypeToSignature(reader);
        return new KeyBlob(plainKey);
    }

    /**
     * v00 (PROTOCOL.certkeys of OpenSSH 5.4): key fields, type, key id, valid principals, valid after,
     * valid before, critical options, nonce, reserved, signature key, signature. No serial, no extensions.
     */
    static KeyBlob readV00(SshWireReader reader, KeyAlgorithm algorithm) throws KeyFormatException {
        byte[] plainKey = KeyBlobReader.plainKeyFields(reader, algorithm);
        readTypeToSignature(reader);
        return new KeyBlob(plainKey);
    }

    /**
     * What both layouts share from the type on: type, key id, valid principals, valid after, valid before, then
     * five strings (v01: critical options, extensions, reserved, signature key, signature; v00: critical options,
     * nonce, reserved, signature key, signature).
     */
    private static void readTypeToSignature(SshWireReader reader) throws KeyFormatException {
        requireCertificateType(reader);
        skipStrings(reader, 2);
        reader.skipUint64();
        reader.skipUint64();
        skipStrings(reader, 5);
    }

    /** OpenSSH knows user (1) and host (2) certificates and refuses any other type. */
    private static void requireCertificateType(SshWireReader reader) throws KeyFormatException {
        long certificateType = reader.readUint32();
        if (certificateType != 1 && certificateType != 2) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY, "certificate type must be user (1) or host (2)");
        }
    }

    private static void skipStrings(SshWireReader reader, int count) throws KeyFormatException {
        for (int i = 0; i < count; i++) {
            reader.skipString();
        }
    }

    /** The validity of a certificate read earlier; empty for a plain key. */
    static Optional<CertificateValidity> validity(PublicKey key) {
        CertificateFormat format = key.type().certificateFormat();
        if (format == CertificateFormat.NONE) {
            return Optional.empty();
        }
        SshWireReader reader = new SshWireReader(key.blob().bytes());
        try {
            reader.skipString();
            if (format == CertificateFormat.V01) {
                reader.skipString();
            }
            skipStrings(reader, key.type().algorithm().keyFields());
            if (format == CertificateFormat.V01) {
                reader.skipUint64();
            }
            requireCertificateType(reader);
            skipStrings(reader, 2);
            Optional<Instant> validAfter = validAfter(reader.readUint64());
            return Optional.of(new CertificateValidity(validAfter, validBefore(reader.readUint64())));
        } catch (KeyFormatException e) {
            throw new IllegalArgumentException("not a certificate as PublicKeyReader reads one: " + key.type(), e);
        }
    }

    /**
     * {@code valid after}: empty for {@code 0}, "always"; a time past what an {@link Instant} holds (the field is
     * unsigned, up to {@code 2^64-1}) as the last instant, never.
     */
    private static Optional<Instant> validAfter(long seconds) {
        if (seconds == 0) {
            return Optional.empty();
        }
        return Optional.of(beyondInstant(seconds) ? Instant.MAX : Instant.ofEpochSecond(seconds));
    }

    /**
     * {@code valid before}: empty for {@code 2^64-1}, "forever", and for any other time past what an
     * {@link Instant} holds, which is as good as forever.
     */
    private static Optional<Instant> validBefore(long seconds) {
        return beyondInstant(seconds) ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }

    private static boolean beyondInstant(long unsignedSeconds) {
        return Long.compareUnsigned(unsignedSeconds, Instant.MAX.getEpochSecond()) > 0;
    }
}
