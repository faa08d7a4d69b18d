package dev.keypairs.render;

import dev.keypairs.apply.Failure;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.Summary;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import java.nio.file.Path;
import java.util.List;

/**
 * The words of the goals' failures (goals.md): what is wrong and what to do, made from the failure's typed values.
 * Settings are named by their configuration keys and goals by name; each front end adds its own spelling.
 */
public final class FailureWords {

    /** At most this many problems are spelt out in a failure message; the plan files have them all. */
    public static final int MAX_LISTED = 50;

    /** What a configuration's {@code toString()} shows for a store URI that cannot be parsed. */
    public static final String UNREADABLE_STORE_URI = "(a store URI that cannot be read)";

    /** At most this many ways a saved plan moved are spelt out. */
    public static final int MAX_MOVED = 20;

    private FailureWords() {
    }

    /** A configuration that cannot be used. */
    public static String of(ConfigurationProblem problem) {
        String code = problem.code().code();
        if (problem instanceof ConfigurationProblem.EmptySettings empty) {
            return code + ": " + String.join(", ", empty.keys()) + " is given but empty; give a value, or leave it out"
                    + " for the default. Nothing was read or changed.";
        } else if (problem instanceof ConfigurationProblem.ProjectDirectory project) {
            return code + ": the project directory " + project.directory()
                    + (project.cause() == null ? " does not exist" : " cannot be used: " + project.cause())
                    + ". Run the goal in the project's directory.";
        } else if (problem instanceof ConfigurationProblem.RegionCatalogue catalogue) {
            return code + ": " + catalogue.cause() + "; fix the file or drop keypairs.regions." + catalogue.provider()
                    + " to use the built-in catalogue";
        } else if (problem instanceof ConfigurationProblem.OutputNotWritable output) {
            return code + ": cannot write " + output.name() + " to " + output.directory() + ": " + output.cause()
                    + ". Set keypairs.out to a writable directory.";
        } else if (problem instanceof ConfigurationProblem.SavedPlanUnreadable unreadable) {
            return code + ": the saved plan " + unreadable.file() + " cannot be read: " + unreadable.failure()
                    + ". Give the plan.json that the plan goal wrote.";
        } else if (problem instanceof ConfigurationProblem.NotASavedPlan notAPlan) {
            return code + ": the saved plan " + notAPlan.file() + " is not a keypairs plan.json of format "
                    + notAPlan.formatVersion() + ". Give the plan.json that the plan goal wrote.";
        } else if (problem instanceof ConfigurationProblem.OtherConfiguration other) {
            return code + ": the saved plan " + other.file() + " was made for another configuration: "
                    + of(other.plan()) + "; this goal runs " + of(other.goal()) + ". Nothing was read or applied:"
                    + " apply it with the configuration it was made for, or make a plan with this one.";
        } else if (problem instanceof ConfigurationProblem.InvalidPolicyAsOf asOf) {
            return code + ": keypairs.policy.asOf is '" + asOf.given() + "', not a date: give one as YYYY-MM-DD (e.g."
                    + " 2026-12-31), or leave it out to check the key policy as of now. Nothing was read or changed.";
        } else if (problem instanceof ConfigurationProblem.DestroyWithSavedPlan) {
            return code + ": destroy makes its own plan; drop keypairs.plan, or apply the saved plan with the apply"
                    + " goal";
        } else if (problem instanceof ConfigurationProblem.NoExportRegions) {
            return code + ": give the regions to export in keypairs.export.regions, e.g. alibaba/* or"
                    + " tencent/ap-guangzhou; export never guesses which regions to read.";
        } else if (problem instanceof ConfigurationProblem.UnknownProvider unknown) {
            return code + ": keypairs.export.regions '" + unknown.glob() + "' names no provider keypairs knows; "
                    + (unknown.suggestion() == null ? "give alibaba/... or tencent/..."
                    : "did you mean '" + unknown.suggestion() + "'?");
        } else if (problem instanceof ConfigurationProblem.NoSuchRegion none) {
            return code + ": keypairs.export.regions '" + none.glob() + "' matches no region of the catalogue"
                    + (none.suggestion() != null ? "; did you mean '" + none.suggestion() + "'?"
                    : none.example() == null ? "" : "; e.g. " + none.example());
        } else if (problem instanceof ConfigurationProblem.ExportOutsideProject outside) {
            return code + ": keypairs.export.to " + outside.manifest() + " is outside the project " + outside.base()
                    + "; export into the project";
        } else if (problem instanceof ConfigurationProblem.KeyFileOutsideProject outside) {
            return code + ": " + outside.file() + " leads outside the project " + outside.base()
                    + " (a link?); nothing was written.";
        } else if (problem instanceof ConfigurationProblem.KeyFileNotWritable unwritable) {
            return code + ": " + unwritable.file() + " cannot be written: " + unwritable.why()
                    + "; nothing was written.";
        } else if (problem instanceof ConfigurationProblem.ExportNotWritten failed) {
            return code + ": the export cannot be written (" + failed.cause() + "); what it had written is removed"
                    + " again. Export into a place you can write.";
        } else if (problem instanceof ConfigurationProblem.ExportFileExists exists) {
            return code + ": " + exists.file() + " exists and is never overwritten; export to another file with"
                    + " keypairs.export.to, or set keypairs.export.overwrite=true. Nothing was written.";
        }
        throw new IllegalArgumentException("no words for " + problem);
    }

    /** A store that could not be used; its own message quoted as it is. */
    public static String of(StoreProblem problem) {
        if (problem instanceof StoreProblem.CannotOpen open) {
            return "The store " + shown(open.store()) + " cannot be opened: " + open.cause()
                    + ". Check keypairs.store (e.g. sqlite:/path/to/store.db).";
        } else if (problem instanceof StoreProblem.CallFailed failed) {
            return "Using the store " + shown(failed.store()) + " failed: " + failed.cause();
        } else if (problem instanceof StoreProblem.Interrupted) {
            return "The apply was interrupted; run the apply goal again to finish it.";
        }
        throw new IllegalArgumentException("no words for " + problem);
    }

    /** A configuration as a saved plan's refusal names it: {@code execution prod, manifests a.yaml, store sqlite:x}. */
    public static String of(ConfigurationIdentity identity) {
        return (identity.execution() == null ? "" : "execution " + identity.execution() + ", ") + "manifests "
                + String.join(", ", identity.manifests()) + ", store " + shown(identity.store());
    }

    /** A store's redacted URI, or what stands for one that cannot be parsed (null). */
    static String shown(String store) {
        return store == null ? "(unparseable URI)" : store;
    }

    /** Manifests with problems, each listed. */
    public static String invalidManifests(List<Diagnostic> errors) {
        return errorList(errors, "Fix the manifests and run again; nothing was read from or written to the store.");
    }

    /** A plan with errors, each listed; nothing was applied. {@code planJson} null: none was written (a seed's). */
    public static String planErrors(List<PlanError> errors, Path planJson) {
        return errorList(errors.stream().map(PlanWords::diagnostic).toList(), planJson == null
                ? "Fix them and seed again; nothing was changed."
                : "Fix them and plan again; nothing was changed. The full plan is in " + planJson + ".");
    }

    /** {@code failOnChanges}: the plan would change something. */
    public static String changesPending(Summary summary, Path planJson) {
        return "The store does not match the manifests: " + PlanWords.summary(summary) + " Run the apply goal to make it"
                + " match, or change the manifests; the plan is in " + planJson + ".";
    }

    /** {@code failOnWarnings}: the key policy warns of declared key pairs. */
    public static String policyWarnings(List<Finding> warnings, Path planJson) {
        return "The key policy warns of " + Plural.of(warnings.size(), "declared key pair finding") + " and"
                + " keypairs.failOnWarnings is set:\n  " + String.join("\n  ", warnings.stream().limit(MAX_LISTED)
                        .map(FindingWords::line).toList())
                + (warnings.size() > MAX_LISTED ? "\n  ... and " + (warnings.size() - MAX_LISTED) + " more" : "")
                + "\nDo what each says, or set the rule to off in the manifests' policy; nothing was changed. The plan"
                + " is in " + planJson + ".";
    }

    /** An apply some of whose actions failed; {@code applyJson} null: none was written (a seed's). */
    public static String applyFailed(List<Failure> failures, Path applyJson) {
        return Plural.of(failures.size(), "action") + " failed:\n  "
                + String.join("\n  ", failures.stream().limit(MAX_LISTED).map(ApplyWords::line).toList())
                + (failures.size() > MAX_LISTED ? "\n  ... and " + (failures.size() - MAX_LISTED) + " more" : "")
                + (applyJson == null ? "\nThe other actions were applied. Fix the cause and seed again."
                : "\nThe other actions were applied. Fix the cause and run the apply goal again; every call made is in "
                + applyJson + ".");
    }

    /** A destroy that was not approved. */
    public static String notApproved(int deletes) {
        return ToolCode.NOT_APPROVED.code() + ": the destroy would delete " + (deletes == 1 ? "1 key pair"
                : deletes + " key pairs") + " and was not approved; nothing was deleted. Approve it at the prompt, or"
                + " set keypairs.autoApprove=true where no one can answer one.";
    }

    /** A saved plan refused as stale, with what moved. */
    public static String stalePlan(Path file, List<Moved> moved) {
        return ToolCode.STALE_PLAN.code() + ": the saved plan " + file + " no longer matches the manifests and the"
                + " store; nothing was applied. What moved:\n  "
                + String.join("\n  ", moved.subList(0, Math.min(moved.size(), MAX_MOVED)).stream()
                        .map(FailureWords::of).toList())
                + (moved.size() > MAX_MOVED ? "\n  ... and " + (moved.size() - MAX_MOVED) + " more" : "")
                + "\nMake a new plan, review it, and apply that.";
    }

    /** One way a saved plan moved. */
    public static String of(Moved moved) {
        if (moved instanceof Moved.Replanned replanned) {
            return replanned.address() + ": planned " + of(replanned.then()) + ", now "
                    + (replanned.now() == null ? "nothing" : of(replanned.now()));
        } else if (moved instanceof Moved.NotPlanned unplanned) {
            return unplanned.address() + ": not in the saved plan, now " + of(unplanned.now());
        } else if (moved instanceof Moved.Unmanaged unmanaged) {
            return unmanaged.address() + ": not declared, left alone; " + (unmanaged.then() == null
                    ? "not in the store when the plan was made, now held with key " + unmanaged.now()
                    : unmanaged.now() == null ? "held with key " + unmanaged.then() + " when the plan was made, now gone"
                    : "its key changed from " + unmanaged.then() + " to " + unmanaged.now());
        } else if (moved instanceof Moved.Unseen) {
            return "the manifests, key files or store changed in ways that leave every planned action, its reason and"
                    + " every unmanaged key pair's key as they were (an unmanaged key pair's tags, a comment in a key"
                    + " file, a store option)";
        }
        throw new IllegalArgumentException("no words for " + moved);
    }

    /** A planned action: {@code import (not in store) to MD5}. */
    public static String of(PlannedAction action) {
        return action.action() + " (" + action.reason() + ")" + (action.before() == null ? "" : " from "
                + action.before()) + (action.after() == null ? "" : " to " + action.after());
    }

    private static String errorList(List<Diagnostic> errors, String whatToDo) {
        StringBuilder text = new StringBuilder();
        text.append(Plural.of(errors.size(), "problem")).append(":\n");
        errors.stream().limit(MAX_LISTED).forEach(error -> text.append("  ").append(PlanWords.line(error)).append('\n'));
        if (errors.size() > MAX_LISTED) {
            text.append("  ... and ").append(errors.size() - MAX_LISTED).append(" more\n");
        }
        return text.append(whatToDo).toString();
    }
}
