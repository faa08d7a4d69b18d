package dev.keypairs.manifest;

import dev.keypairs.project.ToolCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests arrive from pull requests: hostile input gets a coded error, quickly, and nothing else. */
class HostileManifestTest {

    @TempDir
    Path base;
    ManifestProject project;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
    }

    private Diagnostic onlyError(ManifestSet set) {
        assertEquals(1, set.errors().size(), set.errors().toString());
        return set.errors().get(0);
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        project.write("keypairs.yaml", yaml.toString());

        Diagnostic error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyError(project.read()));

        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("aliases"), error.message());
    }

    @Test
    void moreThanAHundredAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("defaults: {tags: &t {a: b}}\nx: [");
        for (int i = 0; i < 101; i++) {
            yaml.append(i == 0 ? "" : ", ").append("*t");
        }
        project.write("keypairs.yaml", yaml.append("]\n").toString());

        Diagnostic error = onlyError(project.read());

        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("more than 100 aliases"), error.message());
    }

    @Test
    void aliasesWithinTheLimitWork() {
        project.key("k.pub", "rsa-2048.pub");
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - &base {name: a, publicKeyFile: k.pub, tags: &tags {team: x}}
                      - {name: b, publicKeyFile: k.pub, tags: *tags}
                """);
        ManifestSet set = project.read();
        assertEquals(List.of(), set.errors());
        assertEquals(set.keyPairs().get(0).tags(), set.keyPairs().get(1).tags());
    }

    @Test
    void anAnchoredScalarCanBeAliased() {
        project.key("k.pub", "rsa-2048.pub");
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: a, publicKeyFile: &key k.pub, tags: {team: &team x}}
                      - {name: b, publicKeyFile: *key, tags: {team: *team}}
                """);
        ManifestSet set = project.read();
        assertEquals(List.of(), set.errors());
        assertEquals(Map.of("team", "x"), set.keyPairs().get(1).tags());
    }

    @Test
    void aMappingKeyMustBeAPlainValue() {
        project.write("keypairs.yaml", "? [a]\n: b\n");
        Diagnostic error = onlyError(project.read());
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertEquals("a mapping key must be a plain value", error.message());
        assertEquals(new Source("keypairs.yaml", 1, 3), error.source());
    }

    @Test
    void deepNestingIsRefused() {
        project.write("keypairs.yaml", "x: " + "[".repeat(70) + "]".repeat(70) + "\n");
        Diagnostic error = onlyError(project.read());
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("nesting deeper than 64"), error.message());
    }

    @Test
    void nestingOfSixtyFourIsFine() {
        project.write("keypairs.yaml", "x: " + "[".repeat(63) + "]".repeat(63) + "\n");
        List<Diagnostic> errors = project.read().errors();
        assertEquals(List.of("UnknownField"), errors.stream().map(error -> error.code().code()).toList());
    }

    @Test
    void anOversizedFileIsRefusedUnread() throws Exception {
        Path file = project.write("keypairs.yaml", "");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ManifestLimits.MAX_FILE_BYTES + 1);
        }
        Diagnostic error = onlyError(project.read());
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("32 MiB"), error.message());
    }

    @Test
    void binaryGarbageIsManifestSyntax() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(base.resolve("keypairs.yaml"), garbage);
        assertEquals(ToolCode.MANIFEST_SYNTAX, onlyError(project.read()).code());

        Files.write(base.resolve("keypairs.yaml"), "alibaba: {\u0000}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(ToolCode.MANIFEST_SYNTAX, onlyError(project.read()).code());
    }

    @Test
    void duplicateKeysAreRefusedNamingTheFirst() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou: {}
                  cn-hangzhou: {prune: true}
                """);
        Diagnostic error = onlyError(project.read());
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertEquals(new Source("keypairs.yaml", 3, 3), error.source());
        assertEquals("duplicate key 'cn-hangzhou' (first at line 2, column 3)", error.message());
    }

    @Test
    void syntaxErrorsNeverQuoteTheLine() {
        String secret = Fixtures.text("rsa-2048.pub").strip().split(" ")[1];
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - name: a\n"
                + "        publicKey: ssh-rsa " + secret + " : [ {\n");
        Diagnostic error = onlyError(project.read());
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().startsWith("not valid YAML: "), error.message());
        assertFalse(error.message().contains(secret.substring(20, 40)), error.message());
        assertEquals(5, error.source().line());
    }

    @Test
    void severalDocumentsAreRefused() {
        project.write("keypairs.yaml", "alibaba: {}\n---\ntencent: {}\n");
        assertTrue(onlyError(project.read()).message().contains("one YAML document"));
    }

    @Test
    void mergeKeysAreRefusedWithAHint() {
        project.write("keypairs.yaml", "base: &b {a: 1}\nalibaba:\n  <<: *b\n");
        assertTrue(project.read().errors().stream().anyMatch(error -> error.message().contains("'<<'")));
    }

    @Test
    void aTwelveMegabyteKeyLineIsRefusedBeforeParsing() {
        String huge = "ssh-rsa " + "A".repeat(12 * 1024 * 1024);
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - name: big\n        publicKey: "
                + huge + "\n");

        Diagnostic error = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> onlyError(project.read()));

        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertEquals(new Source("keypairs.yaml", 5, 1), error.source());
        assertTrue(error.message().contains("longer than 131072 characters"), error.message());
    }

    @Test
    void aKeyJustOverItsLimitFitsOnALineAndIsLeftToTheProvider() {
        String big = "ssh-rsa " + "A".repeat(70 * 1024);
        project.write("keypairs.yaml", "alibaba: {cn-hangzhou: {keyPairs: [{name: big, publicKey: " + big + "}]}}\n");
        ManifestSet set = project.read();
        assertEquals(List.of(), set.errors(), "a key over 64 KiB is the provider's *.Malformed, reported by the plan");
        assertEquals(big, set.keyPairs().get(0).key().publicKeyText());
    }

    @Test
    void aLongKeyFoldedOverManyLinesIsReadQuickly() {
        StringBuilder yaml = new StringBuilder("alibaba:\n  cn-hangzhou:\n    keyPairs:\n      - name: big\n"
                + "        publicKey: >-\n");
        String line = "          " + "A".repeat(76) + "\n";
        int lines = 12 * 1024 * 1024 / 76;
        yaml.append(line.repeat(lines));
        project.write("keypairs.yaml", yaml.toString());

        ManifestSet set = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> project.read());

        assertEquals(List.of(), set.errors());
        assertEquals(lines * 77 - 1, set.keyPairs().get(0).key().publicKeyText().length(),
                "folded lines joined by spaces; the provider refuses the key as too large");
    }
}
