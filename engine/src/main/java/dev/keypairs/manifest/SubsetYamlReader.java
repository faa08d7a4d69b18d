package dev.keypairs.manifest;

import dev.keypairs.project.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the plain style most manifests are written in without SnakeYAML, and gives exactly the nodes
 * {@link YamlReader} builds from SnakeYAML's events: block mappings and lists, mappings as list items
 * ({@code - name: a}), one-line flow mappings and lists, plain scalars of common characters, quoted scalars without
 * escapes, comments and blank lines. Anything else (anchors, aliases, tags, block scalars, values over several lines,
 * tabs, CRs, document markers, duplicate keys, a character it does not know) is declined: {@link #read} answers null
 * and SnakeYAML reads the text, so every problem is still found and worded by one parser.
 *
 * <p>Why a second reader at all: on a cold JVM, as every Maven goal runs, SnakeYAML costs a no-op plan of 1,000 key
 * pairs about 0.1 s of the plugin's 0.5 s (performance.md), in the classes it loads and the scanner it runs cold.
 * {@code SubsetYamlReaderTest} holds this reader to SnakeYAML's nodes on random documents in and around the subset.
 */
final class SubsetYamlReader {

    private static final SubsetLines.Declined DECLINED = SubsetLines.DECLINED;

    private final String file;
    private final String text;
    private final SubsetLines lines;
    /** The line being read (0-based). */
    private int line;
    /** Where the inline value being read has got to, as an offset in the text. */
    private int at;
    /** Values read, collections included: what YamlReader weighs against the limit. */
    private long values;

    private SubsetYamlReader(String file, SubsetLines lines) {
        this.file = file;
        this.text = lines.text();
        this.lines = lines;
    }

    /**
     * The document's root, as {@link YamlReader} would read it; null when the text is outside the subset (or holds
     * no node), for SnakeYAML to read.
     *
     * @param file the manifest's path relative to the base, for positions
     * @param text the manifest's text, BOM removed
     */
    static YamlNode read(String file, String text) {
        try {
            return new SubsetYamlReader(file, new SubsetLines(text)).document();
        } catch (SubsetLines.Declined declined) {
            return null;
        }
    }

    private YamlNode document() {
        line = lines.nextContentLine(0);
        if (line == lines.count() || lines.indent(line) != 0) {
            throw DECLINED;
        }
        YamlNode root = block(0, 1);
        if (line != lines.count()) {
            throw DECLINED;
        }
        return root;
    }

    // ---- block context: one node per line or more, nesting by indentation

    /** The block node whose first line is {@link #line}, at {@code column}. */
    private YamlNode block(int column, int depth) {
        return lines.listEntryAt(line, column) ? blockSequence(column, depth) : blockMapping(column, depth);
    }

    private YamlNode.Mapping blockMapping(int column, int depth) {
        requireDepth(depth);
        Source start = source(line, column);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int keyColumn = column;
        while (true) {
            int lineStart = lines.start(line);
            int keyStart = lineStart + keyColumn;
            int keyEnd = lines.keyEnd(keyStart, lines.end(line));
            if (keyEnd < 0) {
                throw DECLINED;
            }
            String key = text.substring(keyStart, keyEnd);
            if (!keys.add(key)) {
                throw DECLINED;
            }
            Source keySource = source(line, keyColumn);
            int valueStart = lines.skipSpaces(keyEnd + 1, lines.end(line));
            YamlNode value = lines.restIsComment(valueStart, lines.end(line))
                    ? blockBelow(keyColumn, depth)
                    : inlineToEndOfLine(valueStart, depth);
            entries.add(new YamlNode.Entry(key, keySource, value));
            if (line == lines.count()) {
                break;
            }
            int next = lines.indent(line);
            if (next < keyColumn) {
                break;
            }
            if (next > keyColumn || lines.listEntryAt(line, next)) {
                throw DECLINED;
            }
            keyColumn = next;
        }
        countValue();
        return new YamlNode.Mapping(start, entries);
    }

    private YamlNode.Sequence blockSequence(int column, int depth) {
        requireDepth(depth);
        Source start = source(line, column);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int lineStart = lines.start(line);
            int lineEnd = lines.end(line);
            int valueStart = lines.skipSpaces(lineStart + column + 1, lineEnd);
            YamlNode item;
            if (lines.restIsComment(valueStart, lineEnd)) {
                item = blockBelow(column, depth);
            } else if (lines.keyEnd(valueStart, lineEnd) >= 0) {
                item = blockMapping(valueStart - lineStart, depth + 1);
            } else {
                item = inlineToEndOfLine(valueStart, depth);
            }
            items.add(item);
            if (line == lines.count()) {
                break;
            }
            int next = lines.indent(line);
            if (next < column) {
                break;
            }
            if (next > column || !lines.listEntryAt(line, next)) {
                throw DECLINED;
            }
        }
        countValue();
        return new YamlNode.Sequence(start, items);
    }

    /** A value written on the lines after its key or dash: more indented than {@code column}, else declined. */
    private YamlNode blockBelow(int column, int depth) {
        int next = lines.nextContentLine(line + 1);
        if (next == lines.count() || lines.indent(next) <= column) {
            throw DECLINED; // nothing (a null or empty value), or a list not indented below its key
        }
        line = next;
        return block(lines.indent(next), depth + 1);
    }

    /** A value that starts at {@code offset} and ends its line, but for a comment. */
    private YamlNode inlineToEndOfLine(int offset, int depth) {
        at = offset;
        int lineEnd = lines.end(line);
        YamlNode value = inline(lineEnd, depth + 1, false);
        int rest = lines.skipSpaces(at, lineEnd);
        if (rest == at && rest != lineEnd || !lines.restIsComment(rest, lineEnd)) {
            throw DECLINED; // more on the line, or a hash with no space before it
        }
        line = lines.nextContentLine(line + 1);
        return value;
    }

    // ---- inline values: scalars and one-line flow collections, read from `at`

    private YamlNode inline(int lineEnd, int depth, boolean inFlow) {
        if (at >= lineEnd) {
            throw DECLINED; // a flow collection's entry missing at the line's end
        }
        char c = text.charAt(at);
        if (c == '{') {
            return flowMapping(lineEnd, depth);
        }
        if (c == '[') {
            return flowSequence(lineEnd, depth);
        }
        if (c == '\'' || c == '"') {
            return quoted(lineEnd);
        }
        return plain(lineEnd, inFlow);
    }

    private YamlNode.Mapping flowMapping(int lineEnd, int depth) {
        requireDepth(depth);
        Source start = sourceAt(at);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        at = lines.skipSpaces(at + 1, lineEnd);
        if (lines.charAt(at, lineEnd) != '}') {
            while (true) {
                int keyEnd = lines.keyEnd(at, lineEnd);
                if (keyEnd < 0 || keyEnd + 1 == lineEnd) {
                    throw DECLINED;
                }
                String key = text.substring(at, keyEnd);
                if (!keys.add(key)) {
                    throw DECLINED;
                }
                Source keySource = sourceAt(at);
                at = lines.skipSpaces(keyEnd + 1, lineEnd);
                YamlNode value = inline(lineEnd, depth + 1, true);
                entries.add(new YamlNode.Entry(key, keySource, value));
                if (!nextInFlow('}', lineEnd)) {
                    break;
                }
            }
        }
        at++;
        countValue();
        return new YamlNode.Mapping(start, entries);
    }

    private YamlNode.Sequence flowSequence(int lineEnd, int depth) {
        requireDepth(depth);
        Source start = sourceAt(at);
        List<YamlNode> items = new ArrayList<>();
        at = lines.skipSpaces(at + 1, lineEnd);
        if (lines.charAt(at, lineEnd) != ']') {
            while (true) {
                items.add(inline(lineEnd, depth + 1, true));
                if (!nextInFlow(']', lineEnd)) {
                    break;
                }
            }
        }
        at++;
        countValue();
        return new YamlNode.Sequence(start, items);
    }

    /**
     * After a flow collection's entry: true when a comma and another entry follow, false at the collection's
     * {@code end} (left at it); declined otherwise, a trailing comma included.
     */
    private boolean nextInFlow(char end, int lineEnd) {
        at = lines.skipSpaces(at, lineEnd);
        char c = lines.charAt(at, lineEnd);
        if (c == end) {
            return false;
        }
        if (c != ',') {
            throw DECLINED;
        }
        at = lines.skipSpaces(at + 1, lineEnd);
        char following = lines.charAt(at, lineEnd);
        if (following == end || following == ',' || at == lineEnd) {
            throw DECLINED;
        }
        return true;
    }

    /** A quoted scalar on one line, without escapes ({@code ''} or backslashes): always a string. */
    private YamlNode.Scalar quoted(int lineEnd) {
        char quote = text.charAt(at);
        int close = at + 1;
        while (close < lineEnd && text.charAt(close) != quote) {
            char c = text.charAt(close);
            if (c == '\\' || c < 0x20 || c >= 0x7F) {
                throw DECLINED;
            }
            close++;
        }
        if (close == lineEnd || lines.charAt(close + 1, lineEnd) == quote) {
            throw DECLINED;
        }
        Source source = sourceAt(at);
        String value = text.substring(at + 1, close);
        at = close + 1;
        countValue();
        return new YamlNode.Scalar(source, YamlNode.ScalarType.STRING, value);
    }

    /**
     * A plain scalar of letters, digits, spaces and {@code _-./~+=@}, starting with none of YAML's indicators; in a
     * flow collection it ends at a comma or the collection's end, in a block at the line's end or a comment.
     */
    private YamlNode.Scalar plain(int lineEnd, boolean inFlow) {
        int start = at;
        if (!lines.plainStart(start, lineEnd)) {
            throw DECLINED;
        }
        int end = start + 1;
        while (end < lineEnd && SubsetLines.plainCharacter(text.charAt(end))) {
            end++;
        }
        int valueEnd = end;
        while (text.charAt(valueEnd - 1) == ' ') {
            valueEnd--;
        }
        if (end < lineEnd) {
            char stop = text.charAt(end);
            boolean fits = inFlow ? stop == ',' || stop == '}' || stop == ']' : stop == '#' && valueEnd < end;
            if (!fits) {
                throw DECLINED;
            }
        }
        String value = text.substring(start, valueEnd);
        at = valueEnd;
        countValue();
        YamlNode.ScalarType type = ScalarTyping.ofUntagged(value, true);
        return new YamlNode.Scalar(sourceAt(start), type, type == YamlNode.ScalarType.NULL ? "" : value);
    }

    /** A value more than the limit allows is SnakeYAML's path to word, as soon as it is read. */
    private void countValue() {
        if (++values > ManifestLimits.MAX_EXPANDED_NODES) {
            throw DECLINED;
        }
    }

    /** Nesting beyond the limit is SnakeYAML's path to word. */
    private static void requireDepth(int depth) {
        if (depth > ManifestLimits.MAX_DEPTH) {
            throw DECLINED;
        }
    }

    // ---- positions

    private Source source(int index, int column) {
        return new Source(file, index + 1, column + 1);
    }

    private Source sourceAt(int offset) {
        return new Source(file, line + 1, offset - lines.start(line) + 1);
    }
}
