package dev.keypairs.render;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.plan.Action;
import java.nio.file.Path;
import java.util.List;

/** The lines the goals report as they go (goals.md), and the header export writes atop its manifest. */
public final class GoalWords {

    private GoalWords() {
    }

    /** {@code keypairs:validate} found nothing wrong. */
    public static String valid(int files, int regions, int keyPairs) {
        return "Manifests are valid: " + Plural.of(keyPairs, "key pair") + " in " + Plural.of(regions, "region") + ", "
                + Plural.of(files, "file") + " read.";
    }

    /** Where the plan files went: plan.json in full, plan.md beside it. */
    public static String planWritten(Path planJson, Path planMarkdown) {
        return "Plan written to " + planJson + " and " + planMarkdown.getFileName();
    }

    /** Where show.json went. */
    public static String showWritten(Path showJson) {
        return "Listing written to " + showJson;
    }

    /** A plan that failed before it could plan: plan.md says why, and no plan.json is left. */
    public static String planFailed(Path planMarkdown) {
        return "The plan failed: nothing was planned; " + planMarkdown + " says why, and no plan.json is left.";
    }

    /** An apply ended by SIGINT or SIGTERM: what it did so far is in apply.json. */
    public static String applyInterrupted(Path applyJson, int calls) {
        return "Apply interrupted: " + Plural.of(calls, "call") + " made so far recorded in " + applyJson
                + "; run the apply again to carry out the rest.";
    }

    /** A saved plan re-made exactly: it is applied. */
    public static String savedPlanMatches(Path file) {
        return "The saved plan " + file + " still matches: applying it.";
    }

    /** A saved plan every change of which is in the store as planned, nothing else left to change: not applied again. */
    public static String savedPlanAlreadyApplied(Path file) {
        return "The saved plan " + file + " is already applied: nothing to do. Every change it planned is in the store"
                + " as planned, and nothing else is left to change.";
    }

    /** An apply with no changes. */
    public static String nothingToApply() {
        return "Nothing to apply.";
    }

    /**
     * An apply's progress in a region: the actions done of the planned, and those failed, when any did, e.g.
     * {@code alibaba/cn-hangzhou: 17/40, 23 failed}.
     */
    public static String progress(String region, int done, int failed, int total) {
        return region + ": " + done + "/" + total + (failed == 0 ? "" : ", " + failed + " failed");
    }

    /**
     * What a seed did: {@code imported 2, created 1, replaced 0, updated 0, deleted 0; 3 already as declared}, this
     * run's own actions, then the declared key pairs the store held as declared already (a restart's whole seed).
     */
    public static String seeded(ApplyResult result, int alreadyAsDeclared) {
        return "imported " + result.done(Action.IMPORT) + ", created " + result.done(Action.CREATE) + ", replaced "
                + result.done(Action.REPLACE) + (result.done(Action.RENAME) > 0 ? ", renamed "
                + result.done(Action.RENAME) : "") + ", updated " + result.done(Action.UPDATE) + ", deleted "
                + result.done(Action.DELETE) + "; " + alreadyAsDeclared + " already as declared";
    }

    /** A key pair export leaves out: the store returned no public key for it. */
    public static String leftOutWithoutPublicKey(String address) {
        return address + ": left out; the store returned no public key for it, and export never guesses one";
    }

    /** A key pair export leaves out: a tag key that has no manifest form. */
    public static String leftOutForMergeKey(String address) {
        return address + ": left out; its tag key '<<' cannot be written in a manifest";
    }

    /** The comment export writes atop its manifest, a line each. */
    public static List<String> exportHeader(String store, List<String> regionGlobs) {
        return List.of("Written by keypairs:export from " + store + ": " + String.join(", ", regionGlobs) + ".",
                "Each key pair's MD5 fingerprint stands above it; its public key is in the file it names.");
    }

    /**
     * What export wrote.
     *
     * @param keyPairs the key pairs declared
     * @param regions the regions declared
     * @param manifest the manifest, as given
     * @param leftOut the key pairs left out
     * @param emptyRegions the regions matched that hold no key pair and were not declared
     */
    public static String exported(int keyPairs, int regions, String manifest, int leftOut, int emptyRegions) {
        return "Exported " + keyPairs + (keyPairs == 1 ? " key pair" : " key pairs") + " in " + regions
                + (regions == 1 ? " region" : " regions") + " to " + manifest + ", each public key in"
                + " keys/PROVIDER/REGION/NAME.pub; plan against the same store now says No changes"
                + (leftOut == 0 ? "." : ", and lists the " + leftOut + " left out as unmanaged.")
                + (emptyRegions == 0 ? "" : " The " + (emptyRegions == 1 ? "region" : emptyRegions + " regions")
                        + " matched that hold" + (emptyRegions == 1 ? "s" : "") + " no key pair"
                        + (emptyRegions == 1 ? " is" : " are") + " not written; keypairs.export.emptyRegions=true writes"
                        + " every region matched.");
    }

    /** A key file an earlier export left that this one no longer names: said, not deleted. */
    public static String keyFileNoLongerHeld(String file) {
        return file + " names no key pair the store holds now; delete it if it is not yours";
    }
}
