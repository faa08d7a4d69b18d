package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.InvalidManifestsException;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.RecordingReporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The manifests' JSON Schema, {@code keypairs.schema.json} at the repository's root (manifests.md): every manifest
 * of the examples and the docs validates against it; a corpus of wrong manifests is refused by the schema and by
 * the plugin alike, and one of unusual but right ones accepted by both; its patterns are ones that ECMA-262,
 * {@code java.util.regex} and Python's {@code re} all accept, checked with each.
 */
class ManifestSchemaTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SCHEMA = ROOT.resolve("keypairs.schema.json");
    /** The corpus's project: its manifests name the ssh-keygen fixtures inside it. */
    private static final Path CORPUS_PROJECT = Path.of("src/test/resources/dev/keypairs").toAbsolutePath();
    private static final Path CORPUS = CORPUS_PROJECT.resolve("manifest/schema");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> MANIFEST_KEYS = Set.of("defaults", "alibaba", "tencent", "policy");

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(SCHEMA, StandardCharsets.UTF_8));
    }

    private static Set<ValidationMessage> problems(String yaml) throws IOException {
        JsonNode manifest = YAML.readTree(yaml);
        return schema().validate(manifest == null || manifest.isMissingNode()
                ? YAML.createObjectNode() : manifest);
    }

    /** The fenced blocks of the docs that are manifests: YAML whose top-level keys are a manifest's. */
    private static List<String> documentedManifests(Path markdown) throws IOException {
        List<String> manifests = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                } else {
                    if (isManifest(block.toString())) {
                        manifests.add(block.toString());
                    }
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return manifests;
    }

    private static boolean isManifest(String text) {
        JsonNode node;
        try {
            node = YAML.readTree(text);
        } catch (IOException notYaml) {
            return false; // a shell, XML or Java block
        }
        if (node == null || !node.isObject() || node.size() == 0) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            if (!MANIFEST_KEYS.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    @TestFactory
    Stream<DynamicTest> everyManifestOfTheExamplesAndTheDocsValidates() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> markdown = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Stream.concat(Files.list(ROOT.resolve("src/site/markdown")),
                Files.walk(ROOT.resolve("examples")))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(markdown::add);
        }
        for (Path page : markdown) {
            List<String> manifests = documentedManifests(page);
            for (int i = 0; i < manifests.size(); i++) {
                String manifest = manifests.get(i);
                tests.add(DynamicTest.dynamicTest(ROOT.relativize(page) + " #" + (i + 1),
                        () -> assertEquals(Set.of(), problems(manifest))));
            }
        }
        try (Stream<Path> examples = Files.walk(ROOT.resolve("examples"))) {
            examples.filter(path -> path.getFileName().toString().matches("keypairs.*\\.ya?ml")).sorted()
                    .forEach(file -> tests.add(DynamicTest.dynamicTest(ROOT.relativize(file).toString(),
                            () -> assertEquals(Set.of(), problems(Files.readString(file))))));
        }
        // manifests.md's example, export.md's output, the quick start's manifest at least.
        assertTrue(tests.size() >= 3, "the docs' manifests were not found: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> whatTheSchemaRefusesThePluginRefuses() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("refused"))) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                    () -> {
                        assertFalse(problems(Files.readString(file)).isEmpty(), "the schema accepted it");
                        InvalidManifestsException refused = assertThrows(InvalidManifestsException.class,
                                () -> validate(file), "the plugin accepted it");
                        // Refused for what the file says, not for a key file the corpus failed to name.
                        assertFalse(refused.getMessage().contains("FileNotFound"), refused.getMessage());
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> unusualButRightManifestsAreAcceptedByBoth() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("accepted"))) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                    () -> {
                        assertEquals(Set.of(), problems(Files.readString(file)));
                        validate(file);
                    }));
        }
    }

    private static void validate(Path manifest) throws Exception {
        new Keypairs(Configuration.of(CORPUS_PROJECT)
                        .withManifests(List.of(CORPUS_PROJECT.relativize(manifest).toString())),
                new RecordingReporter()).validate();
    }

    /** Every {@code pattern} in the schema, wherever it is. */
    private static List<String> patterns() throws IOException {
        List<String> patterns = new ArrayList<>();
        new ObjectMapper().readTree(SCHEMA.toFile()).findValues("pattern").forEach(node -> patterns.add(node.asText()));
        return patterns;
    }

    @Test
    void thePatternsAreOnesEcmaScriptJavaAndPythonAllAccept() throws Exception {
        List<String> patterns = patterns();
        assertTrue(patterns.size() >= 5, patterns.toString());
        for (String pattern : patterns) {
            assertFalse(pattern.contains("\\p{") || pattern.contains("\\P{") || pattern.contains("(?<"),
                    "not portable: " + pattern);
            Pattern.compile(pattern);
        }
        String json = new ObjectMapper().writeValueAsString(patterns);
        run("node", "-e", "for (const p of JSON.parse(process.argv[1])) { new RegExp(p, 'u'); new RegExp(p); }", json);
        run("python3", "-c", "import json, re, sys\nfor p in json.loads(sys.argv[1]): re.compile(p)", json);
    }

    @Test
    void theNamePatternsHoldTheProvidersRules() throws Exception {
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).path("$defs");
        Pattern alibaba = Pattern.compile(defs.path("alibabaKeyPair").path("properties").path("name").path("pattern")
                .asText());
        Pattern tencent = Pattern.compile(defs.path("tencentKeyPair").path("properties").path("name").path("pattern")
                .asText());
        for (String accepted : List.of("deploy-key", "ci:key_01", "k密钥", "Key-Ω")) {
            assertTrue(alibaba.matcher(accepted).find(), accepted);
        }
        for (String refused : List.of("1key", "-key", "key.pair", "key pair", "key/pair", "密钥")) {
            assertFalse(alibaba.matcher(refused).find(), refused);
        }
        assertTrue(tencent.matcher("deploy_key_01").find());
        for (String refused : List.of("deploy-key", "key.1", "密钥", "")) {
            assertFalse(tencent.matcher(refused).find(), refused);
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), command[0] + " refused a pattern: " + output);
    }
}
