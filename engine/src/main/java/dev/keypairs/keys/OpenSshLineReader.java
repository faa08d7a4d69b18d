package dev.keypairs.keys;

import java.util.Optional;

/** Reads the OpenSSH one-line form, {@code TYPE BASE64 [COMMENT]}: the key line among comments and blank lines. */
final class OpenSshLineReader {

    private OpenSshLineReader() {
    }

    /** Reads the one key line of the text; more than one, or none, is refused. */
    static PublicKey read(String text) throws KeyFormatException {
        // Lines and fields found by hand, not by streams and a regex: this runs once per key, on a cold JVM. The scan
        // for a line's end is a method of its own: as a loop in this one it made the JIT compile all of this method,
        // and all it calls, on the stack (OSR) for a quarter of a second of a core (performance.md).
        String keyLine = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineEnd(text, lineStart);
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
            if (PastedPrivateKey.isOpenSshBase64(type)) {
                throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
            }
            throw new KeyFormatException(KeyProblem.NOT_A_KEY);
        }
        int base64Start = spacesEnd(keyLine, typeEnd);
        int base64End = fieldEnd(keyLine, base64Start);
        String base64 = keyLine.substring(base64Start, base64End);
        Optional<KeyType> declared = KeyType.fromWireName(type);
        if (declared.isEmpty()) {
            if (PastedPrivateKey.isOpenSshBase64(type) || PastedPrivateKey.isOpenSshBase64(base64)) {
                throw new KeyFormatException(KeyProblem.PRIVATE_KEY);
            }
            throw new KeyFormatException(KeyProblem.UNKNOWN_TYPE, typeWordForMessage(type));
        }
        byte[] blob = KeyBlobReader.decodeBase64(base64);
        String comment = keyLine.substring(spacesEnd(keyLine, base64End));
        return KeyBlobReader.read(blob, declared, comment);
    }

    /** The second field of a one-line key, split as {@link #read} splits it; empty when there is none. */
    static String base64Field(String line) {
        String stripped = line.strip();
        int start = spacesEnd(stripped, fieldEnd(stripped, 0));
        return stripped.substring(start, fieldEnd(stripped, start));
    }

    /**
     * Where the line starting at {@code index} ends: at the next line break or the end of the text. Found with
     * {@link String#indexOf(int, int)}, which the JVM has compiled (an intrinsic) before a goal starts, where a loop
     * of ours would run interpreted over every character of 500 keys first.
     */
    private static int lineEnd(String text, int index) {
        return Math.min(found(text.indexOf('\n', index), text), found(text.indexOf('\r', index), text));
    }

    /** Where the field starting at {@code index} ends: at the next whitespace or the end of the line. */
    private static int fieldEnd(String line, int index) {
        int end = Math.min(found(line.indexOf(' ', index), line), found(line.indexOf('\t', index), line));
        end = Math.min(end, Math.min(found(line.indexOf(0x0B, index), line), found(line.indexOf('\f', index), line)));
        return Math.min(end, lineEnd(line, index));
    }

    /** An index found by {@code indexOf}, or the text's end for none. */
    private static int found(int index, String text) {
        return index < 0 ? text.length() : index;
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

    /** The type word, quoted only when it looks like one: never a fragment of key material. */
    private static String typeWordForMessage(String word) {
        return word.matches("[a-z0-9@._+-]{1,64}") && !word.matches(".*[0-9A-Za-z+/]{40,}.*")
                ? "got '" + word + "'" : "got an unrecognised first word";
    }
}
