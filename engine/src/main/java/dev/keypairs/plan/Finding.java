package dev.keypairs.plan;

import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.project.Address;
import java.util.Objects;

/**
 * What the key policy (SPEC §14, policy.md) found of one key pair, as a typed value: plan.json's {@code findings},
 * worded by the renderers. An {@link Severity#ERROR} of a declared key pair is also a plan error
 * ({@link PlanError.PolicyViolation}); a finding of an unmanaged key pair never blocks.
 *
 * @param address the key pair's address
 * @param rule the rule that found it; its name is the finding's code
 * @param severity what the policy says of it
 * @param unmanaged whether no manifest declares the key pair: the audit of what the account holds
 * @param facts what the rule looked at
 */
public record Finding(Address address, PolicyRule rule, Severity severity, boolean unmanaged, FindingFacts facts) {

    public Finding {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(facts, "facts");
    }

    /** The finding's code: the rule's name. */
    public PolicyRule code() {
        return rule;
    }

    /** Whether it holds an apply back: an error of a declared key pair. */
    public boolean blocks() {
        return severity == Severity.ERROR && !unmanaged;
    }

    /** A finding's weight, as plan.json writes it. */
    public enum Severity {
        /** The rule is an {@code error}: a declared key pair's finding is a plan error. */
        ERROR("error"),
        /** The rule is a {@code warn}: reported; {@code keypairs.failOnWarnings=true} fails the goal on one. */
        WARNING("warning");

        private final String id;

        Severity(String id) {
            this.id = id;
        }

        /** As plan.json writes it. */
        public String id() {
            return id;
        }
    }
}
