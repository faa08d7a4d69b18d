package dev.keypairs.workflow;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.plan.Plan;
import java.nio.file.Path;

/**
 * An apply done.
 *
 * @param plan what was planned
 * @param result what was done
 * @param applyJson where apply.json was written
 */
public record ApplyReport(Plan plan, ApplyResult result, Path applyJson) {
}
