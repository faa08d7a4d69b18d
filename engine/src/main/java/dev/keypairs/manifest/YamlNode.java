package dev.keypairs.manifest;

import dev.keypairs.project.Source;
import java.util.List;

/**
 * A YAML value with the position it was read at. Aliases are expanded by reference, so an aliased node is
 * the very node its anchor names.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** Where the value starts. */
    Source source();

    /** The word for this kind of value in messages: "a mapping", "a list", "a string". */
    String kind();

    /** A mapping, its entries in document order; duplicate keys were refused while reading. */
    record Mapping(Source source, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key and its value. */
    record Entry(String key, Source keySource, YamlNode value) {
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
