package dev.keypairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words belong to the renderers (architecture.md): the packages that decide ({@code plan}, {@code apply},
 * {@code workflow}) hand typed values on, and {@code render} (or a front end's wording) puts them into words. This
 * holds it mechanically: no string literal in those packages' sources reads as words for a user, that is, holds two
 * words with a space between them. A programming error's message (an {@code IllegalStateException}, an
 * {@code IllegalArgumentException}, an {@code AssertionError}, a {@code requireNonNull}) is for developers and may.
 */
class WordsOnlyInRenderersTest {

    static final List<String> DECIDING_PACKAGES = List.of("plan", "apply", "workflow");
    static final Pattern WORDS = Pattern.compile("\\p{L}{2,}[,;:]? +\\p{L}{2,}");
    static final Pattern FOR_DEVELOPERS = Pattern.compile("new (IllegalStateException|IllegalArgumentException"
            + "|AssertionError|UnsupportedOperationException)\\(|requireNonNull\\(");

    @Test
    void noDecidingPackageWordsAnythingForUsers() throws IOException {
        List<String> worded = new ArrayList<>();
        for (String name : DECIDING_PACKAGES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/keypairs", name))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    wordedLiterals(Files.readString(file)).forEach(literal -> worded.add(file + ": " + literal));
                }
            }
        }
        assertEquals(List.of(), worded, "words for users belong in dev.keypairs.render, made from typed values");
    }

    @Test
    void theRuleSeesWordsInCodeButNotInCommentsOrDevelopersMessages() {
        String source = """
                /** Javadoc says "what it likes" freely. */
                class Example {
                    // and so do "line comments here"
                    String id = "keypairs-apply";
                    void check(Object value) {
                        Objects.requireNonNull(value, "a value is needed");
                        if (value == null) {
                            throw new IllegalStateException("never here at all");
                        }
                        warn("the key pair is protected: " + value);
                        String block = \"""
                            text blocks count too\""";
                    }
                }
                """;
        assertEquals(List.of("\"the key pair is protected: \"", "\"\"\"\n            text blocks count too\"\"\""),
                wordedLiterals(source));
    }

    @Test
    void theDecidingPackagesExist() {
        DECIDING_PACKAGES.forEach(name -> assertTrue(Files.isDirectory(Path.of("src/main/java/dev/keypairs", name)),
                name));
    }

    /** The string literals (text blocks too) outside comments that read as words, but developers' messages. */
    static List<String> wordedLiterals(String source) {
        List<String> worded = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3) + 3;
                check(source.substring(i, end), code, worded);
                code.append("\"\"");
                i = end;
            } else if (source.charAt(i) == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                check(source.substring(i, end + 1), code, worded);
                code.append("\"\"");
                i = end + 1;
            } else if (source.charAt(i) == '\'') {
                int end = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
                code.append(source, i, end + 1);
                i = end + 1;
            } else {
                code.append(source.charAt(i++));
            }
        }
        return worded;
    }

    private static void check(String literal, StringBuilder codeBefore, List<String> worded) {
        if (!WORDS.matcher(literal).find()) {
            return;
        }
        int statementStart = Math.max(codeBefore.lastIndexOf(";"), Math.max(codeBefore.lastIndexOf("{"),
                codeBefore.lastIndexOf("}")));
        if (!FOR_DEVELOPERS.matcher(codeBefore.substring(statementStart + 1)).find()) {
            worded.add(literal);
        }
    }
}
