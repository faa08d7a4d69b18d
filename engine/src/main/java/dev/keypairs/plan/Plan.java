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
 */
public record Plan(String basis, PlanOptions options, String store, List<Change> changes, List<Unmanaged> unmanaged,
        List<PlanError> errors, List<PlanWarning> warnings) {

    /** The plan.json format this plan is written in. */
    public static final int FORMAT_VERSION = 1;

    public Plan {
        changes = List.copyOf(changes);
        unmanaged = List.copyOf(unmanaged);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the plan can be applied: no errors. */
    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The counts, derived from the changes, the unmanaged key pairs and the errors: never at odds with them. */
    public Summary summary() {
        int[] counts = new int[Action.values().length];
        for (Change change : changes) {
            counts[change.action().ordinal()]++;
        }
        return new Summary(counts[Action.IMPORT.ordinal()], counts[Action.CREATE.ordinal()],
                counts[Action.REPLACE.ordinal()], counts[Action.UPDATE.ordinal()], counts[Action.DELETE.ordinal()],
                counts[Action.NOOP.ordinal()], unmanaged.size(), errors.size());
    }
}
