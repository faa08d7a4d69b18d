package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into {@link YamlNode}s with positions, from SnakeYAML's events. Text in the plain style most
 * manifests are written in is read by {@link SubsetYamlReader} instead, to the same nodes and faster on a cold JVM;
 * whatever it declines, problems included, is read here.
 *
 * <p>SnakeYAML's own tree would lose nothing but would expand aliases unweighed, so the tree is built here from
 * the events: aliases are expanded by reference (counted and weighed, so a "billion laughs" document is refused),
 * duplicate keys and over-deep nesting are refused, and syntax errors keep the parser's short description of the
 * problem but never the quoted source line, which could hold a key. Scalars are typed by {@link ScalarTyping}. The
 * events are read directly rather than through a general-purpose YAML library: that layer cost a cold goal some
 * 50 ms (performance.md). For the same reason the reading uses plain loops, not lambdas or streams: each lambda is
 * linked on first use, and a goal runs once on a cold JVM.
 */
final class YamlReader {

    private final String file;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    /** Each node's weight: itself and everything below it, aliases expanded. */
    private final Map<YamlNode, Long> weights = new IdentityHashMap<>();
    private int aliases;
    private Parser parser;

    private YamlReader(String file) {
        this.file = file;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions loader = new LoaderOptions();
        // The file size is checked before parsing; let the reader itself take any file within that bound.
        loader.setCodePointLimit((int) ManifestLimits.MAX_FILE_BYTES + 1);
        loader.setNestingDepthLimit(ManifestLimits.MAX_DEPTH + 2);
        return loader;
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
        YamlNode plain = SubsetYamlReader.read(file, text);
        if (plain != null) {
            return new Result(Optional.of(plain), Optional.empty());
        }
        return readWithSnakeYaml(file, text);
    }

    /** The document as SnakeYAML reads it, whatever its style: {@link SubsetYamlReader} is held to this. */
    static Result readWithSnakeYaml(String file, String text) {
        return new YamlReader(file).readDocument(text);
    }

    private Result readDocument(String text) {
        try {
            parser = new ParserImpl(new StreamReader(new WholeCodePointReader(text)), loaderOptions());
            Event first = nextNode();
            if (first == null) {
                return new Result(Optional.empty(), Optional.empty());
            }
            YamlNode root = readValue(first, 0);
            Event more = nextNode();
            if (more != null) {
                return failure(at(more), "a manifest holds one YAML document; this one has more after '---'");
            }
            return new Result(Optional.of(root), Optional.empty());
        } catch (SyntaxProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem.diagnostic));
        } catch (YAMLException e) {
            return new Result(Optional.empty(), Optional.of(syntaxError(e)));
        } catch (NumberFormatException e) {
            // SnakeYAML's scanner lets this out of some malformed escapes (found by fuzzing, oss-fuzz 63274).
            return failure(Source.of(file), "not valid YAML: a malformed escape or number");
        }
    }

    private Result failure(Source source, String message) {
        Diagnostic problem = Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, null, source);
        return new Result(Optional.empty(), Optional.of(problem));
    }

    /** The next event that is part of a document's content (a node or a collection's end); null at the end. */
    private Event nextNode() {
        while (true) {
            Event event = parser.getEvent();
            switch (event.getEventId()) {
                case StreamStart, DocumentStart, DocumentEnd -> {
                    // Only the document's content makes nodes.
                }
                case StreamEnd -> {
                    return null;
                }
                default -> {
                    return event;
                }
            }
        }
    }

    private YamlNode readValue(Event event, int depth) {
        Source source = at(event);
        if (event instanceof AliasEvent alias) {
            return resolveAlias(alias, source);
        }
        YamlNode node;
        String anchor = null;
        if (event instanceof ScalarEvent scalar) {
            YamlNode.ScalarType type = scalarType(scalar, source);
            node = new YamlNode.Scalar(source, type, type == YamlNode.ScalarType.NULL ? "" : scalar.getValue());
            anchor = scalar.getAnchor();
        } else if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
            anchor = ((CollectionStartEvent) event).getAnchor();
            node = event instanceof MappingStartEvent
                    ? readMapping(source, depth + 1)
                    : readSequence(source, depth + 1);
        } else {
            throw new SyntaxProblem(source, "unexpected YAML content (" + event.getEventId() + ")");
        }
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private YamlNode resolveAlias(AliasEvent alias, Source source) {
        if (++aliases > ManifestLimits.MAX_ALIASES) {
            throw new SyntaxProblem(source, "more than " + ManifestLimits.MAX_ALIASES
                    + " aliases in one document; write the values out or use 'defaults'");
        }
        YamlNode target = anchors.get(alias.getAnchor());
        if (target == null) {
            throw new SyntaxProblem(source, "an alias refers to an anchor that is not defined before it");
        }
        return target;
    }

    private YamlNode.Mapping readMapping(Source source, int depth) {
        requireDepth(source, depth);
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Source> seen = new HashMap<>();
        long weight = 1;
        for (Event event = parser.getEvent(); !event.is(Event.ID.MappingEnd); event = parser.getEvent()) {
            if (!(event instanceof ScalarEvent scalar)) {
                throw new SyntaxProblem(at(event), "a mapping key must be a plain value");
            }
            String key = scalar.getValue();
            Source keySource = at(event);
            Source first = seen.putIfAbsent(key, keySource);
            if (first != null) {
                throw new SyntaxProblem(keySource, "duplicate key '" + PrintableText.of(key) + "' (first at line "
                        + first.line() + ", column " + first.column() + ")");
            }
            if (key.equals("<<")) {
                throw new SyntaxProblem(keySource, "merge keys ('<<') are not supported; use 'defaults' for values"
                        + " shared by several key pairs");
            }
            YamlNode value = readValue(parser.getEvent(), depth);
            weight = addWeight(weight, value, source);
            entries.add(new YamlNode.Entry(key, keySource, value));
        }
        YamlNode.Mapping mapping = new YamlNode.Mapping(source, entries);
        weights.put(mapping, weight);
        return mapping;
    }

    private YamlNode.Sequence readSequence(Source source, int depth) {
        requireDepth(source, depth);
        List<YamlNode> items = new ArrayList<>();
        long weight = 1;
        for (Event event = parser.getEvent(); !event.is(Event.ID.SequenceEnd); event = parser.getEvent()) {
            YamlNode item = readValue(event, depth);
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

    /** Where an event starts, 1-based. */
    private Source at(Event event) {
        Mark mark = event.getStartMark();
        return mark == null ? Source.of(file) : new Source(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private YamlNode.ScalarType scalarType(ScalarEvent scalar, Source source) {
        Optional<YamlNode.ScalarType> type = ScalarTyping.of(scalar);
        if (type.isEmpty()) {
            throw new SyntaxProblem(source, "unexpected YAML content (a value tagged "
                    + PrintableText.of(scalar.getTag()) + " that cannot be read as one)");
        }
        return type.get();
    }

    /**
     * The parser's short problem ("mapping values are not allowed here") and position; never its context,
     * which quotes the source line.
     */
    private Diagnostic syntaxError(YAMLException e) {
        Source source = Source.of(file);
        String problem = null;
        if (e instanceof MarkedYAMLException marked) {
            problem = marked.getProblem();
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            if (mark != null) {
                source = new Source(file, mark.getLine() + 1, mark.getColumn() + 1);
            }
        } else if (e instanceof ReaderException unreadable) {
            problem = "special characters are not allowed ("
                    + PrintableText.of(Character.toString(unreadable.getCodePoint())) + ")";
        }
        if (problem == null) {
            problem = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(Locale.ROOT);
        }
        // SnakeYAML's problems carry hints ("(Do not use \t(TAB) for indentation)"): room for them, whole.
        return Diagnostic.of(ToolCode.MANIFEST_SYNTAX, "not valid YAML: " + PrintableText.of(problem, 200), null,
                source);
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
