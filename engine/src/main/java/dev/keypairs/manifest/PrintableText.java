package dev.keypairs.manifest;

import java.util.Locale;

/**
 * Text from a manifest made fit for a one-line message: control and unassigned characters shown as U+XXXX, long text
 * cut. Messages quote keys and values this way, never a file's raw content.
 */
final class PrintableText {

    private PrintableText() {
    }

    /** Text fit for a one-line message: control characters shown as U+XXXX, at most 80 characters. */
    static String of(String text) {
        return of(text, 80);
    }

    /**
     * Text fit for a one-line message: control characters shown as U+XXXX, at most {@code limit} characters; a
     * longer text is cut at the last space before the limit (never inside a word) and marked with an ellipsis.
     */
    static String of(String text, int limit) {
        int length = text.codePointCount(0, text.length());
        String shown = text;
        if (length > limit) {
            shown = text.substring(0, text.offsetByCodePoints(0, limit));
            int space = shown.lastIndexOf(' ');
            if (space > limit / 2) {
                shown = shown.substring(0, space);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < shown.length(); ) {
            int cp = shown.codePointAt(index);
            if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                appendCodePointName(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            index += Character.charCount(cp);
        }
        return length > limit ? out + " …" : out.toString();
    }

    /** Appends U+ and the code point in upper-case hex, at least four digits ("U+0009"). */
    private static void appendCodePointName(StringBuilder out, int cp) {
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        out.append("U+");
        for (int digits = hex.length(); digits < 4; digits++) {
            out.append('0');
        }
        out.append(hex);
    }
}
