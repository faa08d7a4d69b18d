package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML value with the position it was read at. Aliases are expanded by reference, so an aliased node is
 * the very node its anchor names.
 *
 * <p>The typed accessors ({@link #asMapping}, {@link Entry#string} and the like) answer empty for a value of
 * another type and add a {@code ManifestSyntax} problem at the value's position to {@code problems}, placed at
 * {@code where}: the address of the region or key pair being read, or null for a file's top level and defaults.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Where the value starts. */
    Source source();

    /** The word for this kind of value in messages: "a mapping", "a list", "a string". */
    String kind();

    /** Whether this is YAML's null: nothing written, {@code ~} or {@code null}. */
    default boolean isNull() {
        return this instanceof Scalar scalar && scalar.type() == ScalarType.NULL;
    }

    /** This value as a mapping; otherwise "{@code what} must be a mapping" is the problem. */
    default Optional<Mapping> asMapping(String what, String where, List<Diagnostic> problems) {
        if (this instanceof Mapping mapping) {
            return Optional.of(mapping);
        }
        problems.add(syntax(what + " must be a mapping, not " + kind(), where, source()));
        return Optional.empty();
    }

    /** This value as a list; otherwise "{@code what} must be a list" is the problem. */
    default Optional<Sequence> asSequence(String what, String where, List<Diagnostic> problems) {
        if (this instanceof Sequence sequence) {
            return Optional.of(sequence);
        }
        problems.add(syntax(what + " must be a list, not " + kind(), where, source()));
        return Optional.empty();
    }

    private static Diagnostic syntax(String message, String where, Source source) {
        return Diagnostic.of(ToolCode.MANIFEST_SYNTAX, message, where, source);
    }

    /** A mapping, its entries in document order; duplicate keys were refused while reading. */
    record Mapping(Source source, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "a mapping";
        }

        /** The entry with this key, if written. */
        Optional<Entry> entry(String key) {
            // A loop, not a stream: this runs for every field of every entry, mostly on a cold JVM.
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        /** Where this key is written; null when it is not. */
        Source keySource(String key) {
            Optional<Entry> entry = entry(key);
            return entry.isPresent() ? entry.get().keySource() : null;
        }

        // The typed reads below answer null for a key not written, or written with a value of another type (the
        // problem added): plain code for a manifest's every field, where Optional chains would link a lambda each.

        /** The string under this key, as {@link Entry#string} reads it; null when absent or not a string. */
        String string(String key, String where, List<Diagnostic> problems) {
            Optional<Entry> entry = entry(key);
            return entry.isPresent() ? entry.get().string(where, problems).orElse(null) : null;
        }

        /** The boolean under this key, as {@link Entry#bool} reads it; null when absent or not a boolean. */
        Boolean bool(String key, String where, List<Diagnostic> problems) {
            Optional<Entry> entry = entry(key);
            return entry.isPresent() ? entry.get().bool(where, problems).orElse(null) : null;
        }

        /** The whole number under this key, as {@link Entry#integer} reads it; null when absent or not one. */
        Long integer(String key, String where, List<Diagnostic> problems) {
            Optional<Entry> entry = entry(key);
            return entry.isPresent() ? entry.get().integer(where, problems).orElse(null) : null;
        }

        /** The mapping of strings under this key, as {@link Entry#stringMap} reads it; null when absent or not one. */
        Map<String, String> stringMap(String key, String where, List<Diagnostic> problems) {
            Optional<Entry> entry = entry(key);
            return entry.isPresent() ? entry.get().stringMap(where, problems).orElse(null) : null;
        }

        /**
         * Adds an {@code UnknownField} problem, with a "did you mean", for each key not allowed here.
         *
         * @param context where the keys stand, for the message: "in defaults", "at the top of a manifest"
         */
        void rejectUnknownKeys(Set<String> allowed, String context, String where, List<Diagnostic> problems) {
            for (Entry entry : entries) {
                if (!allowed.contains(entry.key())) {
                    problems.add(Diagnostic.of(ToolCode.UNKNOWN_FIELD, "unknown field '"
                            + PrintableText.of(entry.key()) + "' " + context
                            + DidYouMean.suggestion(entry.key(), allowed), where, entry.keySource()));
                }
            }
        }
    }

    /** One key and its value; its accessors name the key in their problems. */
    record Entry(String key, Source keySource, YamlNode value) {

        /** Strings, and numbers as written (a tag value 0042 stays 0042); not lists, mappings or booleans. */
        Optional<String> string(String where, List<Diagnostic> problems) {
            if (value instanceof Scalar scalar && switch (scalar.type()) {
                case STRING, INTEGER, FLOAT -> true;
                default -> false;
            }) {
                return Optional.of(scalar.text());
            }
            String hint = value instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN
                    ? " (YAML reads yes, no, on, off, true and false as booleans: put the value in quotes)" : "";
            problems.add(syntax(key + " must be a string, not " + value.kind() + hint, where, value.source()));
            return Optional.empty();
        }

        /** {@code true} or {@code false}, as YAML reads booleans ({@code yes} and {@code on} are true too). */
        Optional<Boolean> bool(String where, List<Diagnostic> problems) {
            if (value instanceof Scalar scalar && scalar.type() == ScalarType.BOOLEAN) {
                return Optional.of(ScalarTyping.isTrue(scalar.text()));
            }
            problems.add(syntax(key + " must be true or false, not " + value.kind(), where, value.source()));
            return Optional.empty();
        }

        /** A whole number in 64 bits, as YAML writes it ({@code 0x10}, {@code 017}, {@code 0b11}, {@code 1_000}). */
        Optional<Long> integer(String where, List<Diagnostic> problems) {
            if (value instanceof Scalar scalar && scalar.type() == ScalarType.INTEGER) {
                try {
                    return Optional.of(ScalarTyping.integerValue(scalar.text()));
                } catch (NumberFormatException e) {
                    problems.add(syntax(key + " must be a whole number that fits in 64 bits", where, scalar.source()));
                    return Optional.empty();
                }
            }
            problems.add(syntax(key + " must be a whole number, not " + value.kind(), where, value.source()));
            return Optional.empty();
        }

        /**
         * A mapping of strings, such as tags, in document order: a key without a value maps to the empty string;
         * a value of another type is a problem and left out.
         */
        Optional<Map<String, String>> stringMap(String where, List<Diagnostic> problems) {
            Optional<Mapping> body = value.asMapping(key, where, problems);
            if (body.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> strings = new LinkedHashMap<>();
            for (Entry entry : body.get().entries()) {
                if (entry.value().isNull()) {
                    strings.put(entry.key(), "");
                } else {
                    Optional<String> text = entry.string(where, problems);
                    if (text.isPresent()) {
                        strings.put(entry.key(), text.get());
                    }
                }
            }
            return Optional.of(strings);
        }
    }

    /** A list. */
    record Sequence(Source source, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** What a scalar is, as YAML's core schema resolves it. */
    enum ScalarType {
        STRING("a string"), INTEGER("a number"), FLOAT("a number"), BOOLEAN("true or false"), NULL("nothing (null)");

        private final String kind;

        ScalarType(String kind) {
            this.kind = kind;
        }
    }

    /**
     * A scalar.
     *
     * @param text the scalar as written (for numbers the digits as written, e.g. {@code 0x10})
     */
    record Scalar(Source source, ScalarType type, String text) implements YamlNode {
        @Override
        public String kind() {
            return type.kind;
        }
    }
}
