package dev.keypairs.keys;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an RFC 4716 block ({@code ---- BEGIN SSH2 PUBLIC KEY ----}): headers, continued header lines, the
 * base64 body; the {@code Comment} header becomes the key's comment.
 */
final class Rfc4716BlockReader {

    private static final String BEGIN = "---- BEGIN SSH2 PUBLIC KEY ----";
    private static final String END = "---- END SSH2 PUBLIC KEY ----";
    /** An RFC 4716 header tag: printable US-ASCII but colon, at most 64 bytes (RFC 4716 §3.3). */
    private static final Pattern HEADER = Pattern.compile("([\\x21-\\x39\\x3B-\\x7E]{1,64}):\\s?(.*)");

    private Rfc4716BlockReader() {
    }

    /** Whether the text holds a block's begin line anywhere, and so is to be read as one. */
    static boolean holdsBlock(String text) {
        return text.contains(BEGIN);
    }

    /** Reads the one block of the text; anything but blank lines around it is refused. */
    static PublicKey read(String text) throws KeyFormatException {
        List<String> lines = text.lines().map(String::strip).toList();
        int begin = 0;
        while (begin < lines.size() && lines.get(begin).isEmpty()) {
            begin++;
        }
        if (begin == lines.size() || !lines.get(begin).equals(BEGIN)) {
            throw new KeyFormatException(KeyProblem.MALFORMED_RFC4716);
        }
        String comment = "";
        StringBuilder base64 = new StringBuilder();
        boolean inHeaders = true;
        int index = begin + 1;
        for (; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.equals(END)) {
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
                var matcher = HEADER.matcher(header);
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
                throw new KeyFormatException(lines.get(rest).equals(BEGIN)
                        ? KeyProblem.MORE_THAN_ONE_KEY : KeyProblem.MALFORMED_RFC4716);
            }
        }
        if (base64.length() == 0) {
            throw new KeyFormatException(KeyProblem.EMPTY);
        }
        return KeyBlobReader.read(KeyBlobReader.decodeBase64(base64.toString()), Optional.empty(), comment);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
