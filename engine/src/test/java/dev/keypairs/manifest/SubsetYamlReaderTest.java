package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keypairs.provider.Provider;
import dev.keypairs.workflow.PlanWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The subset reader against SnakeYAML: for every text it reads, the very nodes (values, types, positions) that
 * {@link YamlReader} builds from SnakeYAML's events; everything else declined, SnakeYAML's problems included. The
 * random tests take another seed and more rounds from {@code -Dkeypairs.test.seed=N -Dkeypairs.test.rounds=N} (in
 * surefire's {@code argLine}), for a longer search after a change to the reader.
 */
class SubsetYamlReaderTest {

    private static final String FILE = "keypairs.yaml";
    /** A manifest in the styles people write: block and flow, comments, quotes, YAML 1.1's typed words. */
    private static final String USUAL = """
            # yaml-language-server: $schema=../../keypairs.schema.json
            defaults:
              tags: {owner: platform, managed-by: keypairs}   # alibaba key pairs only — and a comment's é

            alibaba:
              cn-hangzhou:
                prune: {namePrefix: "ci-"}
                keyPairs:
                  - name: deploy-key
                    publicKeyFile: keys/deploy.pub
                  - name: ci-key
                    publicKey: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOvXh+2W/q9Zs0= ci@example.com
                    tags: {team: ci, cost: 0042, on-call: yes}
                    protect: true                       # never replaced or destroyed
                  -   name: bastion
                      create: True
                      privateKeyFile: ~/.keypairs/bastion.pem
                  - {name: key_0000, publicKeyFile: keys/k0.pub}
                  - {name: 'quoted # not a comment', publicKeyFile: "keys/k 1.pub", tags: {}}
            tencent:
              ap-guangzhou:
                keyPairs:
                # a comment at another indentation
                    - name: deploy_key
                      projectId: 0x1F
                      tags: [a, -1, +2, .5, ~, null, off, 2001-12-14, 1_000]
            policy:
              rules: {maxAgeDays: 90, allowedTypes: [ssh-ed25519, ecdsa-sha2-nistp256], empty: []}
            """;

    /** Reads the text both ways; answers whether the subset reader took it, having checked it agrees. */
    private static boolean agrees(String text) {
        YamlNode subset = SubsetYamlReader.read(FILE, text);
        if (subset == null) {
            return false;
        }
        YamlReader.Result snakeYaml = YamlReader.readWithSnakeYaml(FILE, text);
        if (snakeYaml.problem().isPresent() || snakeYaml.root().isEmpty()) {
            fail("the subset reader took a text SnakeYAML refuses (" + snakeYaml.problem() + "):\n" + text);
        }
        assertEquals(snakeYaml.root().get(), subset, () -> "different nodes for:\n" + text);
        return true;
    }

    @Test
    void readsManifestsInTheUsualStylesAsSnakeYamlDoes() {
        assertTrue(agrees(USUAL));
    }

    /** The usual styles mutated a character or a line at a time: taken or declined, never read otherwise. */
    @Test
    void agreesWithSnakeYamlOnTheUsualStylesMutated() {
        Random random = new Random(Long.getLong("keypairs.test.seed", 15L));
        int rounds = Integer.getInteger("keypairs.test.rounds", 10_000);
        int taken = 0;
        for (int round = 0; round < rounds; round++) {
            if (agrees(mutate(USUAL, random))) {
                taken++;
            }
        }
        assertTrue(taken > rounds / 10, "taken by the subset reader: " + taken);
    }

    @Test
    void readsTheBenchmarksManifest() {
        String text = PlanWorkload.manifest(Provider.ALIBABA, List.of("ap-northeast-1", "ap-northeast-2"), 500);
        assertTrue(agrees(text));
    }

    @Test
    void readsTheExamplesManifests() throws IOException {
        Path examples = Path.of("..", "examples");
        List<Path> manifests;
        try (var files = Files.walk(examples)) {
            manifests = files.filter(file -> file.getFileName().toString().equals("keypairs.yaml")).toList();
        }
        assertTrue(manifests.size() >= 3, "examples: " + manifests);
        for (Path manifest : manifests) {
            assertTrue(agrees(Files.readString(manifest)), manifest + " is read by the subset reader");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a: &x 1\nb: *x\n", // anchors and aliases
        "a: !!str 1\n", // tags
        "a: |\n  text\n", // block scalars
        "a: >\n  text\n",
        "a:\tb\n", // tabs
        "a: b\r\nc: d\r\n", // CRs
        "a: b\n  c\n", // a plain value over two lines
        "a: 'b\n  c'\n",
        "a: {b: c,\n  d: e}\n", // a flow collection over two lines
        "a: b\na: c\n", // a duplicate key: SnakeYAML's path words it
        "a: {b: 1, b: 2}\n",
        "a:\nb: c\n", // a null value
        "a: {b: }\n",
        "a:\n- b\n", // a list not indented below its key
        "---\na: b\n", // document markers and directives
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",
        "a: b\n---\nc: d\n",
        "name: 密钥\n", // characters beyond ASCII outside comments
        "a: 'it''s'\n", // escapes
        "a: \"b\\tc\"\n",
        "a: b #c\n  d: e\n",
        "a: b#c\n", // a hash that is part of a plain value
        "a: b: c\n",
        "a:b\n",
        "a : b\n",
        "? a\n: b\n",
        "a: [b, c,]\n", // trailing commas
        "a: {b: c,}\n",
        "<<: {a: b}\n",
        "a: @b\n",
        "a: - b\n",
        "- - a\n",
        "  a: b\n", // an indented document
        "'a': b\n",
        "a: b\n c: d\n",
        "# only a comment\n",
        "",
    })
    void declinesWhatItDoesNotKnow(String text) {
        assertNull(SubsetYamlReader.read(FILE, text), text);
    }

    @Test
    void declinesNestingPastTheLimitForSnakeYamlsPathToWord() {
        String deep = "a: " + "[".repeat(ManifestLimits.MAX_DEPTH + 1) + "]".repeat(ManifestLimits.MAX_DEPTH + 1)
                + "\n";
        assertNull(SubsetYamlReader.read(FILE, deep));
        assertTrue(YamlReader.read(FILE, deep).problem().isPresent());
        String atTheLimit = "a: " + "[".repeat(ManifestLimits.MAX_DEPTH - 1) + "]".repeat(ManifestLimits.MAX_DEPTH - 1)
                + "\n";
        assertNotNull(SubsetYamlReader.read(FILE, atTheLimit));
        assertTrue(agrees(atTheLimit));
    }

    /**
     * Random documents in the subset's styles and around it, many of them mutated by a character or a line: whatever
     * the subset reader takes, it reads as SnakeYAML does. The generator must keep it busy both ways.
     */
    @Test
    void agreesWithSnakeYamlOnRandomDocuments() {
        Random random = new Random(Long.getLong("keypairs.test.seed", 28L));
        int taken = 0;
        int rounds = Integer.getInteger("keypairs.test.rounds", 20_000);
        for (int round = 0; round < rounds; round++) {
            StringBuilder text = new StringBuilder();
            new Generator(random, text).blockMapping(0, 0, false);
            String document = random.nextBoolean() ? text.toString() : mutate(text.toString(), random);
            if (agrees(document)) {
                taken++;
            }
        }
        assertTrue(taken > rounds / 5 && taken < rounds * 4 / 5, "taken by the subset reader: " + taken);
    }

    private static final String MUTATIONS = "{}[]:,-?&*!|>'\"%@`#\t \\=~.+/_0aé\r";

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int count = 1 + random.nextInt(2); count > 0 && !out.isEmpty(); count--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(5)) {
                case 0 -> out.insert(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                case 1 -> out.deleteCharAt(at);
                case 2 -> out.setCharAt(at, MUTATIONS.charAt(random.nextInt(MUTATIONS.length())));
                case 3 -> {
                    int lineStart = out.lastIndexOf("\n", at) + 1;
                    out.insert(lineStart, " ".repeat(1 + random.nextInt(2)));
                }
                default -> {
                    int lineStart = out.lastIndexOf("\n", at) + 1;
                    int lineEnd = out.indexOf("\n", at);
                    out.insert(lineStart, out.substring(lineStart, lineEnd < 0 ? out.length() : lineEnd + 1));
                }
            }
        }
        return out.toString();
    }

    /** Writes random YAML in block and flow styles, keys unique, into {@code out}. */
    private record Generator(Random random, StringBuilder out) {

        private static final String[] KEYS = {"name", "publicKeyFile", "tags", "owner", "cn-hangzhou", "key_01",
            "a.b", "x/y", "on", "yes", "0", "_k", ".k"};
        /** Plain values the subset reads, each typed by YAML 1.1's rules. */
        private static final String[] PLAIN = {"deploy-key", "key_0001", "keys/k0.pub", "true", "True", "TRUE", "yes",
            "No", "off", "y", "n", "~", "null", "Null", "0", "0042", "0x1F", "017", "0b11", "1_000", "-1", "+2", ".5",
            "1.5e3", ".inf", "-.Inf", ".nan", "2001-12-14", "a b", "a  b", "ssh-ed25519 AAAAC3+/= ci@example.com",
            "~/.ssh/id.pub", "---", "-x", "a=b", "x@y", "1e3", "0o17", "+.5", "8080", "ON", "oN", "0.", "._"};
        /** Values beside the subset: some are YAML, some are not. */
        private static final String[] BESIDE = {"2001-12-14t21:59:43.10-05:00", "1:20", "-", "a #b", "a# b", "=",
            "<<", "&a b", "*a", "!!str x", "|", "? a", "a: b", "%x", "@x", "`x", "é", "a\tb"};
        private static final String[] QUOTED = {"'a b'", "\"a b\"", "'true'", "\"0x1F\"", "''", "\"\"", "'#x'",
            "\"a'b\"", "'a\"b'", "' lead'", "\"trail \"", "'it''s'", "\"tab\\t\"", "'a, b'", "\"[x]\""};

        /** A block mapping at {@code indent}; after a list's dash, its first key is on the dash's line. */
        void blockMapping(int indent, int depth, boolean afterDash) {
            int entries = 1 + random.nextInt(depth == 0 ? 4 : 3);
            for (int i = 0; i < entries; i++) {
                if (i > 0 || !afterDash) {
                    out.append(" ".repeat(indent));
                }
                out.append(KEYS[(i * 5 + random.nextInt(3)) % KEYS.length]).append(':');
                value(indent, depth);
                filler(indent);
            }
        }

        private void value(int indent, int depth) {
            int choice = depth > 3 ? random.nextInt(3) : random.nextInt(40) == 0 ? 7 : random.nextInt(7);
            switch (choice) {
                case 0, 1 -> {
                    out.append(' ').append(inline(depth, false));
                    comment();
                    out.append('\n');
                }
                case 2 -> {
                    out.append(' ').append(flow(depth));
                    comment();
                    out.append('\n');
                }
                case 3, 4 -> {
                    comment();
                    out.append('\n');
                    blockMapping(indent + 1 + random.nextInt(3), depth + 1, false);
                }
                case 5, 6 -> {
                    comment();
                    out.append('\n');
                    blockSequence(indent + (random.nextInt(40) == 0 ? 0 : 1 + random.nextInt(3)), depth + 1);
                }
                default -> out.append(random.nextBoolean() ? "\n" : " \n");
            }
        }

        private void blockSequence(int indent, int depth) {
            int items = 1 + random.nextInt(3);
            for (int i = 0; i < items; i++) {
                out.append(" ".repeat(indent)).append('-');
                int gap = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
                switch (depth > 3 ? random.nextInt(2) : random.nextInt(5)) {
                    case 0 -> {
                        out.append(" ".repeat(gap)).append(inline(depth, false));
                        comment();
                        out.append('\n');
                    }
                    case 1 -> {
                        out.append(" ".repeat(gap)).append(flow(depth));
                        out.append('\n');
                    }
                    case 2, 3 -> {
                        out.append(" ".repeat(gap));
                        blockMapping(indent + 1 + gap, depth + 1, true);
                    }
                    default -> {
                        comment();
                        out.append('\n');
                        blockMapping(indent + 1 + random.nextInt(3), depth + 1, false);
                    }
                }
                filler(indent);
            }
        }

        private String inline(int depth, boolean inFlow) {
            int choice = random.nextInt(10);
            if (choice < 6) {
                return random.nextInt(60) == 0 ? BESIDE[random.nextInt(BESIDE.length)]
                        : PLAIN[random.nextInt(PLAIN.length)];
            }
            if (choice < 8) {
                return QUOTED[random.nextInt(QUOTED.length)];
            }
            return depth < 6 ? flow(depth + 1) : "x";
        }

        private String flow(int depth) {
            StringBuilder flow = new StringBuilder();
            int size = random.nextInt(4);
            boolean mapping = random.nextBoolean();
            flow.append(mapping ? '{' : '[');
            if (random.nextInt(4) == 0) {
                flow.append(' ');
            }
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    flow.append(random.nextInt(4) == 0 ? " , " : ", ");
                }
                if (mapping) {
                    flow.append(KEYS[(i * 4 + random.nextInt(2)) % KEYS.length]).append(": ");
                }
                flow.append(inline(depth + 1, true));
            }
            return flow.append(mapping ? '}' : ']').toString();
        }

        private void comment() {
            if (random.nextInt(5) == 0) {
                out.append(random.nextBoolean() ? "  # note: a, b" : " #é");
            }
        }

        private void filler(int indent) {
            switch (random.nextInt(12)) {
                case 0 -> out.append('\n');
                case 1 -> out.append(" ".repeat(random.nextInt(indent + 3))).append("# between\n");
                case 2 -> out.append("   \n");
                default -> {
                    // nothing between these lines
                }
            }
        }
    }
}
