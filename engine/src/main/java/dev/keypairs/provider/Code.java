package dev.keypairs.provider;

/**
 * A code a user reads in plan.json, apply.json or a goal's failure: a provider's ({@link ApiCode}) or keypairs' own
 * ({@code dev.keypairs.project.ToolCode}). Decisions compare these values, never their spelling.
 */
public interface Code {

    /** The code exactly as plan.json and apply.json spell it, e.g. {@code QuotaExceed.KeyPair} or {@code StalePlan}. */
    String code();
}
