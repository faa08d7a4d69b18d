package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Summary;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.GoalWords;
import dev.keypairs.render.Moved;
import dev.keypairs.render.PlanMarkdown;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals end to end through the engine's entry points, on the embedded store. */
class KeypairsTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();

    @TempDir
    Path base;
    ManifestProject project;
    String storeUri;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base.resolve("project"));
        storeUri = "sqlite:" + base.resolve("store.db") + "?rateLimit=off";
    }

    Configuration configuration(Path savedPlan) {
        return Configuration.of(project.base()).withStore(storeUri).withSavedPlan(savedPlan);
    }

    /** The run of this configuration, reporting to this reporter. */
    static Keypairs run(Configuration configuration, Reporter reporter) {
        return new Keypairs(configuration, reporter);
    }

    void manifest(String... keyPairs) {
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    prune: true\n    keyPairs:\n"
                + String.join("\n", keyPairs) + "\n");
    }

    static String keyPair(String name, String key) {
        return "      - {name: " + name + ", publicKey: '" + key + "'}";
    }

    @Test
    void aSavedPlanIsAppliedExactly() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        PlanReport saved = run(configuration(null), new RecordingReporter()).plan();
        Path savedCopy = Files.copy(saved.planJson(), base.resolve("saved-plan.json"));
        RecordingReporter reporter = new RecordingReporter();

        ApplyReport report = run(configuration(savedCopy), reporter).apply();

        assertEquals(Map.of(Action.IMPORT, 2), report.result().done());
        assertTrue(reporter.lines.contains(GoalWords.savedPlanMatches(savedCopy)), reporter.text());
        assertEquals(saved.plan().basis(), report.plan().basis());
        assertTrue(Files.exists(report.applyJson()));
    }

    @Test
    void aSettingGivenEmptyIsRefusedNeverTheDefault() {
        manifest(keyPair("ka", RSA));
        InvalidConfigurationException empty = assertThrows(InvalidConfigurationException.class,
                () -> run(Configuration.of(project.base()).withStore(" ").withGivenEmpty(Set.of(Setting.OUT)),
                        new RecordingReporter()).plan());
        assertEquals(ToolCode.EMPTY_SETTING, empty.code());
        assertEquals(new ConfigurationProblem.EmptySettings(List.of("keypairs.store", "keypairs.out")), empty.problem());
        assertEquals(Setting.STORE, empty.setting());
        assertFalse(Files.exists(project.base().resolve("target")), "no plan written");
        InvalidConfigurationException emptyList = assertThrows(InvalidConfigurationException.class,
                () -> run(Configuration.of(project.base()).withManifests(List.of("")), new RecordingReporter())
                        .validate(), "an empty manifest list is given empty too");
        assertEquals(Setting.MANIFESTS, emptyList.setting());
    }

    @Test
    void aSavedPlanIsRefusedAsStaleSayingWhatMoved() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "ka", RSA_3072, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "stray", RSA, List.of(), null));
        }

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> run(configuration(saved), new RecordingReporter()).apply());

        assertEquals(ToolCode.STALE_PLAN, stale.code());
        assertEquals(saved, stale.file());
        Moved.Replanned ka = replanned(stale, "alibaba/cn-hangzhou/ka");
        assertEquals("import", ka.then().action());
        assertEquals("not in store", ka.then().reason());
        assertTrue(ka.then().after() != null && ka.then().before() == null, "the import's key, which its reason does"
                + " not name");
        assertEquals("replace", ka.now().action());
        assertTrue(ka.now().reason().startsWith("key changed: "), ka.now().reason());
        assertTrue(stale.moved().stream().anyMatch(moved -> moved instanceof Moved.NotPlanned unplanned
                && unplanned.address().equals("alibaba/cn-hangzhou/stray") && unplanned.now().action().equals("delete")
                && unplanned.now().reason().equals("not declared; prune")), stale.moved().toString());
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            assertEquals(2, dev.keypairs.store.RegionListing.read(store, dev.keypairs.provider.Provider.ALIBABA,
                    "cn-hangzhou", 50).keyPairs().size(), "nothing applied");
        }
    }

    @Test
    void aStalePlanNamesTheTagChangeThatMoved() throws Exception {
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '1'}}");
        run(configuration(null), new RecordingReporter()).apply();
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '2'}}");
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '3'}}");

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> run(configuration(saved), new RecordingReporter()).apply());

        Moved.Replanned ka = (Moved.Replanned) stale.moved().get(0);
        assertEquals(List.of("alibaba/cn-hangzhou/ka", "update", "tags cc: 1 → 2", "update", "tags cc: 1 → 3"),
                List.of(ka.address(), ka.then().action(), ka.then().reason(), ka.now().action(), ka.now().reason()));
        assertEquals(1, stale.moved().size(), "no claim that the planned actions are the same");
    }

    @Test
    void aChangedManifestMakesTheSavedPlanStaleToo() throws Exception {
        manifest(keyPair("ka", RSA));
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        manifest(keyPair("ka", RSA_3072));
        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> run(configuration(saved), new RecordingReporter()).apply());
        assertEquals("import", replanned(stale, "alibaba/cn-hangzhou/ka").then().action());
    }

    @Test
    void aSavedPlanThatHasLandedAppliesAsAlreadyAppliedWithNoCalls() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        run(configuration(saved), new RecordingReporter()).apply();
        RecordingReporter reporter = new RecordingReporter();

        // The CI job re-run: the same saved plan, every change of it in the store already.
        ApplyReport again = run(configuration(saved), reporter).apply();

        assertTrue(reporter.lines.contains(GoalWords.savedPlanAlreadyApplied(saved)), reporter.text());
        assertFalse(again.plan().summary().hasChanges());
        assertEquals(List.of(), again.result().calls());
        assertTrue(Files.exists(again.applyJson()), "every apply writes apply.json");
    }

    @Test
    void aSavedPlanLandedOtherwiseIsStale() throws Exception {
        manifest(keyPair("ka", RSA));
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        manifest(keyPair("ka", RSA_3072));
        run(configuration(null), new RecordingReporter()).apply();

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> run(configuration(saved), new RecordingReporter()).apply());

        Moved.Replanned ka = replanned(stale, "alibaba/cn-hangzhou/ka");
        assertEquals(List.of("import", "no-op"), List.of(ka.then().action(), ka.now().action()));
    }

    @Test
    void aStalePlanNamesTheUnmanagedKeyPairsThatMoved() throws Exception {
        project.write("keypairs.yaml", "tencent:\n  ap-bangkok:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\n");
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(TencentKeyPairRequest.importing("ap-bangkok", "bulk_7", RSA_3072, 0L));
            store.importKeyPair(TencentKeyPairRequest.importing("ap-bangkok", "bulk_8",
                    Fixtures.text("rsa-4096.pub").strip(), 0L));
        }
        Path saved = Files.copy(run(configuration(null), new RecordingReporter()).plan().planJson(),
                base.resolve("saved-plan.json"));
        dev.keypairs.store.StoredKeyPair bulk7;
        dev.keypairs.store.StoredKeyPair bulk9;
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            bulk7 = held(store, "bulk_7");
            store.deleteKeyPairs(DeleteKeyPairsRequest.of(dev.keypairs.provider.Provider.TENCENT, "ap-bangkok",
                    List.of(bulk7.keyId())));
            store.importKeyPair(TencentKeyPairRequest.importing("ap-bangkok", "bulk_9",
                    Fixtures.text("rsa-1024.pub").strip(), 0L));
            bulk9 = held(store, "bulk_9");
        }

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> run(configuration(saved), new RecordingReporter()).apply());

        assertEquals(List.of(new Moved.Unmanaged("tencent/ap-bangkok/bulk_7", bulk7.fingerprint(), null),
                new Moved.Unmanaged("tencent/ap-bangkok/bulk_9", null, bulk9.fingerprint())), stale.moved());
        assertTrue(stale.getMessage().contains("tencent/ap-bangkok/bulk_7: "), stale.getMessage());
    }

    @Test
    void somethingThatIsNotAPlanIsRefused() throws Exception {
        Path notAPlan = Files.writeString(base.resolve("x.json"), "{\"hello\": 1}");
        manifest(keyPair("ka", RSA));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> run(configuration(notAPlan), new RecordingReporter()).apply());
        assertEquals(new ConfigurationProblem.NotASavedPlan(notAPlan, Plan.FORMAT_VERSION), e.problem());
        assertEquals(ToolCode.INVALID_SETTING, e.code());
        assertEquals(Setting.PLAN, e.setting());
    }

    @Test
    void destroyDeletesWhatIsDeclaredOnlyAndProtectRefuses() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        run(configuration(null), new RecordingReporter()).apply();
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "undeclared", RSA, List.of(), null));
        }
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n" + keyPair("ka", RSA) + "\n"
                + "      - {name: kb, publicKey: '" + RSA + "', protect: true}\n");
        PlanErrorsException refused = assertThrows(PlanErrorsException.class,
                () -> run(configuration(null), new RecordingReporter()).destroy(Approval.GIVEN));
        assertEquals(ToolCode.PLAN_ERRORS, refused.code());
        assertEquals(List.of(ToolCode.PROTECTED), refused.errors().stream().map(error -> error.code())
                .toList());

        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        List<Summary> asked = new ArrayList<>();
        NotApprovedException declined = assertThrows(NotApprovedException.class, () -> run(configuration(null),
                new RecordingReporter()).destroy(summary -> asked.add(summary) && false));
        assertEquals(List.of(2), asked.stream().map(Summary::deletes).toList(), "asked once, after the plan");
        assertEquals(ToolCode.NOT_APPROVED, declined.code());
        assertEquals(2, declined.deletes());
        assertEquals(Setting.AUTO_APPROVE, declined.setting());
        PlanReport preview = run(configuration(null).withDestroy(true), new RecordingReporter()).plan();
        assertEquals(2, preview.plan().summary().deletes(), "keypairs.destroy previews it, and nothing was deleted");

        ApplyReport destroyed = run(configuration(null), new RecordingReporter()).destroy(Approval.GIVEN);

        assertEquals(Map.of(Action.DELETE, 2), destroyed.result().done());
        RecordingReporter show = new RecordingReporter();
        run(configuration(null), show).show();
        assertTrue(show.text().contains("  undeclared  [not declared]  ssh-rsa 2048"), show.text());
        assertTrue(show.text().contains("1 key pair, 0 declared, 1 not declared."), show.text());
    }

    @Test
    void showNeedsNoManifest() throws Exception {
        Files.createDirectories(project.base());
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-beijing", "lonely", RSA, List.of(), null));
        }
        RecordingReporter show = new RecordingReporter();
        run(configuration(null), show).show();
        assertTrue(show.text().contains("alibaba/cn-beijing (1 key pair)"), show.text());
        assertTrue(show.text().contains("  lonely  ssh-rsa 2048  MD5 "), show.text());
        assertFalse(show.text().contains("declared"), show.text());
    }

    @Test
    void applyPrintsProgressAndTheSummaryAndNothingTheSecondTime() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA), keyPair("kc", RSA));
        RecordingReporter first = new RecordingReporter();
        run(configuration(null), first).apply();
        assertTrue(first.lines.contains(GoalWords.progress("alibaba/cn-hangzhou", 3, 0, 3)), first.text());
        assertTrue(first.lines.contains("Apply complete: imported 3, created 0, replaced 0, updated 0, deleted 0."));

        RecordingReporter second = new RecordingReporter();
        run(configuration(null), second).apply();
        assertTrue(second.lines.contains("No changes."), second.text());
        assertTrue(second.lines.contains(GoalWords.nothingToApply()), second.text());
    }

    private static dev.keypairs.store.StoredKeyPair held(KeyPairStore store, String name) throws Exception {
        return dev.keypairs.store.RegionListing.read(store, dev.keypairs.provider.Provider.TENCENT, "ap-bangkok", 100)
                .keyPairs().stream().filter(keyPair -> keyPair.name().equals(name)).findFirst().orElseThrow();
    }

    private static Moved.Replanned replanned(StalePlanException stale, String address) {
        return stale.moved().stream().filter(Moved.Replanned.class::isInstance).map(Moved.Replanned.class::cast)
                .filter(moved -> moved.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError(address + " not among " + stale.moved()));
    }

    @Test
    void aPlanThatFailsBeforePlanningLeavesNoEarlierPlanBehindAndSaysWhyInPlanMd() throws Exception {
        manifest(keyPair("ka", RSA));
        PlanReport earlier = run(configuration(null), new RecordingReporter()).plan();
        Path notAStore = Files.writeString(base.resolve("not-a-store.db"), "yesterday's store is gone");
        RecordingReporter reporter = new RecordingReporter();

        StoreAccessException failure = assertThrows(StoreAccessException.class, () -> run(
                Configuration.of(project.base()).withStore("sqlite:" + notAStore), reporter).plan());

        assertFalse(Files.exists(earlier.planJson()), "no earlier plan.json is left to be taken for this plan");
        assertEquals(PlanMarkdown.failed(failure.code().code(), failure.getMessage()),
                Files.readString(earlier.planMarkdown()));
        assertTrue(reporter.lines.contains("WARN " + GoalWords.planFailed(earlier.planMarkdown())), reporter.text());
    }

    @Test
    void anApplyThatFailsBeforePlanningDoesTheSameButLeavesASavedPlanAlone() throws Exception {
        manifest(keyPair("ka", RSA));
        // The saved plan's own store, broken after the plan was made: a saved plan of another store is refused
        // before that store is opened (OtherConfigurationTest).
        Path storeFile = base.resolve("broken.db");
        Configuration broken = Configuration.of(project.base()).withStore("sqlite:" + storeFile);
        PlanReport saved = run(broken, new RecordingReporter()).plan();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(base.resolve("broken.db" + suffix));
        }
        Files.writeString(storeFile, "not a store any more");

        assertThrows(StoreAccessException.class, () -> run(broken.withSavedPlan(saved.planJson()),
                new RecordingReporter()).apply());
        assertTrue(Files.exists(saved.planJson()), "a saved plan is only read");
        assertFalse(Files.readString(saved.planMarkdown()).contains("The plan failed"));

        StoreAccessException failure = assertThrows(StoreAccessException.class, () -> run(broken,
                new RecordingReporter()).apply());
        assertFalse(Files.exists(saved.planJson()));
        assertEquals(PlanMarkdown.failed(failure.code().code(), failure.getMessage()),
                Files.readString(saved.planMarkdown()));
    }

    @Test
    void failOnWarningsFailsTheGoalOnAPolicyWarningAndAppliesNothing() throws Exception {
        String dsa = Fixtures.text("dsa-1024.pub").strip();
        manifest(keyPair("legacy", dsa));
        PlanReport warned = run(configuration(null), new RecordingReporter()).plan();
        assertEquals(1, warned.plan().findings().size(), "a warning alone does not fail the plan");

        PolicyWarningsException plan = assertThrows(PolicyWarningsException.class,
                () -> run(configuration(null).withFailOnWarnings(true), new RecordingReporter()).plan());
        assertEquals(ToolCode.POLICY_WARNINGS, plan.code());
        assertEquals("PolicyWarnings", plan.code().code());
        assertTrue(plan.getMessage().contains("alibaba/cn-hangzhou/legacy: WeakKeyType: a DSA key"), plan.getMessage());
        assertThrows(PolicyWarningsException.class,
                () -> run(configuration(null).withFailOnWarnings(true), new RecordingReporter()).apply());
        assertEquals(1, run(configuration(null), new RecordingReporter()).plan().plan().summary().imports(),
                "nothing applied");
    }

    @Test
    void aPolicyAsOfThatIsNoDateIsRefused() {
        manifest(keyPair("ka", RSA));
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> run(configuration(null).withPolicyAsOf("2026-13-01"), new RecordingReporter()).plan());
        assertEquals(ToolCode.INVALID_SETTING, refused.code());
        assertEquals(Setting.POLICY_AS_OF, refused.setting());
        assertEquals(new ConfigurationProblem.InvalidPolicyAsOf("2026-13-01"), refused.problem());
    }

    @Test
    void aSavedPlanIsReMadeAsOfItsDay() throws Exception {
        manifest(keyPair("ka", RSA));
        PlanReport saved = run(configuration(null).withPolicyAsOf("2030-01-01"), new RecordingReporter()).plan();
        Path copy = Files.copy(saved.planJson(), base.resolve("saved-plan.json"));

        ApplyReport report = run(configuration(copy), new RecordingReporter()).apply();

        assertEquals(java.time.LocalDate.parse("2030-01-01"), report.plan().options().policyAsOf());
        assertEquals(saved.plan().basis(), report.plan().basis());
    }
}
