package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Summary;
import dev.keypairs.provider.AlibabaKeyPairRequest;
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
        return new Configuration(project.base(), List.of(), storeUri, null, List.of(), null, false, Map.of(), savedPlan);
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
        PlanReport saved = Keypairs.plan(configuration(null), new RecordingReporter());
        Path savedCopy = Files.copy(saved.planJson(), base.resolve("saved-plan.json"));
        RecordingReporter reporter = new RecordingReporter();

        ApplyReport report = Keypairs.apply(configuration(savedCopy), reporter);

        assertEquals(Map.of(Action.IMPORT, 2), report.result().done());
        assertTrue(reporter.text().contains("still matches: applying it"), reporter.text());
        assertEquals(saved.plan().basis(), report.plan().basis());
        assertTrue(Files.exists(report.applyJson()));
    }

    @Test
    void aSettingGivenEmptyIsRefusedNeverTheDefault() {
        manifest(keyPair("ka", RSA));
        InvalidConfigurationException empty = assertThrows(InvalidConfigurationException.class,
                () -> Keypairs.plan(new Configuration(project.base(), List.of(), " ", null, List.of(), null, false,
                        Map.of(), null, false, Set.of(Setting.OUT)), new RecordingReporter()));
        assertEquals("EmptySetting: keypairs.store, keypairs.out is given but empty; give a value, or leave it out for"
                + " the default. Nothing was read or changed.", empty.getMessage());
        assertEquals(Setting.STORE, empty.setting());
        assertFalse(Files.exists(project.base().resolve("target")), "no plan written");
        assertThrows(InvalidConfigurationException.class, () -> Keypairs.validate(new Configuration(project.base(),
                List.of(""), null, null, List.of(), null, false, Map.of(), null), new RecordingReporter()),
                "an empty manifest list is given empty too");
    }

    @Test
    void aSavedPlanIsRefusedAsStaleSayingWhatMoved() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        Path saved = Files.copy(Keypairs.plan(configuration(null), new RecordingReporter()).planJson(),
                base.resolve("saved-plan.json"));
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "ka", RSA_3072, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "stray", RSA, List.of(), null));
        }

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> Keypairs.apply(configuration(saved), new RecordingReporter()));

        assertTrue(stale.getMessage().startsWith("StalePlan: the saved plan"), stale.getMessage());
        assertTrue(stale.getMessage().contains("alibaba/cn-hangzhou/ka: planned import (not in store) to "), stale.getMessage());
        assertTrue(stale.getMessage().contains(", now replace (key changed: "), stale.getMessage());
        assertTrue(stale.getMessage().contains("alibaba/cn-hangzhou/stray: not in the saved plan, now delete (not declared; prune)"),
                stale.getMessage());
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            assertEquals(2, dev.keypairs.store.RegionListing.read(store, dev.keypairs.provider.Provider.ALIBABA,
                    "cn-hangzhou", 50).keyPairs().size(), "nothing applied");
        }
    }

    @Test
    void aStalePlanNamesTheTagChangeThatMoved() throws Exception {
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '1'}}");
        Keypairs.apply(configuration(null), new RecordingReporter());
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '2'}}");
        Path saved = Files.copy(Keypairs.plan(configuration(null), new RecordingReporter()).planJson(),
                base.resolve("saved-plan.json"));
        manifest("      - {name: ka, publicKey: '" + RSA + "', tags: {cc: '3'}}");

        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> Keypairs.apply(configuration(saved), new RecordingReporter()));

        assertTrue(stale.getMessage().contains("alibaba/cn-hangzhou/ka: planned update (tags cc: 1 → 2)")
                && stale.getMessage().contains("now update (tags cc: 1 → 3)"), stale.getMessage());
        assertFalse(stale.getMessage().contains("leave"), "no claim that the planned actions are the same");
    }

    @Test
    void aChangedManifestMakesTheSavedPlanStaleToo() throws Exception {
        manifest(keyPair("ka", RSA));
        Path saved = Files.copy(Keypairs.plan(configuration(null), new RecordingReporter()).planJson(),
                base.resolve("saved-plan.json"));
        manifest(keyPair("ka", RSA_3072));
        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> Keypairs.apply(configuration(saved), new RecordingReporter()));
        assertTrue(stale.getMessage().contains("alibaba/cn-hangzhou/ka: planned import (not in store) to "), stale.getMessage());
    }

    @Test
    void aSavedPlanAgainstAnotherStoreIsStale() throws Exception {
        manifest(keyPair("ka", RSA));
        Path saved = Files.copy(Keypairs.plan(configuration(null), new RecordingReporter()).planJson(),
                base.resolve("saved-plan.json"));
        storeUri = "sqlite:" + base.resolve("other.db") + "?rateLimit=off";
        StalePlanException stale = assertThrows(StalePlanException.class,
                () -> Keypairs.apply(configuration(saved), new RecordingReporter()));
        assertTrue(stale.getMessage().contains("it was made against the store sqlite:"), stale.getMessage());
    }

    @Test
    void somethingThatIsNotAPlanIsRefused() throws Exception {
        Path notAPlan = Files.writeString(base.resolve("x.json"), "{\"hello\": 1}");
        manifest(keyPair("ka", RSA));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> Keypairs.apply(configuration(notAPlan), new RecordingReporter()));
        assertTrue(e.getMessage().contains("is not a keypairs plan.json"), e.getMessage());
    }

    @Test
    void destroyDeletesWhatIsDeclaredOnlyAndProtectRefuses() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        Keypairs.apply(configuration(null), new RecordingReporter());
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "undeclared", RSA, List.of(), null));
        }
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n" + keyPair("ka", RSA) + "\n"
                + "      - {name: kb, publicKey: '" + RSA + "', protect: true}\n");
        PlanErrorsException refused = assertThrows(PlanErrorsException.class,
                () -> Keypairs.destroy(configuration(null), new RecordingReporter(), Approval.GIVEN));
        assertTrue(refused.getMessage().contains("Protected"), refused.getMessage());

        manifest(keyPair("ka", RSA), keyPair("kb", RSA));
        List<Summary> asked = new ArrayList<>();
        NotApprovedException declined = assertThrows(NotApprovedException.class, () -> Keypairs.destroy(
                configuration(null), new RecordingReporter(), summary -> asked.add(summary) && false));
        assertEquals(List.of(2), asked.stream().map(Summary::deletes).toList(), "asked once, after the plan");
        assertTrue(declined.getMessage().startsWith("NotApproved: the destroy would delete 2 key pairs"));
        PlanReport preview = Keypairs.plan(new Configuration(project.base(), List.of(), storeUri, null, List.of(), null,
                false, Map.of(), null, true, Set.of()), new RecordingReporter());
        assertEquals(2, preview.plan().summary().deletes(), "keypairs.destroy previews it, and nothing was deleted");

        ApplyReport destroyed = Keypairs.destroy(configuration(null), new RecordingReporter(), Approval.GIVEN);

        assertEquals(Map.of(Action.DELETE, 2), destroyed.result().done());
        RecordingReporter show = new RecordingReporter();
        Keypairs.show(configuration(null), show);
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
        Keypairs.show(configuration(null), show);
        assertTrue(show.text().contains("alibaba/cn-beijing (1 key pair)"), show.text());
        assertTrue(show.text().contains("  lonely  ssh-rsa 2048  MD5 "), show.text());
        assertFalse(show.text().contains("declared"), show.text());
    }

    @Test
    void applyPrintsProgressAndTheSummaryAndNothingTheSecondTime() throws Exception {
        manifest(keyPair("ka", RSA), keyPair("kb", RSA), keyPair("kc", RSA));
        RecordingReporter first = new RecordingReporter();
        Keypairs.apply(configuration(null), first);
        assertTrue(first.lines.contains("alibaba/cn-hangzhou: 3/3"), first.text());
        assertTrue(first.lines.contains("Apply complete: imported 3, created 0, replaced 0, updated 0, deleted 0."));

        RecordingReporter second = new RecordingReporter();
        Keypairs.apply(configuration(null), second);
        assertTrue(second.lines.contains("No changes."), second.text());
        assertTrue(second.lines.contains("Nothing to apply."), second.text());
    }
}
