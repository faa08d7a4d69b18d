package dev.keypairs.keys;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.params.DSAParameters;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;

/**
 * Reads one SSH public key from text: the OpenSSH one-line form {@code TYPE BASE64 [COMMENT]} or an RFC 4716
 * block, and checks it down to the key material: every field present, nothing trailing, the type word
 * matching the blob, RSA values as OpenSSH reads them (and odd), DSA values in their group and ECDSA points on their curve
 * (these two with Bouncy Castle).
 * Certificates are parsed in both the v00 and v01 layouts and keep their certified key.
 *
 * <p>Which key types a provider accepts is not decided here but in {@code dev.keypairs.provider}.
 */
public final class PublicKeyReader {

    /** The largest text read as a public key (manifests.md: 64 KiB); anything larger is refused unread. */
    public static final int MAX_TEXT_LENGTH = 64 * 1024;

    private static final String RFC4716_BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
    private static final String RFC4716_END = "---- END SSH2 PUBLIC KEY ----";
    /** An RFC 4716 header tag: printable US-ASCII but colon, at most 64 bytes (RFC 4716 §3.3). */
    private static final Pattern RFC4716_HEADER = Pattern.compile("([\\x21-\\x39\\x3B-\\x7E]{1,64}):\\s?(.*)");
    /** The magic at the start of an OpenSSH private key blob (PROTOCOL.key). */
    private static final byte[] OPENSSH_PRIVATE_MAGIC = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    /** The RSA modulus sizes OpenSSH reads (its SSH_RSA_MINIMUM_MODULUS_SIZE and OpenSSL's maximum). */
    private static final int MIN_RSA_BITS = 1_024;
    private static final int MAX_RSA_BITS = 16_384;

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
        if (looksLikePrivateKey(body)) {
            throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
        }
        if (body.contains(RFC4716_BEGIN)) {
            return readRfc4716(body);
        }
        return readOpenSshLine(body);
    }

    private static boolean looksLikePrivateKey(String text) {
        // PEM ("-----BEGIN RSA PRIVATE KEY-----", "...OPENSSH PRIVATE KEY-----", PKCS#8, encrypted PKCS#8),
        // the SSH.com form ("---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----") and PuTTY's .ppk.
        return text.contains("PRIVATE KEY-----") || text.contains("PRIVATE KEY ----")
                || text.contains("PuTTY-User-Key-File-");
    }

    private static PublicKey readOpenSshLine(String text) throws KeyFormatException {
        // Lines and fields found by hand, not by streams and a regex: this runs once per key, on a cold JVM.
        String keyLine = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                if (keyLine != null) {
                    throw new KeyFormatException(KeyProblem.MORE_THAN_ONE_KEY);
                }
                keyLine = line;
            }
            lineStart = lineEnd + 1;
        }
        if (keyLine == null) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        // TYPE BASE64 [COMMENT], split at the first two runs of whitespace; the line is stripped, so a run is
        // always followed by a field.
        int typeEnd = fieldEnd(keyLine, 0);
        String type = keyLine.substring(0, typeEnd);
        if (typeEnd == keyLine.length()) {
            if (isPrivateKeyBlob(type)) {
                throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
            }
            throw new KeyFormatException(KeyProblem.NOT_A_KEY);
        }
        int base64Start = spacesEnd(keyLine, typeEnd);
        int base64End = fieldEnd(keyLine, base64Start);
        String base64 = keyLine.substring(base64Start, base64End);
        Optional<KeyType> declared = KeyType.fromWireName(type);
        if (declared.isEmpty()) {
            if (isPrivateKeyBlob(type) || isPrivateKeyBlob(base64)) {
                throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
            }
            throw new KeyFormatException(KeyProblem.UNKNOWN_TYPE, typeWordForMessage(type));
        }
        byte[] blob = decodeBase64(base64);
        String comment = keyLine.substring(spacesEnd(keyLine, base64End));
        return readBlob(blob, declared, comment);
    }

    /**
     * The base64 field of a one-line key (its second field), split as {@link #read} splits it; empty when there is
     * none. For comparing a stored key by its blob without reading it whole.
     */
    public static String base64Field(String line) {
        String stripped = line.strip();
        int start = spacesEnd(stripped, fieldEnd(stripped, 0));
        return stripped.substring(start, fieldEnd(stripped, start));
    }

    /** Where the field starting at {@code index} ends: at the next whitespace or the end of the line. */
    private static int fieldEnd(String line, int index) {
        int end = index;
        while (end < line.length() && !isSeparator(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the run of whitespace starting at {@code index} ends. */
    private static int spacesEnd(String line, int index) {
        int end = index;
        while (end < line.length() && isSeparator(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The whitespace that separates a key line's fields: what a regex's {@code \s} matches. */
    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static PublicKey readRfc4716(String text) throws KeyFormatException {
        List<String> lines = text.lines().map(String::strip).toList();
        int begin = 0;
        while (begin < lines.size() && lines.get(begin).isEmpty()) {
            begin++;
        }
        if (begin == lines.size() || !lines.get(begin).equals(RFC4716_BEGIN)) {
            throw new KeyFormatException(KeyProblem.MALFORMED_RFC4716);
        }
        String comment = "";
        StringBuilder base64 = new StringBuilder();
        boolean inHeaders = true;
        int index = begin + 1;
        for (; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.equals(RFC4716_END)) {
                break;
            }
            if (inHeaders && line.indexOf(':') >= 0) {
                StringBuilder header = new StringBuilder(line);
                // A header line ending in a backslash continues on the next line (RFC 4716 §3.3).
                while (header.length() > 0 && header.charAt(header.length() - 1) == '\\') {
                    header.setLength(header.length() - 1);
                    if (++index >= lines.size()) {
                        throw new KeyFormatException(KeyProblem.MALFORMED_RFC4716);
                    }
                    header.append(lines.get(index));
                }
                var matcher = RFC4716_HEADER.matcher(header);
                if (!matcher.matches()) {
                    throw new KeyFormatException(KeyProblem.MALFORMED_RFC4716);
                }
                if (matcher.group(1).toLowerCase(Locale.ROOT).equals("comment")) {
                    comment = unquote(matcher.group(2).strip());
                }
                continue;
            }
            inHeaders = false;
            base64.append(line);
        }
        if (index >= lines.size()) {
            throw new KeyFormatException(KeyProblem.MALFORMED_RFC4716);
        }
        for (int rest = index + 1; rest < lines.size(); rest++) {
            if (!lines.get(rest).isEmpty()) {
                throw new KeyFormatException(lines.get(rest).equals(RFC4716_BEGIN)
                        ? KeyProblem.MORE_THAN_ONE_KEY : KeyProblem.MALFORMED_RFC4716);
            }
        }
        if (base64.length() == 0) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        return readBlob(decodeBase64(base64.toString()), Optional.empty(), comment);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static byte[] decodeBase64(String text) throws KeyFormatException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(KeyProblem.BAD_BASE64);
        }
    }

    private static boolean isPrivateKeyBlob(String base64) {
        try {
            byte[] decoded = Base64.getDecoder().decode(base64);
            return decoded.length >= OPENSSH_PRIVATE_MAGIC.length && Arrays.equals(
                    decoded, 0, OPENSSH_PRIVATE_MAGIC.length, OPENSSH_PRIVATE_MAGIC, 0, OPENSSH_PRIVATE_MAGIC.length);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The type word, quoted only when it looks like one: never a fragment of key material. */
    private static String typeWordForMessage(String word) {
        return word.matches("[a-z0-9@._+-]{1,64}") && !word.matches(".*[0-9A-Za-z+/]{40,}.*")
                ? "got '" + word + "'" : "got an unrecognised first word";
    }

    /**
     * Reads a decoded blob. {@code declared} is the type word of a one-line key, which must match the blob's
     * own; an RFC 4716 block has none.
     */
    static PublicKey readBlob(byte[] blob, Optional<KeyType> declared, String comment) throws KeyFormatException {
        if (blob.length == 0) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        if (blob.length >= OPENSSH_PRIVATE_MAGIC.length && Arrays.equals(
                blob, 0, OPENSSH_PRIVATE_MAGIC.length, OPENSSH_PRIVATE_MAGIC, 0, OPENSSH_PRIVATE_MAGIC.length)) {
            throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
        }
        SshWireReader reader = new SshWireReader(blob);
        String typeName = reader.readText();
        Optional<KeyType> actual = KeyType.fromWireName(typeName);
        if (declared.isPresent() && !declared.equals(actual)) {
            throw new KeyFormatException(KeyProblem.TYPE_MISMATCH,
                    "the line says " + declared.get().wireName() + ", the data "
                            + actual.map(KeyType::wireName).orElse("an unknown type"));
        }
        KeyType type = actual.orElseThrow(() -> new KeyFormatException(KeyProblem.UNKNOWN_TYPE));
        KeyBlob certifiedKey = switch (type.certificateFormat()) {
            case NONE -> readPlainKey(reader, type.algorithm());
            case V00 -> readCertificateV00(reader, type.algorithm());
            case V01 -> readCertificateV01(reader, type.algorithm());
        };
        reader.requireEnd();
        int bits = checkKeyMaterial(certifiedKey, type.algorithm());
        return new PublicKey(type, new KeyBlob(blob), certifiedKey, bits, comment);
    }

    private static KeyBlob readPlainKey(SshWireReader reader, KeyAlgorithm algorithm) throws KeyFormatException {
        return new KeyBlob(copyKeyFields(reader, algorithm));
    }

    /**
     * v01 (PROTOCOL.certkeys): nonce, key fields, serial, type, key id, valid principals, valid after,
     * valid before, critical options, extensions, reserved, signature key, signature.
     */
    private static KeyBlob readCertificateV01(SshWireReader reader, KeyAlgorithm algorithm)
            throws KeyFormatException {
        reader.skipString();
        byte[] plainKey = copyKeyFields(reader, algorithm);
        reader.skipUint64();
        readTypeToSignature(reader);
        return new KeyBlob(plainKey);
    }

    /**
     * v00 (PROTOCOL.certkeys of OpenSSH 5.4): key fields, type, key id, valid principals, valid after,
     * valid before, critical options, nonce, reserved, signature key, signature. No serial, no extensions.
     */
    private static KeyBlob readCertificateV00(SshWireReader reader, KeyAlgorithm algorithm)
            throws KeyFormatException {
        byte[] plainKey = copyKeyFields(reader, algorithm);
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

    /** The plain key blob: the algorithm's own type name, then its key fields as they stand. */
    private static byte[] copyKeyFields(SshWireReader reader, KeyAlgorithm algorithm) throws KeyFormatException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SshWireReader.writeString(plain, algorithm.wireName().getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < algorithm.keyFields(); i++) {
            reader.copyField(plain);
        }
        return plain.toByteArray();
    }

    /**
     * Checks the key values and returns the size {@code ssh-keygen -l} shows. RSA is checked here, without Bouncy
     * Castle, so the commonest keys load none of its classes and skip the primality test its RSA check runs (see
     * {@link #checkRsa}); DSA values go to its parameter checks; ECDSA and Ed25519 through its OpenSSH reader.
     */
    private static int checkKeyMaterial(KeyBlob plainKey, KeyAlgorithm algorithm) throws KeyFormatException {
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
                    yield ((ECPublicKeyParameters) OpenSSHPublicKeyUtil.parsePublicKey(blob)).getParameters()
                            .getCurve().getFieldSize();
                }
                case ED25519 -> {
                    OpenSSHPublicKeyUtil.parsePublicKey(blob);
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

    /** An SSH {@code mpint} (RFC 4251 §5): two's complement, big-endian; a key's values are positive. */
    private static BigInteger mpint(SshWireReader reader) throws KeyFormatException {
        byte[] bytes = reader.readString();
        BigInteger value = bytes.length == 0 ? BigInteger.ZERO : new BigInteger(bytes);
        if (value.signum() <= 0) {
            throw new KeyFormatException(KeyProblem.INVALID_KEY, "a key value is zero or negative");
        }
        return value;
    }

    /**
     * Reads a key that was accepted once already, as a store returns it: the key, or empty when the text (null
     * included) is not one. For comparing and describing stored keys, where a refusal has nothing to report.
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

    /** The type words this reader understands, for messages. */
    static String knownTypeNames() {
        return Arrays.stream(KeyType.values()).map(KeyType::wireName).collect(Collectors.joining(", "));
    }

}
