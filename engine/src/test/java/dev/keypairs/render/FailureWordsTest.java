package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failures' words, pinned: front ends and users read them as they are. */
class FailureWordsTest {

    @Test
    void configurationProblemsAreSaidWithTheirCodes() {
        assertEquals("EmptySetting: keypairs.store, keypairs.out is given but empty; give a value, or leave it out for"
                + " the default. Nothing was read or changed.",
                FailureWords.of(new ConfigurationProblem.EmptySettings(List.of("keypairs.store", "keypairs.out"))));
        assertEquals("FileNotFound: the project directory /p does not exist. Run the goal in the project's directory.",
                FailureWords.of(new ConfigurationProblem.ProjectDirectory(Path.of("/p"), null)));
        assertEquals("InvalidSetting: the saved plan /p/x.json is not a keypairs plan.json of format 2. Give the"
                + " plan.json that the plan goal wrote.",
                FailureWords.of(new ConfigurationProblem.NotASavedPlan(Path.of("/p/x.json"), 2)));
        assertEquals("FileNotWritable: cannot write plan.json to /p/out: read-only. Set keypairs.out to a writable"
                + " directory.", FailureWords.of(new ConfigurationProblem.OutputNotWritable("plan.json",
                        Path.of("/p/out"), "read-only")));
        assertEquals("InvalidSetting: destroy makes its own plan; drop keypairs.plan, or apply the saved plan with the"
                + " apply goal", FailureWords.of(new ConfigurationProblem.DestroyWithSavedPlan()));
        assertEquals("NoSuchRegion: keypairs.export.regions 'alibaba/cn-x*' matches no region of the catalogue; e.g."
                + " alibaba/cn-hangzhou",
                FailureWords.of(new ConfigurationProblem.NoSuchRegion("alibaba/cn-x*", "alibaba/cn-hangzhou", null)));
        assertEquals("FileExists: keypairs.yaml exists and is never overwritten; export to another file with"
                + " keypairs.export.to, or set keypairs.export.overwrite=true. Nothing was written.",
                FailureWords.of(new ConfigurationProblem.ExportFileExists("keypairs.yaml")));
    }

    @Test
    void storeProblemsQuoteTheStoresOwnMessage() {
        assertEquals("The store sqlite:/s.db cannot be opened: locked. Check keypairs.store (e.g."
                + " sqlite:/path/to/store.db).", FailureWords.of(new StoreProblem.CannotOpen("sqlite:/s.db", "locked")));
        assertEquals("Using the store (unparseable URI) failed: Throttling: slow down",
                FailureWords.of(new StoreProblem.CallFailed(null, "Throttling: slow down")));
        assertEquals("The apply was interrupted; run the apply goal again to finish it.",
                FailureWords.of(new StoreProblem.Interrupted()));
    }

    @Test
    void aStalePlanSaysWhatMoved() {
        PlannedAction imported = new PlannedAction("import", "not in store", null, "aa:bb");
        assertEquals(new PlannedAction("update", "tags cc: 1 → 2", null, null),
                new PlannedAction("update", "tags cc: 1 → 2", "1", "2"), "fingerprints the reason names are not repeated");
        assertEquals("StalePlan: the saved plan /p/plan.json no longer matches the manifests and the store; nothing was"
                + " applied. What moved:\n"
                + "  alibaba/cn-hangzhou/ka: planned import (not in store) to aa:bb, now nothing\n"
                + "  alibaba/cn-hangzhou/kb: not in the saved plan, now import (not in store) to aa:bb\n"
                + "Make a new plan, review it, and apply that.",
                FailureWords.stalePlan(Path.of("/p/plan.json"), List.of(
                        new Moved.Replanned("alibaba/cn-hangzhou/ka", imported, null),
                        new Moved.NotPlanned("alibaba/cn-hangzhou/kb", imported))));
    }

    @Test
    void aStalePlanNamesTheUnmanagedKeyPairsThatMoved() {
        assertEquals("tencent/ap-bangkok/bulk_7: not declared, left alone; held with key aa:bb when the plan was made,"
                + " now gone", FailureWords.of(new Moved.Unmanaged("tencent/ap-bangkok/bulk_7", "aa:bb", null)));
        assertEquals("tencent/ap-bangkok/bulk_9: not declared, left alone; not in the store when the plan was made, now"
                + " held with key cc:dd", FailureWords.of(new Moved.Unmanaged("tencent/ap-bangkok/bulk_9", null, "cc:dd")));
        assertEquals("tencent/ap-bangkok/bulk_8: not declared, left alone; its key changed from aa:bb to cc:dd",
                FailureWords.of(new Moved.Unmanaged("tencent/ap-bangkok/bulk_8", "aa:bb", "cc:dd")));
    }

    @Test
    void aMisspeltExportRegionGetsTheClosestId() {
        assertEquals("NoSuchRegion: keypairs.export.regions 'tencent/ap-bangkog' matches no region of the catalogue;"
                + " did you mean 'tencent/ap-bangkok'?",
                FailureWords.of(new ConfigurationProblem.NoSuchRegion("tencent/ap-bangkog", "tencent/ap-guangzhou",
                        "tencent/ap-bangkok")));
        assertEquals("UnknownProvider: keypairs.export.regions 'tencnet/*' names no provider keypairs knows; did you"
                + " mean 'tencent/*'?",
                FailureWords.of(new ConfigurationProblem.UnknownProvider("tencnet/*", "tencent/*")));
        assertEquals("UnknownProvider: keypairs.export.regions 'azure/*' names no provider keypairs knows; give"
                + " alibaba/... or tencent/...", FailureWords.of(new ConfigurationProblem.UnknownProvider("azure/*", null)));
    }

    @Test
    void aSavedPlanOfAnotherConfigurationNamesBoth() {
        assertEquals("OtherConfiguration: the saved plan /p/target/keypairs/prod/plan.json was made for another"
                + " configuration: execution prod, manifests prod.yaml, store sqlite:/a.db; this goal runs execution"
                + " staging, manifests staging.yaml, common.yaml, store sqlite:/a.db. Nothing was read or applied:"
                + " apply it with the configuration it was made for, or make a plan with this one.",
                FailureWords.of(new ConfigurationProblem.OtherConfiguration(
                        Path.of("/p/target/keypairs/prod/plan.json"),
                        new ConfigurationIdentity("prod", List.of("prod.yaml"), "sqlite:/a.db"),
                        new ConfigurationIdentity("staging", List.of("staging.yaml", "common.yaml"), "sqlite:/a.db"))));
        assertEquals("manifests keypairs.yaml, store (unparseable URI)",
                FailureWords.of(new ConfigurationIdentity(null, List.of("keypairs.yaml"), null)),
                "no execution recorded, a store that cannot be read");
    }

    @Test
    void aDeclinedDestroySaysHowToApproveIt() {
        assertEquals("NotApproved: the destroy would delete 1 key pair and was not approved; nothing was deleted."
                + " Approve it at the prompt, or set keypairs.autoApprove=true where no one can answer one.",
                FailureWords.notApproved(1));
    }
}
