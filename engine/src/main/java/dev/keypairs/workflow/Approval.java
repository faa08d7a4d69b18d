package dev.keypairs.workflow;

import dev.keypairs.plan.Summary;

/**
 * Asks the user whether a destroy may go ahead, after its plan was shown: as Terraform does without
 * {@code -auto-approve}, a front end prompts when it can and refuses when it cannot.
 */
@FunctionalInterface
public interface Approval {

    /** Approves every destroy: for a user who said so up front ({@code keypairs.autoApprove=true}). */
    Approval GIVEN = summary -> true;

    /**
     * Whether the planned deletions may be applied.
     *
     * @param summary what the plan would do; only asked when it would delete something
     */
    boolean approves(Summary summary);
}
