package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.project.ToolCode;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.KeyFileName;
import dev.keypairs.manifest.ManifestWriter;
import dev.keypairs.plan.Plan;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.GoalWords;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TestKeys;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random accounts, exported, then planned against the same store: {@code No changes.} and nothing unmanaged in
 * the exported regions, whatever the names (at the edges of both providers' rules), keys (every type Alibaba takes,
 * certificates among them), tags (empty values, quotes, line breaks), resource groups, projects, created key pairs.
 */
class ExportPropertyTest {

    private static final long SEED = 20_261_201L;
    private static final int ACCOUNTS = 300;
    private static final List<String> ALIBABA_REGIONS = List.of("cn-hangzhou", "cn-shanghai", "ap-southeast-1");
    private static final List<String> TENCENT_REGIONS = List.of("ap-guangzhou", "ap-beijing", "ap-shanghai");
    private static final List<String> ALIBABA_KEYS = List.of("rsa-1024.pub", "rsa-2048.pub", "rsa-4096.pub",
            "dsa-1024.pub", "ecdsa-256.pub", "ecdsa-384.pub", "ecdsa-521.pub", "rsa-2048-cert.pub",
            "ecdsa-256-cert.pub", "dsa-1024-cert.pub", "rsa-2048.rfc4716");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALIBABA_REST = LETTERS + "0123456789:_-éßЖ中文٣ﬁ";
    private static final String TENCENT_CHARS = LETTERS + "0123456789_";
    private static final String TENCENT_TAG_CHARS = LETTERS + "0123456789 +-=._:/@()[],;><中文部门（）【】：";

    @TempDir
    Path base;

    @Test
    void everyExportedAccountPlansClean() throws Exception {
        Random random = new Random(SEED);
        int keyPairs = 0;
        for (int account = 0; account < ACCOUNTS; account++) {
            keyPairs += exportAndPlan(random, account);
        }
        assertTrue(keyPairs > ACCOUNTS * 4, "the accounts held key pairs: " + keyPairs);
    }

    private int exportAndPlan(Random random, int account) throws Exception {
        String uri = "memory:export-" + UUID.randomUUID() + "?rateLimit=off";
        // Held open for the whole test: an in-memory account lives while a handle is open.
        try (KeyPairStore store = KeyPairStores.open(uri)) {
            List<String> globs = new ArrayList<>();
            int count = 0;
            for (String region : pick(random, ALIBABA_REGIONS)) {
                globs.add("alibaba/" + region);
                count += fillAlibaba(random, store, region);
            }
            List<String> tencent = pick(random, TENCENT_REGIONS);
            if (!tencent.isEmpty()) {
                globs.add(random.nextBoolean() ? "tencent/*" : "tencent/" + String.join(",tencent/", tencent));
            }
            for (String region : tencent) {
                count += fillTencent(random, store, region);
            }
            if (globs.isEmpty()) {
                globs.add("alibaba/cn-hangzhou");
            }
            Path project = Files.createDirectories(base.resolve("account-" + account));
            ExportReport report = new Keypairs(Configurations.of(project, uri), new RecordingReporter())
                    .export(new ExportOptions(List.of(String.join(",", globs).split(",")), null, false));
            assertEquals(count, report.keyPairs(), "every key pair exported, account " + account);
            assertEquals(List.of(), report.leftOut());

            Plan plan = new Keypairs(Configurations.failingOnChanges(project, uri), new RecordingReporter())
                    .plan().plan();
            assertFalse(plan.summary().hasChanges(), () -> "account " + account + ": " + plan.changes());
            assertEquals(List.of(), plan.errors(), "account " + account);
            assertEquals(List.of(), plan.unmanaged(), "nothing unmanaged in the exported regions, account " + account);
            return count;
        }
    }

    private static List<String> pick(Random random, List<String> regions) {
        List<String> picked = new ArrayList<>();
        for (String region : regions) {
            if (random.nextInt(3) > 0) {
                picked.add(region);
            }
        }
        return picked;
    }

    private static int fillAlibaba(Random random, KeyPairStore store, String region) throws Exception {
        int count = random.nextInt(6);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = alibabaName(random);
            if (!names.add(name)) {
                name = name.substring(0, Math.min(name.length(), 100)) + "x" + i;
                names.add(name);
            }
            List<Tag> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                String key = random.nextInt(4) == 0 ? "key \"" + t + "\": # ü\u2028" : "k" + t + LETTERS.charAt(random.nextInt(26));
                tags.add(new Tag(key, tagValue(random)));
            }
            String group = random.nextInt(3) == 0 ? "rg-" + Integer.toString(random.nextInt(1 << 20), 36) : null;
            if (random.nextInt(40) == 0) {
                store.createKeyPair(AlibabaKeyPairRequest.creating(region, name, tags, group)).privateKeyBody().erase();
            } else {
                store.importKeyPair(AlibabaKeyPairRequest.importing(region, name,
                        Fixtures.text(ALIBABA_KEYS.get(random.nextInt(ALIBABA_KEYS.size()))), tags, group));
            }
        }
        return count;
    }

    private static int fillTencent(Random random, KeyPairStore store, String region) throws Exception {
        int count = random.nextInt(5);
        Set<String> names = new HashSet<>();
        int key = random.nextInt(500);
        for (int i = 0; i < count; i++) {
            String name;
            do {
                name = random(random, TENCENT_CHARS, random.nextInt(4) == 0 ? 25 : 1 + random.nextInt(24));
            } while (!names.add(name));
            long project = random.nextInt(3) == 0 ? 0 : random.nextInt(100_000);
            List<Tag> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                // Tencent's tag characters, at the edges of its lengths now and then; a key never starts reserved.
                tags.add(new Tag("k" + t + tencentTagText(random, random.nextInt(6) == 0 ? 125 : random.nextInt(12)),
                        tencentTagText(random, random.nextInt(6) == 0 ? 255 : 1 + random.nextInt(20))));
            }
            if (random.nextInt(40) == 0) {
                store.createKeyPair(TencentKeyPairRequest.creating(region, name, project, tags)).privateKeyBody()
                        .erase();
            } else {
                store.importKeyPair(TencentKeyPairRequest.importing(region, name, TestKeys.rsa(key + i), project,
                        tags));
            }
        }
        return count;
    }

    /** Text Tencent takes in a tag: its letters, digits, specials and Chinese, a space only inside. */
    private static String tencentTagText(Random random, int length) {
        StringBuilder text = new StringBuilder(random(random, TENCENT_TAG_CHARS, length));
        if (text.length() > 0 && text.charAt(0) == ' ') {
            text.setCharAt(0, 'x');
        }
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setCharAt(text.length() - 1, 'x');
        }
        return text.toString();
    }

    /** 2 to 128 code points, first an ASCII letter: both edges often. */
    private static String alibabaName(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 2;
            case 1 -> 128;
            default -> 2 + random.nextInt(40);
        };
        return LETTERS.charAt(random.nextInt(LETTERS.length())) + random(random, ALIBABA_REST, length - 1);
    }

    private static String tagValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "quote \" backslash \\ colon: hash # end";
            case 2 -> "line\nbreak\ttab";
            case 3 -> "ünïcødé 中文 \u0085 \u2029 \uD83D\uDD11";
            default -> random(random, LETTERS, 1 + random.nextInt(20));
        };
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return out.toString();
    }

    @Test
    void keyFileNamesAreSafeAndOneToOne() {
        Address region = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");
        assertEquals("keys/alibaba/cn-hangzhou/deploy-key.pub", KeyFileName.of(region.keyPair("deploy-key")));
        assertEquals("keys/alibaba/cn-hangzhou/^deploy.pub", KeyFileName.of(region.keyPair("Deploy")));
        assertEquals("keys/alibaba/cn-hangzhou/ci%3Akey.pub", KeyFileName.of(region.keyPair("ci:key")));
        assertEquals("keys/alibaba/cn-hangzhou/%E4%B8%AD.pub", KeyFileName.of(region.keyPair("中")));
        assertEquals("keys/alibaba/cn-hangzhou/%63on.pub", KeyFileName.of(region.keyPair("con")));
        Random random = new Random(SEED);
        Set<String> names = new HashSet<>();
        Set<String> files = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String name = random.nextBoolean() ? alibabaName(random) : random(random, TENCENT_CHARS, 1 + random.nextInt(4));
            if (names.add(name)) {
                String file = KeyFileName.of(region.keyPair(name)).toLowerCase(Locale.ROOT);
                assertTrue(files.add(file), "two names, one file (ignoring case): " + name);
                assertTrue(file.matches("[a-z0-9/_%^~.-]+"), file);
                assertTrue(file.substring(file.lastIndexOf('/') + 1).length() <= 255, file);
            }
        }
    }

    @Test
    void refusalsAreCodedAndWriteNothing() throws Exception {
        String uri = "memory:export-refusals-" + UUID.randomUUID();
        try (KeyPairStore store = KeyPairStores.open(uri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", Fixtures.text("rsa-2048.pub"),
                    List.of(), null));
            Path project = Files.createDirectories(base.resolve("refusals"));
            Configuration configuration = Configurations.of(project, uri);
            List<String[]> cases = List.of(
                    new String[] {"", "NoExportRegions"},
                    new String[] {"azure/*", "UnknownProvider"},
                    new String[] {"alibaba/cn-atlantis-*", "NoSuchRegion"});
            for (String[] refusal : cases) {
                InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                        () -> new Keypairs(configuration, new RecordingReporter())
                                .export(new ExportOptions(List.of(refusal[0]), null, false)));
                assertEquals(refusal[1], refused.code().code(), refused.getMessage());
                assertEquals(Setting.EXPORT_REGIONS, refused.setting());
            }
            InvalidConfigurationException outside = assertThrows(InvalidConfigurationException.class,
                    () -> new Keypairs(configuration, new RecordingReporter())
                            .export(new ExportOptions(List.of("alibaba/*"), Path.of("../elsewhere.yaml"), false)));
            assertEquals(new ConfigurationProblem.ExportOutsideProject("../elsewhere.yaml", project), outside.problem());
            assertEquals(ToolCode.FILE_OUTSIDE_PROJECT, outside.code());
            Files.writeString(project.resolve("keypairs.yaml"), "# mine\n");
            InvalidConfigurationException exists = assertThrows(InvalidConfigurationException.class,
                    () -> new Keypairs(configuration, new RecordingReporter())
                            .export(new ExportOptions(List.of("alibaba/*"), null, false)));
            assertEquals(new ConfigurationProblem.ExportFileExists("keypairs.yaml"), exists.problem());
            assertEquals(ToolCode.FILE_EXISTS, exists.code());
            assertEquals("# mine\n", Files.readString(project.resolve("keypairs.yaml")));
            assertFalse(Files.exists(project.resolve("keys")), "nothing was written");
            assertFalse(Files.exists(base.resolve("elsewhere.yaml")));

            ExportReport overwritten = new Keypairs(configuration, new RecordingReporter())
                    .export(new ExportOptions(List.of("alibaba/*"), null, true));
            assertEquals(1, overwritten.keyPairs());
            assertTrue(Files.readString(project.resolve("keypairs.yaml")).contains("name: \"deploy\""));
        }
    }

    @Test
    void onlyTheRegionsHoldingKeyPairsAreWrittenUnlessEveryRegionIsAskedFor() throws Exception {
        String uri = "memory:export-regions-" + UUID.randomUUID() + "?rateLimit=off";
        try (KeyPairStore store = KeyPairStores.open(uri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", Fixtures.text("rsa-2048.pub"),
                    List.of(), null));
            store.importKeyPair(TencentKeyPairRequest.importing("ap-bangkok", "bulk_7", Fixtures.text("rsa-3072.pub"),
                    0L));
            int matched = Exporter.regions(List.of("alibaba/*", "tencent/*"), Rules.builtIn()).size();
            assertTrue(matched > 40, "both catalogues: " + matched);

            Path project = Files.createDirectories(base.resolve("held-only"));
            RecordingReporter reporter = new RecordingReporter();
            ExportReport report = new Keypairs(Configurations.of(project, uri), reporter)
                    .export(new ExportOptions(List.of("alibaba/*", "tencent/*"), null, false));
            String manifest = Files.readString(project.resolve("keypairs.yaml"));
            assertTrue(manifest.startsWith(ManifestWriter.SCHEMA_LINE + "\n# Written by keypairs:export"), manifest);
            assertEquals("# yaml-language-server: $schema=https://keypairs.dev/keypairs.schema.json",
                    ManifestWriter.SCHEMA_LINE, "the schema's $id (keypairs.schema.json), as the YAML language server reads it");
            assertFalse(manifest.contains("keyPairs: []"), manifest);
            assertTrue(manifest.contains("\"cn-hangzhou\"") && manifest.contains("\"ap-bangkok\""), manifest);
            assertEquals(2, report.regions());
            assertTrue(reporter.lines.contains(GoalWords.exported(2, 2, "keypairs.yaml", 0, matched - 2)),
                    reporter.text());
            Plan plan = new Keypairs(Configurations.failingOnChanges(project, uri), new RecordingReporter())
                    .plan().plan();
            assertEquals(2, plan.changes().size());
            assertEquals(Set.of("alibaba/cn-hangzhou", "tencent/ap-bangkok"), plan.changes().stream()
                    .map(change -> change.address().regionAddress().toString()).collect(java.util.stream.Collectors.toSet()),
                    "the plan reads the regions holding key pairs only");

            Path every = Files.createDirectories(base.resolve("every-region"));
            ExportReport all = new Keypairs(Configurations.of(every, uri), new RecordingReporter())
                    .export(new ExportOptions(List.of("alibaba/*", "tencent/*"), null, false, true));
            assertEquals(matched, all.regions());
            String everyManifest = Files.readString(every.resolve("keypairs.yaml"));
            assertEquals(matched - 2, everyManifest.split("keyPairs: \\[]", -1).length - 1, everyManifest);
            assertFalse(new Keypairs(Configurations.failingOnChanges(every, uri), new RecordingReporter())
                    .plan().plan().summary().hasChanges());
        }
    }

    @Test
    void aMisspeltRegionOrProviderGetsTheClosestId() {
        Rules rules = Rules.builtIn();
        InvalidConfigurationException region = assertThrows(InvalidConfigurationException.class,
                () -> Exporter.regions(List.of("tencent/ap-bangkog"), rules));
        assertEquals("tencent/ap-bangkok", ((ConfigurationProblem.NoSuchRegion) region.problem()).suggestion());
        InvalidConfigurationException provider = assertThrows(InvalidConfigurationException.class,
                () -> Exporter.regions(List.of("tencnet/*"), rules));
        assertEquals(new ConfigurationProblem.UnknownProvider("tencnet/*", "tencent/*"), provider.problem());
        InvalidConfigurationException both = assertThrows(InvalidConfigurationException.class,
                () -> Exporter.regions(List.of("alibab/cn-hangzou"), rules));
        assertEquals(new ConfigurationProblem.UnknownProvider("alibab/cn-hangzou", "alibaba/cn-hangzhou"),
                both.problem());
        InvalidConfigurationException far = assertThrows(InvalidConfigurationException.class,
                () -> Exporter.regions(List.of("azure/*"), rules));
        assertEquals(new ConfigurationProblem.UnknownProvider("azure/*", null), far.problem());
    }

    @Test
    void aKeyPairWhoseKeyTheStoreDoesNotReturnIsNamedAndLeftOut() throws Exception {
        String uri = "memory:export-fingerprints-only-" + UUID.randomUUID();
        try (KeyPairStore real = KeyPairStores.open(uri)) {
            real.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "kept", Fixtures.text("rsa-2048.pub"),
                    List.of(), null));
            real.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "opaque", Fixtures.text("rsa-3072.pub"),
                    List.of(), null));
            // As a cloud that answers fingerprints only, for one of them.
            KeyPairStore fingerprintsOnly = (KeyPairStore) Proxy.newProxyInstance(
                    KeyPairStore.class.getClassLoader(), new Class<?>[] {KeyPairStore.class}, (proxy, method, args) -> {
                        Object answer = method.invoke(real, args);
                        if (answer instanceof DescribeKeyPairsResponse page) {
                            return new DescribeKeyPairsResponse(page.requestId(), page.keyPairs()
                                    .stream().map(keyPair -> !keyPair.name().equals("opaque") ? keyPair
                                            : new StoredKeyPair(keyPair.provider(),
                                                    keyPair.regionId(), keyPair.name(), null, keyPair.fingerprint(),
                                                    null, keyPair.tags(), null, null, keyPair.createdAt()))
                                    .toList(), page.totalCount(), page.pageNumber(), page.pageSize());
                        }
                        return answer;
                    });
            Path project = Files.createDirectories(base.resolve("opaque"));
            RecordingReporter reporter = new RecordingReporter();
            Rules rules = Rules.builtIn();
            ExportReport report = new Exporter(new ProjectPaths(project),
                    new ExportOptions(List.of("alibaba/cn-hangzhou"), null, false), reporter)
                    .export(fingerprintsOnly, StoreCalls.once(), Exporter.regions(List.of("alibaba/cn-hangzhou"), rules),
                            rules);
            assertEquals(1, report.keyPairs());
            assertEquals(List.of("alibaba/cn-hangzhou/opaque"), report.leftOut());
            assertTrue(reporter.lines.contains("WARN " + GoalWords.leftOutWithoutPublicKey("alibaba/cn-hangzhou/opaque")),
                    reporter.text());
            assertFalse(Files.readString(project.resolve("keypairs.yaml")).contains("opaque"));
        }
    }

    @Test
    void keyFilesAreNeverWrittenThroughALinkOutOfTheProjectNorOverAnother() throws Exception {
        String uri = "memory:export-links-" + UUID.randomUUID();
        try (KeyPairStore store = KeyPairStores.open(uri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", Fixtures.text("rsa-2048.pub"),
                    List.of(), null));
            Path project = Files.createDirectories(base.resolve("linked"));
            Path outside = Files.createDirectories(base.resolve("outside"));
            Files.createDirectories(project.resolve("keys/alibaba"));
            Files.createSymbolicLink(project.resolve("keys/alibaba/cn-hangzhou"), outside);
            InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                    () -> new Keypairs(Configurations.of(project, uri), new RecordingReporter())
                            .export(new ExportOptions(List.of("alibaba/*"), null, true)));
            assertEquals(new ConfigurationProblem.KeyFileOutsideProject("keys/alibaba/cn-hangzhou/deploy.pub", project),
                    refused.problem());
            try (var listed = Files.list(outside)) {
                assertEquals(0, listed.count(), "nothing written through the link");
            }
            assertFalse(Files.exists(project.resolve("keypairs.yaml")));

            Files.delete(project.resolve("keys/alibaba/cn-hangzhou"));
            Path mine = Files.createDirectories(project.resolve("keys/alibaba/cn-hangzhou")).resolve("deploy.pub");
            Files.writeString(mine, "my own key\n");
            InvalidConfigurationException exists = assertThrows(InvalidConfigurationException.class,
                    () -> new Keypairs(Configurations.of(project, uri), new RecordingReporter())
                            .export(new ExportOptions(List.of("alibaba/*"), null, false)));
            assertEquals(new ConfigurationProblem.ExportFileExists("keys/alibaba/cn-hangzhou/deploy.pub"),
                    exists.problem());
            assertEquals("my own key\n", Files.readString(mine));

            Files.writeString(mine.resolveSibling("gone.pub"), "an earlier export's\n");
            RecordingReporter reporter = new RecordingReporter();
            new Keypairs(Configurations.of(project, uri), reporter)
                    .export(new ExportOptions(List.of("alibaba/*"), null, true));
            assertEquals(Fixtures.key("rsa-2048.pub").toOpenSshLine() + "\n", Files.readString(mine));
            assertTrue(reporter.lines.contains("WARN " + GoalWords.keyFileNoLongerHeld("keys/alibaba/cn-hangzhou/gone.pub")),
                    reporter.text());
            assertTrue(Files.exists(mine.resolveSibling("gone.pub")), "said, never deleted");
        }
    }
}
