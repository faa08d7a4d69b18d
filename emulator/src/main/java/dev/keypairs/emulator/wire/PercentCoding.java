package dev.keypairs.emulator.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as the providers' signatures use it, and strict decoding of what clients send.
 */
public final class PercentCoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    /**
     * RFC 3986 encoding of UTF-8 bytes: letters, digits, {@code -}, {@code _}, {@code .} and {@code ~} as they
     * are, every other byte as {@code %XX} in uppercase hex (a space as {@code %20}, never {@code +}). This is
     * what Alibaba Cloud's HMAC-SHA1 and ACS3 canonical strings take.
     */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Decodes one name or value of a query string or an HTML form: {@code %XX} to its byte, {@code +} to a
     * space, the bytes read as UTF-8.
     *
     * @throws MalformedInputException when a {@code %} is not followed by two hex digits, or the bytes are not
     *     UTF-8
     */
    public static String decode(String text) throws MalformedInputException {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new MalformedInputException("'%' not followed by two hex digits");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new MalformedInputException("'%" + text.charAt(i + 1) + text.charAt(i + 2)
                            + "' is not a percent-encoded byte");
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedInputException("the percent-encoded bytes are not UTF-8");
        }
    }

    /** Text that is not valid percent-encoding; the message says where it goes wrong. */
    public static final class MalformedInputException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedInputException(String message) {
            super(message, null, false, false);
        }
    }
}
