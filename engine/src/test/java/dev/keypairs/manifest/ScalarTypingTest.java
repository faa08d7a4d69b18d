package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Untagged scalars' types, and the shortcut past SnakeYAML's resolver held to the resolver's own table. */
class ScalarTypingTest {

    /** The resolver's implicit resolvers, by first character (null: tried for every value). */
    private static final class Table extends Resolver {
        Set<Character> firstCharacters() {
            return new HashSet<>(yamlImplicitResolvers.keySet());
        }

        int forEveryValue() {
            return yamlImplicitResolvers.get(null).size();
        }
    }

    @Test
    void theShortcutsFirstCharactersAreTheResolversOwn() {
        Table table = new Table();
        Set<Character> typed = table.firstCharacters();
        // Tried for every value: the patterns of the empty value (answered before the shortcut) and of null, whose
        // one alternative that starts with no character of the table is " ".
        typed.remove(null);
        typed.add(' ');
        Set<Character> shortcut = new HashSet<>();
        for (char c : ScalarTyping.TYPED_FIRST_CHARACTERS.toCharArray()) {
            shortcut.add(c);
        }
        assertEquals(typed, shortcut);
        assertEquals(2, table.forEveryValue());
        assertEquals("^$", Resolver.EMPTY.pattern());
        assertEquals("^(?:~|null|Null|NULL| )$", Resolver.NULL.pattern());
    }

    /** Values that skip the resolver are those it would have answered a string for. */
    @Test
    void valuesPastTheShortcutAreTheResolversStrings() {
        Resolver resolver = new Resolver();
        List<String> suffixes = List.of("", "x", "1", "rue", "ull", "es", ".5", "_000", "0", "ff", "n", "x1F", "b1",
                "001-12-14", "<", " b", ":1", " ", "~", "null");
        int skipped = 0;
        for (char first = 0x20; first < 0x7F; first++) {
            for (String suffix : suffixes) {
                String value = first + suffix;
                if (ScalarTyping.TYPED_FIRST_CHARACTERS.indexOf(first) < 0) {
                    assertEquals(Tag.STR, resolver.resolve(NodeId.scalar, value, true), value);
                    assertEquals(YamlNode.ScalarType.STRING, ScalarTyping.ofUntagged(value, true), value);
                    skipped++;
                }
            }
        }
        assertEquals((0x7F - 0x20 - ScalarTyping.TYPED_FIRST_CHARACTERS.length()) * suffixes.size(), skipped);
    }

    @Test
    void plainValuesAreTypedByYaml11() {
        List<List<Object>> cases = List.of(
                List.of("true", YamlNode.ScalarType.BOOLEAN), List.of("Off", YamlNode.ScalarType.BOOLEAN),
                List.of("y", YamlNode.ScalarType.STRING), List.of("0x1F", YamlNode.ScalarType.INTEGER),
                List.of("0b11", YamlNode.ScalarType.INTEGER), List.of("1_000", YamlNode.ScalarType.INTEGER),
                List.of(".5", YamlNode.ScalarType.FLOAT), List.of("~", YamlNode.ScalarType.NULL),
                List.of("Null", YamlNode.ScalarType.NULL), List.of("2001-12-14", YamlNode.ScalarType.STRING),
                List.of("<<", YamlNode.ScalarType.STRING), List.of("key_0001", YamlNode.ScalarType.STRING),
                List.of("~/.ssh/id.pub", YamlNode.ScalarType.STRING));
        for (List<Object> example : cases) {
            assertEquals(example.get(1), ScalarTyping.ofUntagged((String) example.get(0), true), example.get(0) + "");
        }
    }

    @Test
    void quotedValuesAreStrings() {
        for (String value : List.of("true", "1", "~", "null", "")) {
            assertEquals(YamlNode.ScalarType.STRING, ScalarTyping.ofUntagged(value, false), value);
        }
    }
}
