package dev.keypairs.keys;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one SSH public key from text: the OpenSSH one-line form {@code TYPE BASE64 [COMMENT]} or an RFC 4716
 * block, and checks it down to the key material: every field present, nothing trailing, the type word
 * matching the blob, RSA values as OpenSSH reads them (and odd), DSA values in their group and ECDSA points on their curve
 * (these two with Bouncy Castle).
 * Certificates are parsed in both the v00 and v01 layouts and keep their certified key.
 *
 * <p>The entry point of the package: the text forms are read by {@link OpenSshLineReader} and
 * {@link Rfc4716BlockReader}, the blob by {@link KeyBlobReader}. Which key types a provider accepts is not decided
 * here but in {@code dev.keypairs.provider}.
 */
public final class PublicKeyReader {

    /** The largest text read as a public key (manifests.md: 64 KiB); anything larger is refused unread. */
    public static final int MAX_TEXT_LENGTH = 64 * 1024;

    private PublicKeyReader() {
    }

    /**
     * Reads exactly one public key.
     *
     * @param text the content of a {@code .pub} file or a manifest's {@code publicKey} value
     * @return the key, its blob checked
     * @throws KeyFormatException when the text is not exactly one well-formed public key; the message never
     *     quotes the text
     */
    public static PublicKey read(String text) throws KeyFormatException {
        if (text == null || text.isBlank()) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new KeyFormatException(KeyProblem.TOO_LARGE);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (PastedPrivateKey.inText(body)) {
            throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
        }
        if (Rfc4716BlockReader.holdsBlock(body)) {
            return Rfc4716BlockReader.read(body);
        }
        return OpenSshLineReader.read(body);
    }

    /**
     * Reads a key that was accepted once already, as a store returns it: the key, or empty when the text (null
     * included) is not one. For comparing and describing stored keys, where a refusal has nothing to report.
     *
     * @param text a stored public key, or null
     * @return the key, or empty when the text is not one
     */
    public static Optional<PublicKey> readIfKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(text));
        } catch (KeyFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The base64 field of a one-line key (its second field), split as {@link #read} splits it; empty when there is
     * none. For comparing a stored key by its blob without reading it whole.
     *
     * @param line a public key in the OpenSSH one-line form
     * @return its second field, or the empty string
     */
    public static String base64Field(String line) {
        return OpenSshLineReader.base64Field(line);
    }

    /**
     * Reads a decoded blob. {@code declared} is the type word of a one-line key, which must match the blob's
     * own; an RFC 4716 block has none.
     */
    static PublicKey readBlob(byte[] blob, Optional<KeyType> declared, String comment) throws KeyFormatException {
        return KeyBlobReader.read(blob, declared, comment);
    }

    /** The type words this reader understands, for messages. */
    static String knownTypeNames() {
        return Arrays.stream(KeyType.values()).map(KeyType::wireName).collect(Collectors.joining(", "));
    }
}
