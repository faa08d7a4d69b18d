package dev.keypairs.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s with positions, with Jackson's YAML parser.
 *
 * <p>Jackson's tree model would lose positions and would read an alias as the alias's name, so the tree is
 * built here from the token stream: aliases are expanded by reference (counted and weighed, so a "billion
 * laughs" document is refused), duplicate keys and over-deep nesting are refused, and syntax errors keep
 * the parser's short description of the problem but never the quoted source line, which could hold a key.
 */
final class YamlReader {

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    /** Each node's weight: itself and everything below it, aliases expanded. */
    private final Map<YamlNode, Long> weights = new IdentityHashMap<>();
    private int aliases;
    private JsonParser parser;

    private YamlReader(String file) {
        this.file = file;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions loader = new LoaderOptions();
        // The file size is checked before parsing; let the reader itself take any file within that bound.
        loader.setCodePointLimit((int) ManifestLimits.MAX_FILE_BYTES + 1);
        loader.setNestingDepthLimit(ManifestLimits.MAX_DEPTH + 2);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength((int) ManifestLimits.MAX_FILE_BYTES + 1)
                .maxNestingDepth(ManifestLimits.MAX_DEPTH + 2)
                .build());
        return factory;
    }

    /** A document, or the syntax problem that stopped it. */
    record Result(Optional<YamlNode> root, Optional<Diagnostic> problem) {
    }

    /**
     * Reads the one document of a manifest. An empty document (nothing, or only comments) has no root.
     *
     * @param file the manifest's path relative to the base, for positions
     * @param text the manifest's text, BOM removed
     */
    static Result read(String file, String text) {
        return new YamlReader(file).readDocument(text);
    }

    private Result readDocument(String text) {
        try (JsonParser opened = FACTORY.createParser(new WholeCodePointReader(text))) {
            parser = opened;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(Optional.empty(), Optional.empty());
            }
            YamlNode root = readValue(first, 0);
            if (parser.nextToken() != null) {
                return failure(here(), "a manifest holds one YAML document; this one has more after '---'");
            }
            return new Result(Optional.of(root), Optional.empty());
        } catch (SyntaxProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem.diagnostic));
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), Optional.of(syntaxError(e)));
        } catch (IOException e) {
            return failure(Source.of(file), "cannot be read as YAML: " + e.getClass().getSimpleName());
        }
    }

    private Result failure(Source source, String message) {
        return new Result(Optional.empty(), Optional.of(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, null, source)));
    }

    private YamlNode readValue(JsonToken token, int depth) throws IOException {
        Source source = here();
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias()) {
            return resolveAlias(source);
        }
        String anchor = yaml.getObjectId(); // the node's anchor, if it has one
        YamlNode node = switch (token) {
            case START_OBJECT -> readMapping(source, depth + 1);
            case START_ARRAY -> readSequence(source, depth + 1);
            case VALUE_STRING -> new YamlNode.Scalar(source, YamlNode.ScalarType.STRING, parser.getText());
            case VALUE_NUMBER_INT -> new YamlNode.Scalar(source, YamlNode.ScalarType.INTEGER, parser.getText());
            case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(source, YamlNode.ScalarType.FLOAT, parser.getText());
            case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(source, YamlNode.ScalarType.BOOLEAN, parser.getText());
            case VALUE_NULL -> new YamlNode.Scalar(source, YamlNode.ScalarType.NULL, "");
            default -> throw new SyntaxProblem(source, "unexpected YAML content (" + token + ")");
        };
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode resolveAlias(Source source) throws IOException {
        if (++aliases > ManifestLimits.MAX_ALIASES) {
            throw new SyntaxProblem(source, "more than " + ManifestLimits.MAX_ALIASES
                    + " aliases in one document; write the values out or use 'defaults'");
        }
        YamlNode target = anchors.get(parser.getText());
        if (target == null) {
            throw new SyntaxProblem(source, "an alias refers to an anchor that is not defined before it");
        }
        return target;
    }

    private YamlNode.Mapping readMapping(Source source, int depth) throws IOException {
        requireDepth(source, depth);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Source> seen = new HashMap<>();
        long weight = 1;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            if (token != JsonToken.FIELD_NAME) {
                throw new SyntaxProblem(here(), "a mapping key must be a plain value");
            }
            String key = parser.currentName();
            Source keySource = here();
            Source first = seen.putIfAbsent(key, keySource);
            if (first != null) {
                throw new SyntaxProblem(keySource, "duplicate key '" + printable(key) + "' (first at line "
                        + first.line() + ", column " + first.column() + ")");
            }
            if (key.equals("<<")) {
                throw new SyntaxProblem(keySource, "merge keys ('<<') are not supported; use 'defaults' for values"
                        + " shared by several key pairs");
            }
            YamlNode value = readValue(parser.nextToken(), depth);
            weight = addWeight(weight, value, source);
            entries.add(new YamlNode.Entry(key, keySource, value));
        }
        YamlNode.Mapping mapping = new YamlNode.Mapping(source, entries);
        weights.put(mapping, weight);
        return mapping;
    }

    private YamlNode.Sequence readSequence(Source source, int depth) throws IOException {
        requireDepth(source, depth);
        List<YamlNode> items = new ArrayList<>();
        long weight = 1;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            YamlNode item = readValue(token, depth);
            weight = addWeight(weight, item, source);
            items.add(item);
        }
        YamlNode.Sequence sequence = new YamlNode.Sequence(source, items);
        weights.put(sequence, weight);
        return sequence;
    }

    private long addWeight(long weight, YamlNode child, Source source) {
        long total = weight + weights.getOrDefault(child, 1L); // a scalar weighs 1 and is not kept
        if (total > ManifestLimits.MAX_EXPANDED_NODES) {
            throw new SyntaxProblem(source, "its aliases expand to more than " + ManifestLimits.MAX_EXPANDED_NODES
                    + " values; write the values out");
        }
        return total;
    }

    private void requireDepth(Source source, int depth) {
        if (depth > ManifestLimits.MAX_DEPTH) {
            throw new SyntaxProblem(source, "nesting deeper than " + ManifestLimits.MAX_DEPTH + " levels");
        }
    }

    private Source here() {
        JsonLocation location = parser.currentTokenLocation();
        return new Source(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /**
     * The parser's short problem ("mapping values are not allowed here") and position; never its context,
     * which quotes the source line.
     */
    private Diagnostic syntaxError(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        Source source = location == null ? Source.of(file)
                : new Source(file, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        String problem = null;
        for (Throwable cause = e; cause != null && problem == null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                problem = marked.getProblem();
                if (marked.getProblemMark() != null) {
                    source = new Source(file, marked.getProblemMark().getLine() + 1,
                            marked.getProblemMark().getColumn() + 1);
                }
            }
        }
        if (problem == null) {
            problem = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
        }
        // SnakeYAML's problems carry hints ("(Do not use \t(TAB) for indentation)"): room for them, whole.
        return Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "not valid YAML: " + printable(problem, 200), null, source);
    }

    /** Text fit for a one-line message: control characters shown as U+XXXX, at most 80 characters. */
    static String printable(String text) {
        return printable(text, 80);
    }

    /**
     * Text fit for a one-line message: control characters shown as U+XXXX, at most {@code limit} characters; a
     * longer text is cut at the last space before the limit (never inside a word) and marked with an ellipsis.
     */
    static String printable(String text, int limit) {
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
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                out.append(String.format("U+%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return length > limit ? out + " …" : out.toString();
    }

    /** Stops reading at a problem that makes the rest of the document meaningless. */
    private static final class SyntaxProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        SyntaxProblem(Source source, String message) {
            super(message, null, false, false);
            this.diagnostic = Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, null, source);
        }
    }

    /**
     * Hands SnakeYAML the text in chunks that never end between the two halves of a surrogate pair: its stream
     * reader fails with an IndexOutOfBoundsException on such a split (a character beyond the BMP, an emoji say, at
     * offset 1023 of a manifest; found by the export property test).
     */
    private static final class WholeCodePointReader extends Reader {
        private final String text;
        private int position;

        WholeCodePointReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position >= text.length()) {
                return -1;
            }
            int end = Math.min(text.length(), position + length);
            if (end < text.length() && end - position > 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text.getChars(position, end, buffer, offset);
            int read = end - position;
            position = end;
            return read;
        }

        @Override
        public void close() {
            // A string holds nothing to release.
        }
    }
}
