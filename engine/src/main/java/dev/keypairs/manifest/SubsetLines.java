package dev.keypairs.manifest;

/**
 * {@link SubsetYamlReader}'s view of a text: its lines (split at line feeds only), their indentation and comments,
 * keys, and the characters the subset knows. What it does not know is declined with {@link #DECLINED}.
 */
final class SubsetLines {

    /** Thrown where the text leaves the subset: SnakeYAML reads it instead. */
    static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Declined() {
            super(null, null, false, false);
        }
    }

    static final Declined DECLINED = new Declined();

    private final String text;
    private final int[] starts;
    private final int[] ends;

    SubsetLines(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        ends = new int[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = text.indexOf('\n', start);
            starts[i] = start;
            ends[i] = end < 0 ? text.length() : end;
            start = ends[i] + 1;
        }
    }

    String text() {
        return text;
    }

    int count() {
        return starts.length;
    }

    /** Where line {@code index} (0-based) starts in the text. */
    int start(int index) {
        return starts[index];
    }

    /** Where line {@code index} ends in the text, before its line feed. */
    int end(int index) {
        return ends[index];
    }

    int indent(int index) {
        return skipSpaces(starts[index], ends[index]) - starts[index];
    }

    int skipSpaces(int offset, int end) {
        int i = offset;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The character at {@code offset}, or a line feed at the line's end. */
    char charAt(int offset, int lineEnd) {
        return offset < lineEnd ? text.charAt(offset) : '\n';
    }

    /**
     * The first line from {@code index} on that holds more than spaces and a comment; {@link #count} when none
     * does. Declined at a document marker or directive.
     */
    int nextContentLine(int index) {
        for (int i = index; i < starts.length; i++) {
            int start = starts[i];
            int end = ends[i];
            if (end > start && (text.charAt(start) == '%' || text.startsWith("---", start)
                    || text.startsWith("...", start))) {
                throw DECLINED;
            }
            if (!restIsComment(skipSpaces(start, end), end)) {
                return i;
            }
        }
        return starts.length;
    }

    /**
     * Whether the line holds nothing from {@code offset} on but a comment, if that: a comment may hold any
     * character YAML prints that breaks no line, all else in the subset is ASCII.
     */
    boolean restIsComment(int offset, int lineEnd) {
        if (offset == lineEnd) {
            return true;
        }
        if (text.charAt(offset) != '#') {
            return false;
        }
        for (int i = offset + 1; i < lineEnd; i++) {
            if (!knownCharacter(text.charAt(i))) {
                throw DECLINED;
            }
        }
        return true;
    }

    /** Whether the line has a list entry's dash at {@code column}: followed by a space or the line's end. */
    boolean listEntryAt(int index, int column) {
        int offset = starts[index] + column;
        return text.charAt(offset) == '-' && (offset + 1 == ends[index] || text.charAt(offset + 1) == ' ');
    }

    /**
     * Where a key that starts at {@code offset} ends: letters, digits and {@code _-./}, not starting with
     * {@code -}, followed by a colon and a space or the line's end. -1 when there is no such key.
     */
    int keyEnd(int offset, int lineEnd) {
        if (offset >= lineEnd || text.charAt(offset) == '-') {
            return -1;
        }
        int end = offset;
        while (end < lineEnd && keyCharacter(text.charAt(end))) {
            end++;
        }
        if (end == offset || end == lineEnd || text.charAt(end) != ':') {
            return -1;
        }
        return end + 1 == lineEnd || text.charAt(end + 1) == ' ' ? end : -1;
    }

    /** What a plain scalar may hold: letters, digits, spaces and {@code _-./~+=@}. */
    static boolean plainCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '~'
                || c == '+' || c == '=' || c == '@';
    }

    /** What a plain scalar may start with: none of YAML's indicators, and a dash only before more of it. */
    boolean plainStart(int offset, int lineEnd) {
        char first = text.charAt(offset);
        if (first == '-') {
            char next = charAt(offset + 1, lineEnd);
            return next != ' ' && next != '\n' && plainCharacter(next);
        }
        return isAsciiLetterOrDigit(first) || first == '_' || first == '.' || first == '/' || first == '~'
                || first == '+';
    }

    private static boolean keyCharacter(char c) {
        return isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Printable ASCII, and beyond it the characters YAML prints that break no line: no tab, CR, NEL, line or
     * paragraph separator, surrogate or BOM.
     */
    private static boolean knownCharacter(char c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        return (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
