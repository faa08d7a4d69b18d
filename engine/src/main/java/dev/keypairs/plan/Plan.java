package dev.keypairs.plan;

import java.util.List;

/**
 * A plan: the contract of plan.json (goals.md) and what apply carries out.
 *
 * @param basis SHA-256 of the manifests, the key files they read, the options and the store state read
 * @param options the options it was made with
 * @param store the store's URI, credentials redacted
 * @param changes every declared address in scope (no-ops too) and every planned delete, in manifest order
 * @param unmanaged undeclared key pairs of the declared regions that are not deleted
 * @param errors every problem found; a plan with errors is not applied
 * @param warnings things worth knowing that do not stop an apply (a created key's file missing locally)
 * @param findings the key policy's findings: of the declared key pairs, then of the unmanaged ones (the audit)
 */
public record Plan(String basis, PlanOptions options, String store, List<Change> changes, List<Unmanaged> unmanaged,
        List<PlanError> errors, List<PlanWarning> warnings, List<Finding> findings) {

    /** The plan.json format this plan is written in. */
    public static final int FORMAT_VERSION = 1;

    public Plan {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
    }

    /** A plan without key policy findings. */
    public Plan(String basis, PlanOptions options, String store, List<Change> changes, List<Unmanaged> unmanaged,
            List<PlanError> errors, List<PlanWarning> warnings) {
        this(basis, options, store, changes, unmanaged, errors, warnings, List.of());
    }

    /** Whether the key policy warns of a declared key pair: what {@code keypairs.failOnWarnings} fails on. */
    public boolean hasDeclaredWarnings() {
        for (Finding finding : findings) {
            if (!finding.unmanaged() && finding.severity() == Finding.Severity.WARNING) {
                return true;
            }
        }
        return false;
    }

    /** Whether the plan can be applied: no errors. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The counts, derived from the changes, the unmanaged key pairs, the errors and the findings: never at odds with them. */
    public Summary summary() {
        int[] counts = new int[Action.values().length];
        for (Change change : changes) {
            counts[change.action().ordinal()]++;
        }
        return new Summary(counts[Action.IMPORT.ordinal()], counts[Action.CREATE.ordinal()],
                counts[Action.REPLACE.ordinal()], counts[Action.RENAME.ordinal()], counts[Action.UPDATE.ordinal()],
                counts[Action.DELETE.ordinal()],
                counts[Action.NOOP.ordinal()], unmanaged.size(), errors.size(), findings.size());
    }
}
