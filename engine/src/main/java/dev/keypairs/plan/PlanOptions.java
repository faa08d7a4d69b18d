package dev.keypairs.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The options a plan is made with; recorded in plan.json, so a saved plan is re-made with the same ones.
 *
 * @param manifests the manifest files and directories, relative to the base, as named (the workflow names
 *     {@code keypairs.yaml} when the user named none)
 * @param targets address globs ({@code *} within one segment); empty for everything
 * @param prune true or false to prune every or no declared region; null to let each region decide
 * @param policyAsOf the day (from its start, UTC) the key policy checks certificates and ages as of
 *     ({@code keypairs.policy.asOf}); null for the time the plan is made
 * @param execution the name of the configuration among a project's several that the plan is made for (Maven's
 *     execution id: {@code prod} of {@code keypairs:plan@prod}); null for none. Recorded, never planned with: a saved
 *     plan of another execution is refused before it is re-made, so it is no part of the basis
 */
public record PlanOptions(List<String> manifests, List<String> targets, Boolean prune, LocalDate policyAsOf,
        String execution) {

    public PlanOptions {
        manifests = List.copyOf(manifests);
        targets = List.copyOf(targets);
    }

    /** Options of no named execution. */
    public PlanOptions(List<String> manifests, List<String> targets, Boolean prune, LocalDate policyAsOf) {
        this(manifests, targets, prune, policyAsOf, null);
    }

    /** Options checking the key policy as of the time the plan is made, of no named execution. */
    public PlanOptions(List<String> manifests, List<String> targets, Boolean prune) {
        this(manifests, targets, prune, null, null);
    }

    /** The instant the key policy checks as of: the start of {@link #policyAsOf()} in UTC, or {@code now}. */
    public Instant policyInstant(Instant now) {
        return policyAsOf == null ? now : policyAsOf.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
