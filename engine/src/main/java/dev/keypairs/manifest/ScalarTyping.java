package dev.keypairs.manifest;

import java.util.Optional;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML scalar's type, as manifests have always read it (formerly through jackson-dataformat-yaml, whose rules
 * these are): an explicit standard tag ({@code !!int}, {@code !!bool} …) says it, otherwise YAML 1.1's implicit
 * resolution of a plain scalar does, and a quoted scalar is a string. So {@code yes}, {@code no}, {@code on},
 * {@code off}, {@code true} and {@code false} are booleans; {@code 0x1F}, {@code 017}, {@code 0b11} and
 * {@code 1_000} integers; {@code ~} and {@code null} are null, and
 * nothing (a key without a value) is the empty string.
 */
final class ScalarTyping {

    private static final String STANDARD_TAG = "tag:yaml.org,2002:";
    /**
     * The first characters of the values SnakeYAML's resolver can type: those its implicit resolvers are filed under,
     * and the space of {@code " "}, which its null pattern (tried for every value) matches. A plain value starting
     * otherwise is a string, known without building the resolver, whose ten patterns a cold goal would otherwise
     * compile for manifests that need none of them. ScalarTypingTest holds this to the resolver's own table.
     */
    static final String TYPED_FIRST_CHARACTERS = "yYnNtTfFoO-+0123456789.<~!&* ";

    /** SnakeYAML's YAML 1.1 resolver, built on first use; read-only once built. */
    private static final class Yaml11 {
        static final Resolver RESOLVER = new Resolver();
    }

    private ScalarTyping() {
    }

    /**
     * The scalar's type; empty for a value its explicit tag makes unreadable here (a {@code !!binary} value, an
     * {@code !!int} that is not a whole number).
     */
    static Optional<YamlNode.ScalarType> of(ScalarEvent scalar) {
        String value = scalar.getValue();
        String tag = scalar.getTag();
        if (value.isEmpty()) {
            return Optional.of(YamlNode.ScalarType.STRING); // a key without a value too: an empty string, not null
        }
        if (tag == null || tag.equals("!")) {
            return Optional.of(ofUntagged(value, scalar.getImplicit().canOmitTagInPlainScalar()));
        }
        String name = tag.startsWith(STANDARD_TAG) ? tag.substring(STANDARD_TAG.length()).split(",", -1)[0] : tag;
        if (name.equals("binary") || (name.equals("int") && !isWholeNumber(value))) {
            return Optional.empty();
        }
        YamlNode.ScalarType type = YamlNode.ScalarType.STRING;
        if (name.equals("bool") && isBoolean(value)) {
            type = YamlNode.ScalarType.BOOLEAN;
        } else if (name.equals("int")) {
            type = integerOrString(value);
        } else if (name.equals("float")) {
            type = YamlNode.ScalarType.FLOAT;
        } else if (name.equals("null")) {
            type = YamlNode.ScalarType.NULL;
        }
        return Optional.of(type);
    }

    /**
     * An untagged scalar's type: a plain one's by YAML 1.1's implicit resolution, a quoted one's a string.
     *
     * @param value the scalar's value
     * @param plain whether it was written plain (not quoted)
     */
    static YamlNode.ScalarType ofUntagged(String value, boolean plain) {
        if (value.isEmpty() || !plain || TYPED_FIRST_CHARACTERS.indexOf(value.charAt(0)) < 0) {
            return YamlNode.ScalarType.STRING;
        }
        Tag resolved = Yaml11.RESOLVER.resolve(NodeId.scalar, value, true);
        if (resolved.equals(Tag.INT)) {
            return integerOrString(value);
        } else if (resolved.equals(Tag.FLOAT)) {
            return YamlNode.ScalarType.FLOAT;
        } else if (resolved.equals(Tag.BOOL) && isBoolean(value)) {
            return YamlNode.ScalarType.BOOLEAN;
        } else if (resolved.equals(Tag.NULL)) {
            return YamlNode.ScalarType.NULL;
        }
        return YamlNode.ScalarType.STRING;
    }

    /**
     * A boolean scalar's value, as YAML 1.1 reads its words: {@code yes}, {@code on}, {@code true} and {@code y} (in
     * any case) are true; {@code no}, {@code off}, {@code false} and {@code n} false.
     */
    static boolean isTrue(String booleanWord) {
        return switch (booleanWord.length()) {
            case 1 -> "yY".indexOf(booleanWord.charAt(0)) >= 0;
            case 2 -> booleanWord.equalsIgnoreCase("on");
            case 3 -> booleanWord.equalsIgnoreCase("yes");
            case 4 -> booleanWord.equalsIgnoreCase("true");
            default -> false;
        };
    }

    /**
     * YAML 1.1's boolean words, in any case, and {@code y}/{@code n}: what an explicit {@code !!bool} takes. An
     * untagged scalar gets here only once SnakeYAML's resolver has found one of the words in lower case, capitalised or
     * upper case ({@code y}, {@code n} and {@code nO} stay text, manifests.md).
     */
    private static boolean isBoolean(String value) {
        return switch (value.length()) {
            case 1 -> "yYnN".indexOf(value.charAt(0)) >= 0;
            case 2 -> value.equalsIgnoreCase("no") || value.equalsIgnoreCase("on");
            case 3 -> value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("off");
            case 4 -> value.equalsIgnoreCase("true");
            case 5 -> value.equalsIgnoreCase("false");
            default -> false;
        };
    }

    /**
     * An integer as written: a sign, then {@code 0}, a binary ({@code 0b}), hex ({@code 0x}) or octal ({@code 0…})
     * number, or decimal digits with underscores; anything else (a base-60 {@code 1:30}) stays a string.
     */
    private static YamlNode.ScalarType integerOrString(String value) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (i == value.length()) {
            return YamlNode.ScalarType.STRING;
        }
        if (value.charAt(i) == '0') {
            return i + 1 == value.length() || "bBxX0123456789_".indexOf(value.charAt(i + 1)) >= 0
                    ? YamlNode.ScalarType.INTEGER : YamlNode.ScalarType.STRING;
        }
        for (int j = i; j < value.length(); j++) {
            char c = value.charAt(j);
            if ((c < '0' || c > '9') && c != '_') {
                return YamlNode.ScalarType.STRING;
            }
        }
        return YamlNode.ScalarType.INTEGER;
    }

    /**
     * The value of a scalar typed as an integer: a sign, then decimal, {@code 0x} hex, {@code 0} octal or {@code 0b}
     * binary digits, underscores only spacing them.
     *
     * @throws NumberFormatException when the value does not fit in 64 bits
     */
    static long integerValue(String written) {
        String digits = written.replace("_", "");
        int sign = digits.charAt(0) == '-' || digits.charAt(0) == '+' ? 1 : 0;
        if (digits.length() > sign + 2 && digits.charAt(sign) == '0'
                && (digits.charAt(sign + 1) == 'b' || digits.charAt(sign + 1) == 'B')) {
            // Long.decode knows 0x and 0, not 0b.
            return Long.parseLong(digits.substring(0, sign) + digits.substring(sign + 2), 2);
        }
        return Long.decode(digits);
    }

    /** Whether an integer written with a radix prefix has only that radix's digits (an explicit {@code !!int}). */
    private static boolean isWholeNumber(String value) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (i == value.length() || value.charAt(i) != '0' || i + 1 == value.length()) {
            return true;
        }
        char radix = value.charAt(i + 1);
        String digits = value.substring(radix == 'b' || radix == 'B' || radix == 'x' || radix == 'X' ? i + 2 : i + 1)
                .replace("_", "");
        int base = radix == 'b' || radix == 'B' ? 2 : radix == 'x' || radix == 'X' ? 16 : 8;
        if ("bBxX0123456789_".indexOf(radix) < 0) {
            return true;
        }
        if (digits.isEmpty()) {
            return false;
        }
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, base) < 0) {
                return false;
            }
        }
        return true;
    }
}
