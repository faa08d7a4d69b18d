package dev.keypairs.render;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.PlanWarning;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.Summary;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.provider.Provider;
import java.util.List;

/** A plan's errors, warnings and summary in words: what the text plan, plan.md, plan.json and the goals show. */
public final class PlanWords {

    private PlanWords() {
    }

    /** The error as plan.json's {@code errors} entry: its code, its words, its address and its place. */
    public static Diagnostic diagnostic(PlanError error) {
        if (error instanceof PlanError.Found found) {
            return found.diagnostic();
        }
        return new Diagnostic(error.code(), message(error), error.address(), error.source());
    }

    /** What is wrong and what to do. */
    public static String message(PlanError error) {
        if (error instanceof PlanError.Found found) {
            return found.diagnostic().message();
        } else if (error instanceof PlanError.PrivateKeyFileExists exists) {
            return "privateKeyFile " + exists.declaredPath() + " exists already and is never overwritten: move it"
                    + " away, or name another file";
        } else if (error instanceof PlanError.PrivateKeyFileNotWritable notWritable) {
            return "privateKeyFile " + notWritable.declaredPath() + " cannot be created: " + notWritable.why()
                    + "; the key would be lost, so nothing is created. Name a place you can write";
        } else if (error instanceof PlanError.Protected protect) {
            return protect.wouldBe() instanceof Reason.Destroy
                    ? "destroy would delete it, but the key pair is protected: remove 'protect: true' first"
                    : ReasonWords.of(protect.wouldBe()) + ", but the key pair is protected: remove 'protect: true' to"
                            + " let it be replaced";
        } else if (error instanceof PlanError.RenameConflict conflict) {
            return "the store holds both " + conflict.keyPair().name() + " and " + conflict.renamedFrom().name()
                    + " (renamedFrom), so which one is meant cannot be told: delete " + conflict.renamedFrom().name()
                    + " once nothing uses it, or remove renamedFrom to keep both (" + conflict.renamedFrom().name()
                    + " then counts as undeclared)";
        } else if (error instanceof PlanError.BoundToInstances bound) {
            return bound(bound);
        } else if (error instanceof PlanError.PolicyViolation violation) {
            return FindingWords.message(violation.finding());
        } else if (error instanceof PlanError.OverQuota quota) {
            return quota.refusal().message() + " After this plan it would hold " + quota.total() + " (" + quota.held()
                    + " now, " + quota.deleted() + " deleted, " + quota.added() + " added): "
                    + (quota.total() - quota.quota()) + " too many.";
        }
        throw new IllegalArgumentException("no words for " + error);
    }

    /** Instances shown by name before the rest are counted. */
    private static final int INSTANCES_SHOWN = 10;

    private static String bound(PlanError.BoundToInstances bound) {
        List<String> instances = bound.instances();
        String named = String.join(", ", instances.subList(0, Math.min(INSTANCES_SHOWN, instances.size())))
                + (instances.size() > INSTANCES_SHOWN ? " and " + (instances.size() - INSTANCES_SHOWN) + " more" : "");
        String call = bound.keyPair().provider() == Provider.ALIBABA ? "DetachKeyPair"
                : "DisassociateInstancesKeyPairs";
        return "the " + (bound.action() == Action.DELETE ? "delete" : "replace") + " of " + bound.bound()
                + " would be refused: it is bound to " + Plural.of(instances.size(), "instance") + " (" + named
                + "), and the cloud refuses to delete a key pair still bound. Detach it from them first (" + call
                + "), then plan again";
    }

    /** {@code file:line:column: address: Code: message}, as the log shows an error. */
    public static String line(PlanError error) {
        return line(diagnostic(error));
    }

    /** {@code file:line:column: address: Code: message}, as the log shows a problem. */
    public static String line(Diagnostic problem) {
        StringBuilder text = new StringBuilder();
        if (problem.source() != null) {
            text.append(problem.source()).append(": ");
        }
        if (problem.address() != null) {
            text.append(problem.address()).append(": ");
        }
        return text.append(problem.code().code()).append(": ").append(problem.message()).toString();
    }

    /** A warning in words. */
    public static String warning(PlanWarning warning) {
        if (warning instanceof PlanWarning.PrivateKeyFileInProject inProject) {
            return inProject.keyPair() + ": privateKeyFile " + inProject.declaredPath() + " lies inside the project,"
                    + " where it could be committed; keep it outside or ignore it in .gitignore";
        } else if (warning instanceof PlanWarning.PrivateKeyFileMissing missing) {
            return missing.keyPair() + ": privateKeyFile " + missing.declaredPath() + " is missing or empty locally;"
                    + " the store never returns a private key again (replace the key pair under a new name to get one)";
        } else if (warning instanceof PlanWarning.TargetMatchesNothing target) {
            return "keypairs.target '" + target.glob() + "' matches nothing";
        }
        throw new IllegalArgumentException("no words for " + warning);
    }

    /**
     * {@code Plan: 1 to import, ...; N unchanged.} or {@code No changes.}; with errors, that nothing is applied
     * until they are fixed (never {@code No changes.}, which would contradict them).
     */
    public static String summary(Summary summary) {
        int errors = summary.errors();
        String fix = errors == 1 ? "1 error is fixed" : errors + " errors are fixed";
        if (errors > 0 && !summary.hasChanges()) {
            return "Nothing can be applied until " + fix + ".";
        }
        if (!summary.hasChanges()) {
            return "No changes.";
        }
        // Renames are said when there are any, so a plan without one reads as it always has.
        return "Plan: " + summary.imports() + " to import, " + summary.creates() + " to create, " + summary.replaces()
                + " to replace, " + (summary.renames() > 0 ? summary.renames() + " to rename, " : "")
                + summary.updates() + " to update, " + summary.deletes() + " to delete; "
                + summary.noops() + " unchanged." + (errors > 0 ? " Not applied until " + fix + "." : "");
    }
}
