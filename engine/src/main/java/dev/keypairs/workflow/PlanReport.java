package dev.keypairs.workflow;

import dev.keypairs.plan.Plan;
import java.nio.file.Path;

/**
 * A plan made and written.
 *
 * @param plan the plan
 * @param planJson where plan.json was written
 * @param planMarkdown where plan.md was written
 */
public record PlanReport(Plan plan, Path planJson, Path planMarkdown) {
}
