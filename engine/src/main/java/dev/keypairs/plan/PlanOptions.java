package dev.keypairs.plan;

import java.util.List;

/**
 * The options a plan is made with; recorded in plan.json, so a saved plan is re-made with the same ones.
 *
 * @param manifests the manifest files and directories, relative to the base, as named (the workflow names
 *     {@code keypairs.yaml} when the user named none)
 * @param targets address globs ({@code *} within one segment); empty for everything
 * @param prune true or false to prune every or no declared region; null to let each region decide
 */
public record PlanOptions(List<String> manifests, List<String> targets, Boolean prune) {

    public PlanOptions {
        manifests = List.copyOf(manifests);
        targets = List.copyOf(targets);
    }
}
