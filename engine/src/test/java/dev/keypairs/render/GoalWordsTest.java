package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goals' report lines, pinned: CI logs and scripts read them as they are. */
class GoalWordsTest {

    @Test
    void theGoalsLines() {
        assertEquals("Manifests are valid: 1 key pair in 2 regions, 3 files read.", GoalWords.valid(3, 2, 1));
        assertEquals("Plan written to /p/target/keypairs/plan.json and plan.md", GoalWords.planWritten(
                Path.of("/p/target/keypairs/plan.json"), Path.of("/p/target/keypairs/plan.md")));
        assertEquals("Listing written to /p/target/keypairs/show.json",
                GoalWords.showWritten(Path.of("/p/target/keypairs/show.json")));
        assertEquals("The saved plan /p/plan.json still matches: applying it.",
                GoalWords.savedPlanMatches(Path.of("/p/plan.json")));
        assertEquals("Nothing to apply.", GoalWords.nothingToApply());
        assertEquals("alibaba/cn-hangzhou: 3/4", GoalWords.progress("alibaba/cn-hangzhou", 3, 0, 4));
        assertEquals("alibaba/cn-hangzhou: 17/40, 23 failed", GoalWords.progress("alibaba/cn-hangzhou", 17, 23, 40));
        assertEquals("The plan failed: nothing was planned; /p/target/keypairs/plan.md says why, and no plan.json is"
                + " left.", GoalWords.planFailed(Path.of("/p/target/keypairs/plan.md")));
        assertEquals("Apply interrupted: 1 call made so far recorded in /p/apply.json; run the apply again to carry out"
                + " the rest.", GoalWords.applyInterrupted(Path.of("/p/apply.json"), 1));
        assertEquals("The saved plan /p/plan.json is already applied: nothing to do. Every change it planned is in the"
                + " store as planned, and nothing else is left to change.",
                GoalWords.savedPlanAlreadyApplied(Path.of("/p/plan.json")));
    }

    @Test
    void exportsLines() {
        assertEquals(List.of("Written by keypairs:export from memory:x: alibaba/*, tencent/ap-guangzhou.",
                "Each key pair's MD5 fingerprint stands above it; its public key is in the file it names."),
                GoalWords.exportHeader("memory:x", List.of("alibaba/*", "tencent/ap-guangzhou")));
        assertEquals("Exported 1 key pair in 2 regions to keypairs.yaml, each public key in keys/PROVIDER/REGION/NAME.pub;"
                + " plan against the same store now says No changes, and lists the 1 left out as unmanaged.",
                GoalWords.exported(1, 2, "keypairs.yaml", 1, 0));
        assertEquals("Exported 29 key pairs in 7 regions to keypairs.yaml, each public key in"
                + " keys/PROVIDER/REGION/NAME.pub; plan against the same store now says No changes. The 46 regions"
                + " matched that hold no key pair are not written; keypairs.export.emptyRegions=true writes every region"
                + " matched.",
                GoalWords.exported(29, 7, "keypairs.yaml", 0, 46));
        assertEquals("alibaba/cn-hangzhou/k: left out; its tag key '<<' cannot be written in a manifest",
                GoalWords.leftOutForMergeKey("alibaba/cn-hangzhou/k"));
    }
}
