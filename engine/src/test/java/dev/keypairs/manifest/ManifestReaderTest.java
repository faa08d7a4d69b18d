package dev.keypairs.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Address;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {

    @TempDir
    Path base;
    ManifestProject project;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
        project.key("keys/ci.pub", "rsa-2048.pub");
        project.key("keys/deploy.pub", "rsa-3072.pub");
    }

    @Test
    void readsTheSpecExample() {
        project.write("keypairs.yaml", """
                defaults:
                  tags: {owner: platform}
                alibaba:
                  cn-hangzhou:
                    prune: false
                    keyPairs:
                      - name: deploy-key
                        publicKey: %s
                      - name: ci-key
                        publicKeyFile: keys/ci.pub
                        resourceGroupId: rg-aek2abc
                        tags: {team: finance, owner: ci}
                        protect: true
                      - name: bastion
                        create: true
                        privateKeyFile: secrets/bastion.pem
                  cn-beijing:
                    prune: {namePrefix: "ci-"}
                    keyPairs: []
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - name: deploy_key
                        projectId: 0
                        publicKeyFile: keys/deploy.pub
                        tags: {team: web}
                      - name: other_key
                        renamedFrom: other_old
                        publicKey: %s
                """.formatted(Fixtures.text("ecdsa-256.pub").strip(), Fixtures.text("rsa-1024.pub").strip()));

        ManifestSet set = project.read();

        assertEquals(List.of(), set.errors());
        assertEquals(List.of("alibaba/cn-hangzhou", "alibaba/cn-beijing", "tencent/ap-guangzhou"),
                set.regions().stream().map(region -> region.address().toString()).toList());
        assertEquals(Optional.of(PruneScope.NONE), set.regions().get(0).prune());
        assertEquals(Optional.of(PruneScope.prefix("ci-")), set.regions().get(1).prune());
        assertEquals(Optional.of(PruneScope.ALL), set.regions().get(2).prune());
        assertEquals(new Source("keypairs.yaml", 4, 3), set.regions().get(0).source());

        DeclaredKeyPair deploy = set.keyPairs().get(0);
        assertEquals("alibaba/cn-hangzhou/deploy-key", deploy.address().toString());
        assertInstanceOf(KeySource.Inline.class, deploy.key());
        assertEquals(Map.of("owner", "platform"), deploy.tags());
        assertEquals(new Source("keypairs.yaml", 7, 9), deploy.source());

        DeclaredKeyPair ci = set.keyPairs().get(1);
        assertEquals(new KeySource.File("keys/ci.pub", Fixtures.text("rsa-2048.pub")), ci.key());
        assertEquals(Map.of("owner", "ci", "team", "finance"), ci.tags(), "the entry's tags override key by key");
        assertEquals("rg-aek2abc", ci.resourceGroupId());
        assertTrue(ci.protect());
        assertEquals(new Source("keypairs.yaml", 10, 9), ci.sourceOf("publicKeyFile"));

        KeySource.Create bastion = assertInstanceOf(KeySource.Create.class, set.keyPairs().get(2).key());
        assertEquals(base.resolve("secrets/bastion.pem").toAbsolutePath().normalize(), bastion.privateKeyFile());

        DeclaredKeyPair tencent = set.keyPairs().get(3);
        assertEquals(Provider.TENCENT, tencent.address().provider());
        assertEquals(0L, tencent.projectId());
        assertEquals(Map.of("owner", "platform", "team", "web"), tencent.tags(),
                "defaults' tags reach Tencent entries too, the entry's own beside them");
        assertEquals(new Source("keypairs.yaml", 27, 9), tencent.sourceOf("tags"));
        assertNull(tencent.resourceGroupId());
        assertNull(tencent.renamedFrom());
        DeclaredKeyPair renamed = set.keyPairs().get(4);
        assertEquals(0L, renamed.projectId(), "projectId defaults to 0");
        assertEquals("other_old", renamed.renamedFrom());
        assertEquals("tencent/ap-guangzhou/other_old", renamed.renamedFromAddress().toString());
        assertEquals(Map.of("owner", "platform"), renamed.tags());
        assertEquals(Set.of(renamed.renamedFromAddress()), set.renamedFromAddresses());
        assertFalse(set.declaredAddresses().contains(renamed.renamedFromAddress()), "the old name is not declared");

        assertEquals(List.of("keypairs.yaml", "keys/ci.pub", "keys/deploy.pub"),
                set.inputs().stream().map(ManifestInput::path).toList());
    }

    @Test
    void misspeltFieldsAreUnknownWithASuggestionAndAPosition() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPair:
                      - name: a
                    prnue: true
                defualts: {}
                """);

        List<Diagnostic> errors = project.read().errors();

        assertEquals(3, errors.size(), errors.toString());
        assertEquals(Diagnostic.of(ToolCode.UNKNOWN_FIELD, "unknown field 'defualts' at the top of a manifest;"
                + " did you mean 'defaults'?", null, new Source("keypairs.yaml", 6, 1)), errors.get(0));
        assertTrue(errors.get(1).message().contains("'keyPair'") && errors.get(1).message().contains("'keyPairs'"));
        assertEquals(new Source("keypairs.yaml", 3, 5), errors.get(1).source());
        assertEquals("alibaba/cn-hangzhou", errors.get(1).address());
        assertTrue(errors.get(2).message().contains("did you mean 'prune'?"), errors.get(2).message());
    }

    @Test
    void keyPairFieldsAreCheckedPerProvider() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - name: a
                        pubicKey: x
                        projectId: 3
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - name: b
                        publicKeyFile: keys/ci.pub
                        tags: {a: b}
                        renamedFrom: b_old
                        resourceGroupId: rg-x
                      - name: c
                        create: true
                        privateKeyFile: c.pem
                """);

        List<Diagnostic> errors = project.read().errors();
        List<String> messages = errors.stream().map(Diagnostic::message).toList();

        assertTrue(messages.contains("unknown field 'pubicKey' for alibaba key pairs; did you mean 'publicKey'?"),
                messages.toString());
        assertTrue(messages.contains("'projectId' exists for tencent key pairs only, not alibaba"), messages.toString());
        assertTrue(messages.contains("'resourceGroupId' exists for alibaba key pairs only, not tencent"));
        assertEquals(3, errors.stream().filter(error -> error.code() == ToolCode.UNKNOWN_FIELD).count(),
                "tags and renamedFrom are both providers' fields: " + messages);
        assertTrue(errors.stream().noneMatch(error -> "tencent/ap-guangzhou/c".equals(error.address())),
                "create: true is a Tencent field too (CreateKeyPair): " + errors);
    }

    @Test
    void missingAndConflictingFields() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - publicKeyFile: keys/ci.pub
                      - name: none
                      - name: two
                        publicKeyFile: keys/ci.pub
                        create: true
                        privateKeyFile: two.pem
                      - name: lost
                        create: true
                      - name: stray
                        publicKeyFile: keys/ci.pub
                        privateKeyFile: stray.pem
                      - name: disabled
                        create: false
                """);

        List<Diagnostic> errors = project.read().errors();

        assertEquals(List.of("MissingParameter", "MissingParameter", "ConflictingFields", "MissingParameter",
                "ConflictingFields", "MissingParameter"), errors.stream().map(error -> error.code().code()).toList());
        assertEquals("alibaba/cn-hangzhou/", errors.get(0).address());
        assertEquals("alibaba/cn-hangzhou/two", errors.get(2).address());
        assertTrue(errors.get(2).message().contains("publicKeyFile and create"), errors.get(2).message());
        assertTrue(errors.get(3).message().contains("would be lost"), errors.get(3).message());
    }

    @Test
    void wrongTypesAreManifestSyntaxWithTheirPosition() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    prune: sometimes
                    keyPairs:
                      - name: [a, b]
                        publicKeyFile: keys/ci.pub
                      - name: ok
                        publicKeyFile: keys/ci.pub
                        protect: "yes"
                        tags: [a]
                tencent:
                  ap-guangzhou:
                    keyPairs: {name: x}
                """);

        List<Diagnostic> errors = project.read().errors();

        assertEquals(5, errors.size(), errors.toString());
        errors.forEach(error -> assertEquals(ToolCode.MANIFEST_SYNTAX, error.code()));
        assertEquals(new Source("keypairs.yaml", 3, 12), errors.get(0).source());
        assertEquals("name must be a string, not a list", errors.get(1).message());
        assertEquals("protect must be true or false, not a string", errors.get(2).message());
        assertEquals("tags must be a mapping, not a list", errors.get(3).message());
        assertEquals("keyPairs must be a list, not a mapping", errors.get(4).message());
    }

    @Test
    void yamlBooleansWhereANameBelongsSayToQuote() {
        project.write("keypairs.yaml", "alibaba: {cn-hangzhou: {keyPairs: [{name: off, publicKeyFile: keys/ci.pub}]}}\n");
        Diagnostic error = project.read().errors().get(0);
        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("put the value in quotes"), error.message());
    }

    @Test
    void numbersAreKeptAsWrittenWhereAStringIsExpected() {
        project.write("keypairs.yaml", """
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - name: 0042
                        projectId: 0x10
                        publicKeyFile: keys/ci.pub
                """);

        ManifestSet set = project.read();

        assertEquals(List.of(), set.errors());
        assertEquals("tencent/ap-guangzhou/0042", set.keyPairs().get(0).address().toString());
        assertEquals(16L, set.keyPairs().get(0).projectId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"16, 16", "0x10, 16", "020, 16", "0b10000, 16", "0b1_0000, 16", "+0b10000, 16",
        "!!int 0B10000, 16", "1_6, 16",
        "0b111111111111111111111111111111111111111111111111111111111111111, 9223372036854775807"})
    void wholeNumbersAreReadInEveryRadixYamlWrites(String written, long value) {
        project.write("keypairs.yaml", "tencent:\n  ap-guangzhou:\n    keyPairs:\n      - name: ci\n        projectId: "
                + written + "\n        publicKeyFile: keys/ci.pub\n");

        ManifestSet set = project.read();

        assertEquals(List.of(), set.errors(), written);
        assertEquals(value, set.keyPairs().get(0).projectId(), written);
    }

    @Test
    void aBinaryNumberBeyond64BitsIsRefusedAsSuch() {
        project.write("keypairs.yaml", "policy: {minRsaBits: 0b1" + "0".repeat(64) + "}\n");

        Diagnostic error = project.read().errors().get(0);

        assertEquals(ToolCode.MANIFEST_SYNTAX, error.code());
        assertTrue(error.message().contains("fits in 64 bits"), error.message());
    }

    @Test
    void everyErrorOfEveryFileIsReportedAndDuplicatesNameBothPlaces() {
        project.write("manifests/a.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - name: shared
                        publicKeyFile: ../keys/ci.pub
                      - name: broken
                        publicKeyFile: ../keys/nope.pub
                """);
        project.write("manifests/b.yml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - name: shared
                        publicKeyFile: ../keys/deploy.pub
                      - name: bad
                        publicKey: x
                        whatever: 1
                """);
        project.write("manifests/notes.txt", "not a manifest");

        ManifestSet set = project.read("manifests");

        assertEquals(List.of("FileNotFound", "DuplicateAddress", "UnknownField"),
                set.errors().stream().map(error -> error.code().code()).toList());
        Diagnostic duplicate = set.errors().get(1);
        assertEquals("alibaba/cn-hangzhou/shared", duplicate.address());
        assertEquals(new Source("manifests/b.yml", 4, 9), duplicate.source());
        assertTrue(duplicate.message().contains("manifests/a.yaml:4:9"), duplicate.message());
        assertEquals(List.of("manifests/a.yaml", "keys/ci.pub", "manifests/b.yml", "keys/deploy.pub"),
                set.inputs().stream().map(ManifestInput::path).toList());
    }

    @Test
    void aRegionMayBeDeclaredInSeveralFilesButPruneInOnePlace() {
        project.write("a.yaml", "alibaba: {cn-hangzhou: {prune: true}}\n");
        project.write("b.yaml", "alibaba: {cn-hangzhou: {keyPairs: []}}\n");
        project.write("c.yaml", "alibaba: {cn-hangzhou: {prune: false}}\n");

        ManifestSet fine = project.read("a.yaml", "b.yaml");
        assertEquals(List.of(), fine.errors());
        assertEquals(1, fine.regions().size());
        assertEquals(Optional.of(PruneScope.ALL), fine.regions().get(0).prune());

        ManifestSet conflicting = project.read("a.yaml", "c.yaml");
        assertEquals(List.of("ConflictingFields"), conflicting.errors().stream().map(error -> error.code().code()).toList());
    }

    @Test
    void aMissingManifestSaysWhatToDo() {
        List<Diagnostic> errors = project.read().errors();
        assertEquals(1, errors.size());
        assertEquals(ToolCode.FILE_NOT_FOUND, errors.get(0).code());
        assertTrue(errors.get(0).message().contains("keypairs.manifests"), errors.get(0).message());
    }

    @Test
    void anEmptyManifestDeclaresNothing() {
        project.write("keypairs.yaml", "# nothing yet\n");
        ManifestSet set = project.read();
        assertTrue(set.isValid());
        assertTrue(set.keyPairs().isEmpty());
        assertTrue(set.regions().isEmpty());
    }

    @Test
    void byteOrderMarkAndCrLfAreFine() {
        project.write("keypairs.yaml", "\uFEFFalibaba:\r\n  cn-hangzhou:\r\n    keyPairs:\r\n"
                + "      - name: a\r\n        publicKeyFile: keys/ci.pub\r\n");
        ManifestSet set = project.read();
        assertEquals(List.of(), set.errors());
        assertEquals(new Source("keypairs.yaml", 4, 9), set.keyPairs().get(0).source());
    }

    @Test
    void defaultsApplyToTheirOwnFileOnly() {
        project.write("a.yaml", """
                defaults: {tags: {owner: a}, protect: true, resourceGroupId: rg-a}
                alibaba: {cn-hangzhou: {keyPairs: [{name: a, publicKeyFile: keys/ci.pub}]}}
                """);
        project.write("b.yaml", """
                defaults: {projectId: 7}
                alibaba: {cn-hangzhou: {keyPairs: [{name: b, publicKeyFile: keys/ci.pub, protect: false}]}}
                tencent: {ap-guangzhou: {keyPairs: [{name: t, publicKeyFile: keys/ci.pub}]}}
                """);

        ManifestSet set = project.read("a.yaml", "b.yaml");

        assertEquals(List.of(), set.errors());
        DeclaredKeyPair a = set.keyPairs().get(0);
        DeclaredKeyPair b = set.keyPairs().get(1);
        assertEquals(Map.of("owner", "a"), a.tags());
        assertTrue(a.protect());
        assertEquals("rg-a", a.resourceGroupId());
        assertEquals(Map.of(), b.tags());
        assertFalse(b.protect());
        assertEquals(7L, set.keyPairs().get(2).projectId());
    }

    @Test
    void aUtf16KeyFileIsTheProvidersMalformedKeyNotAMissingFile() throws Exception {
        Path key = project.base().resolve("keys/utf16.pub");
        Files.createDirectories(key.getParent());
        Files.write(key, ("\uFEFF" + Fixtures.text("rsa-2048.pub")).getBytes(StandardCharsets.UTF_16LE));
        project.write("keypairs.yaml", """
                alibaba: {cn-hangzhou: {keyPairs: [{name: a, publicKeyFile: keys/utf16.pub}]}}
                tencent: {ap-guangzhou: {keyPairs: [{name: t, publicKeyFile: keys/utf16.pub}]}}
                """);
        List<Diagnostic> errors = project.read().errors();
        assertEquals(List.of("InvalidPublicKeyBody.Malformed", "InvalidPublicKey.Malformed"),
                errors.stream().map(error -> error.code().code()).toList());
        assertTrue(errors.get(0).message().contains("is not UTF-8 text (it is UTF-16: save it as UTF-8)"),
                errors.get(0).message());
    }

    @Test
    void aTabIndentationHintIsNeverCutMidWord() {
        project.write("keypairs.yaml", "alibaba:\n\tcn-hangzhou:\n\t\tkeyPairs: []\n");
        String message = project.read().errors().get(0).message();
        assertTrue(message.contains("TAB"), message);
        String last = message.substring(message.lastIndexOf(' ') + 1);
        assertTrue(last.equals("…") || last.endsWith(")") || last.endsWith("."), "ends on a whole word: " + message);
    }

    @Test
    void pruneTakesTagsForEitherProviderAndNeedsACondition() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou: {prune: {tags: {managed-by: keypairs}, namePrefix: ci-}, keyPairs: []}
                  cn-shanghai: {prune: {}, keyPairs: []}
                tencent:
                  ap-guangzhou: {prune: {tags: {a: b}}, keyPairs: []}
                """);
        ManifestSet set = project.read();
        assertEquals(Optional.of(PruneScope.of("ci-", Map.of("managed-by", "keypairs"))), set.regions().get(0).prune());
        assertEquals(Optional.of(PruneScope.of(null, Map.of("a", "b"))), set.regions().get(2).prune());
        assertEquals(List.of("MissingParameter"), set.errors().stream().map(error -> error.code().code()).toList());
    }

    @Test
    void renamedFromIsNeverTheOwnNameNorTwiceTheSameNorADeclaredName() {
        project.write("keypairs.yaml", """
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: same, publicKeyFile: keys/ci.pub, renamedFrom: same}
                      - {name: first, publicKeyFile: keys/ci.pub, renamedFrom: old}
                      - {name: second, publicKeyFile: keys/ci.pub, renamedFrom: old}
                      - {name: third, publicKeyFile: keys/ci.pub, renamedFrom: kept}
                      - {name: fourth, publicKeyFile: keys/ci.pub, renamedFrom: 7}
                """);
        project.write("more.yaml", """
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: kept, publicKeyFile: keys/deploy.pub}
                      - {name: fifth, publicKeyFile: keys/ci.pub, renamedFrom: [x]}
                """);
        ManifestSet set = project.read("keypairs.yaml", "more.yaml");

        List<Diagnostic> errors = set.errors();
        assertEquals(List.of("ConflictingFields", "ConflictingFields", "ManifestSyntax", "ConflictingFields"),
                errors.stream().map(error -> error.code().code()).toList(), errors.toString());
        assertEquals(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom names the key pair's own name 'same';"
                + " give the name it had before, or leave renamedFrom out", "tencent/ap-guangzhou/same",
                new Source("keypairs.yaml", 4, 50)), errors.get(0));
        assertEquals(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom 'old' is given here and at"
                + " keypairs.yaml:5:51; a key pair can be renamed to one name only", "tencent/ap-guangzhou/second",
                new Source("keypairs.yaml", 6, 52)), errors.get(1));
        assertEquals("tencent/ap-guangzhou/fifth", errors.get(2).address());
        assertEquals(Diagnostic.of(ToolCode.CONFLICTING_FIELDS, "renamedFrom 'kept' names a key pair declared at"
                + " more.yaml:4:10; remove renamedFrom once the rename is applied, before the old name is declared"
                + " again", "tencent/ap-guangzhou/third", new Source("keypairs.yaml", 7, 51)), errors.get(3));

        Map<String, DeclaredKeyPair> byName = new java.util.HashMap<>();
        set.keyPairs().forEach(keyPair -> byName.put(keyPair.address().name(), keyPair));
        assertFalse(byName.get("same").complete());
        assertTrue(byName.get("first").complete(), "the first to name an old address keeps it");
        assertFalse(byName.get("second").complete());
        assertFalse(byName.get("third").complete(), "marked once every manifest is read");
        assertEquals("7", byName.get("fourth").renamedFrom(), "a number is read as the name it spells");
        assertTrue(byName.get("fourth").complete());
        assertEquals(Set.of("old", "kept", "7"), set.renamedFromAddresses().stream().map(Address::name)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aCharacterBeyondTheBmpReadsWhereverItFalls() {
        // SnakeYAML reads in chunks of 1,024 characters and failed when one ended inside a surrogate pair.
        for (int padding = 0; padding < 2100; padding += 1) {
            project.write("keypairs.yaml", "# " + "x".repeat(padding) + "\nalibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                    + "      - {name: k1, publicKey: '" + Fixtures.text("rsa-2048.pub").strip() + "', tags: {a: \"\uD83D\uDD11"
                    + "\uD83D\uDD11\uD83D\uDD11\"}}\n");
            ManifestSet set = project.read();
            assertEquals(List.of(), set.errors(), "padding " + padding);
            assertEquals("\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11", set.keyPairs().get(0).tags().get("a"));
        }
    }

    @Test
    void aPrivateKeyFileUnderTildeIsInTheHomeDirectory() {
        project.write("keypairs.yaml", """
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: a, create: true, privateKeyFile: ~/.ssh/a.pem}
                      - {name: b, create: true, privateKeyFile: ~//.ssh/b.pem}
                      - {name: c, create: true, privateKeyFile: ~c.pem}
                """);
        ManifestSet set = project.read();
        assertEquals(List.of(), set.errors());
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(List.of(home.resolve(".ssh/a.pem"), home.resolve(".ssh/b.pem"),
                base.resolve("~c.pem").toAbsolutePath().normalize()), set.keyPairs().stream()
                .map(keyPair -> ((KeySource.Create) keyPair.key()).privateKeyFile()).toList());
    }

    @Test
    void yamlsBooleanWordsMeanWhatTheySay() {
        // YAML 1.1 reads yes, on and true as true (lower case, capitalised or upper case; y under an explicit !!bool),
        // no, off and false as false:
        // `protect: yes` must protect, never read as false.
        Map<String, Boolean> words = Map.ofEntries(Map.entry("yes", true), Map.entry("Yes", true),
                Map.entry("ON", true), Map.entry("true", true), Map.entry("True", true), Map.entry("!!bool y", true),
                Map.entry("no", false), Map.entry("Off", false), Map.entry("FALSE", false), Map.entry("!!bool n", false));
        for (Map.Entry<String, Boolean> word : words.entrySet()) {
            ManifestSet manifests = ManifestReader.readText("words", "alibaba:\n  cn-hangzhou:\n    prune: "
                    + word.getKey() + "\n    keyPairs:\n      - name: deploy\n        protect: " + word.getKey()
                    + "\n        publicKey: '" + Fixtures.text("rsa-2048.pub").strip() + "'\n");
            assertEquals(List.of(), manifests.errors(), word.getKey());
            assertEquals(word.getValue(), manifests.keyPairs().get(0).protect(), "protect: " + word.getKey());
            assertEquals(Optional.of(word.getValue() ? PruneScope.ALL : PruneScope.NONE),
                    manifests.regions().get(0).prune(), "prune: " + word.getKey());
        }
    }

    @Test
    void yAndNAndOtherCasingsOfTheWordsAreText() {
        // manifests.md: the boolean words in lower case, capitalised or upper case; y and n only under !!bool.
        for (String word : List.of("y", "Y", "n", "N", "nO", "oFF", "tRUE")) {
            ManifestSet manifests = ManifestReader.readText("words", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                    + "      - name: deploy\n        tags: {flag: " + word + "}\n        publicKey: '"
                    + Fixtures.text("rsa-2048.pub").strip() + "'\n");
            assertEquals(List.of(), manifests.errors(), word);
            assertEquals(Map.of("flag", word), manifests.keyPairs().get(0).tags(), word);
        }
    }
}
