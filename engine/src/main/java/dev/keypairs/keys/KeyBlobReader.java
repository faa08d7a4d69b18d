package dev.keypairs.keys;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a decoded key blob whatever text form it came in: the type name, the key fields of a plain key or the
 * layout of a certificate ({@link CertificateBlobReader}), nothing trailing, then the key values
 * ({@link KeyMaterialCheck}).
 */
final class KeyBlobReader {

    private KeyBlobReader() {
    }

    /** The base64 field of a key, decoded; bad base64 is refused as such. */
    static byte[] decodeBase64(String text) throws KeyFormatException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyProblem.BAD_BASE64);
        }
    }

    /**
     * Reads a decoded blob. {@code declared} is the type word of a one-line key, which must match the blob's
     * own; an RFC 4716 block has none.
     */
    static PublicKey read(byte[] blob, Optional<KeyType> declared, String comment) throws KeyFormatException {
        if (blob.length == 0) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        if (PastedPrivateKey.isOpenSshBlob(blob)) {
            throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
        }
        SshWireReader reader = new SshWireReader(blob);
        String typeName = reader.readText();
        Optional<KeyType> actual = KeyType.fromWireName(typeName);
        if (declared.isPresent() && !declared.equals(actual)) {
            throw new KeyFormatException(KeyProblem.TYPE_MISMATCH,
                    "the line says " + declared.get().wireName() + ", the data "
                            + (actual.isPresent() ? actual.get().wireName() : "an unknown type"));
        }
        if (actual.isEmpty()) {
            throw new KeyFormatException(KeyProblem.UNKNOWN_TYPE);
        }
        // No lambdas on this path: each is linked on first use, and a goal reads its keys on a cold JVM.
        KeyType type = actual.get();
        KeyBlob certifiedKey = switch (type.certificateFormat()) {
            case NONE -> new KeyBlob(plainKeyFields(reader, type.algorithm()));
            case V00 -> CertificateBlobReader.readV00(reader, type.algorithm());
            case V01 -> CertificateBlobReader.readV01(reader, type.algorithm());
        };
        reader.requireEnd();
        int bits = KeyMaterialCheck.bits(certifiedKey, type.algorithm());
        return new PublicKey(type, new KeyBlob(blob), certifiedKey, bits, comment);
    }

    /**
     * The plain key blob: the algorithm's own type name, then its key fields as they stand. A certificate's
     * certified key is rebuilt so, since its fingerprints are taken over the plain key.
     */
    static byte[] plainKeyFields(SshWireReader reader, KeyAlgorithm algorithm) throws KeyFormatException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SshWireReader.writeString(plain, algorithm.wireName().getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < algorithm.keyFields(); i++) {
            reader.copyField(plain);
        }
        return plain.toByteArray();
    }
}
