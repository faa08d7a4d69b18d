package dev.keypairs.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON files keypairs writes, in the one layout they share: objects one field a line under a two-space
 * indent, {@code "name" : value}, arrays on their line ({@code [ 1, 2 ]}, their objects opening on it), empty ones
 * as {@code { }} and {@code [ ]}, strings escaped as JSON asks (quote, backslash and control characters; {@code \n}
 * and its kind short, the others as {@code \}{@code u00XX}), everything else as it is. It is the layout of Jackson's
 * default pretty printer with a two-space object indenter, which wrote these files before; tests hold the two to
 * the same bytes. Written here because a goal runs on a cold JVM, where setting up Jackson's generator and running
 * it cost a no-op plan of 1,000 key pairs a tenth of a second (performance.md, "Start-up: cold code cut").
 */
final class JsonText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** The indents of the depths the files reach, made once: a no-op plan of 1,000 key pairs writes 30,000 lines. */
    private static final String[] INDENTS = {"", "  ", "    ", "      ", "        ", "          "};

    private final StringBuilder out;
    /** Per open container, outermost first: whether it is an array, and how many values it holds so far. */
    private boolean[] array = new boolean[8];
    private int[] count = new int[8];
    private int depth;
    /** How deep the objects go: the indent of a field. Arrays do not indent. */
    private int nesting;

    JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Opens an object as the next value. */
    JsonText startObject() {
        beforeValue();
        out.append('{');
        open(false);
        nesting++;
        return this;
    }

    /** Closes the innermost object. */
    JsonText endObject() {
        nesting--;
        if (count[depth - 1] > 0) {
            newLine();
        } else {
            out.append(' ');
        }
        out.append('}');
        depth--;
        return this;
    }

    /** Opens an array as the next value. */
    JsonText startArray() {
        beforeValue();
        out.append('[');
        open(true);
        return this;
    }

    /** Closes the innermost array. */
    JsonText endArray() {
        out.append(' ').append(']');
        depth--;
        return this;
    }

    /** The next field's name, in the innermost object. */
    JsonText name(String name) {
        if (count[depth - 1]++ > 0) {
            out.append(',');
        }
        newLine();
        quoted(name);
        out.append(" : ");
        return this;
    }

    /** A null. */
    JsonText nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** A string, or null. */
    JsonText value(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            quoted(text);
        }
        return this;
    }

    /** A number, or null. */
    JsonText value(Number number) {
        beforeValue();
        out.append(number == null ? "null" : number.toString());
        return this;
    }

    /** A number. */
    JsonText value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    /** A boolean, or null. */
    JsonText value(Boolean bool) {
        beforeValue();
        out.append(bool == null ? "null" : bool.toString());
        return this;
    }

    /** A field holding a string, or null. */
    JsonText field(String name, String text) {
        return name(name).value(text);
    }

    /** A field holding a number, or null. */
    JsonText field(String name, Number number) {
        return name(name).value(number);
    }

    /** A field holding a number. */
    JsonText field(String name, long number) {
        return name(name).value(number);
    }

    /** A field holding a boolean, or null. */
    JsonText field(String name, Boolean bool) {
        return name(name).value(bool);
    }

    /** A field holding a string, left out when the string is null (a field the document may omit). */
    JsonText fieldUnlessNull(String name, String text) {
        return text == null ? this : field(name, text);
    }

    /** A field holding a number, left out when the number is null. */
    JsonText fieldUnlessNull(String name, Number number) {
        return number == null ? this : field(name, number);
    }

    /** A field holding a boolean, left out when it is null. */
    JsonText fieldUnlessNull(String name, Boolean bool) {
        return bool == null ? this : field(name, bool);
    }

    /** A field holding a list of strings, or null. */
    JsonText field(String name, List<String> texts) {
        name(name);
        if (texts == null) {
            return nullValue();
        }
        startArray();
        for (String text : texts) {
            value(text);
        }
        return endArray();
    }

    /** A field holding an object of strings in the map's order, or null. */
    JsonText field(String name, Map<String, String> texts) {
        name(name);
        if (texts == null) {
            return nullValue();
        }
        startObject();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            field(entry.getKey(), entry.getValue());
        }
        return endObject();
    }

    /** The document: one value, closed, and a final newline. */
    String document() {
        if (depth != 0) {
            throw new IllegalStateException("a JSON document left " + depth + " containers open");
        }
        return out.append('\n').toString();
    }

    private void open(boolean isArray) {
        if (depth == array.length) {
            array = Arrays.copyOf(array, depth * 2);
            count = Arrays.copyOf(count, depth * 2);
        }
        array[depth] = isArray;
        count[depth] = 0;
        depth++;
    }

    /** An array's separator before its values; an object's field has written its own. */
    private void beforeValue() {
        if (depth > 0 && array[depth - 1]) {
            out.append(count[depth - 1]++ > 0 ? ", " : " ");
        }
    }

    private void newLine() {
        out.append('\n');
        if (nesting < INDENTS.length) {
            out.append(INDENTS[nesting]);
        } else {
            for (int i = 0; i < nesting; i++) {
                out.append("  ");
            }
        }
    }

    private void quoted(String text) {
        if (plain(text)) {
            out.append('"').append(text).append('"');
        } else {
            escaped(text);
        }
    }

    /**
     * Whether the text needs no escaping, as nearly every text here does. A method of its own, and the escaping
     * another: the JIT then compiles this small loop alone, not the escaping inlined into every caller.
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private void escaped(String text) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, start, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            start = i + 1;
        }
        out.append(text, start, text.length()).append('"');
    }
}
