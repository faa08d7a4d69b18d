package dev.keypairs.manifest;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key policy a manifest set declares (SPEC §14, policy.md): a severity per rule and the rules' thresholds. At
 * most one file of a manifest set holds it; it covers every key pair. Without one, {@link #DEFAULT}.
 *
 * @param rules each rule's severity; every rule present
 * @param minRsaBits the smallest RSA key accepted by {@link PolicyRule#SHORT_RSA_KEY} (default 2048)
 * @param certificateExpiringDays how soon an expiry counts for {@link PolicyRule#CERTIFICATE_EXPIRING} (default 30)
 * @param maxAgeDays the oldest a key pair may be for {@link PolicyRule#KEY_PAIR_TOO_OLD} (default 365)
 */
public record Policy(Map<PolicyRule, Severity> rules, int minRsaBits, int certificateExpiringDays, int maxAgeDays) {

    /** The defaults of SPEC §14. */
    public static final Policy DEFAULT = new Policy(defaults(), 2048, 30, 365);

    public Policy {
        Map<PolicyRule, Severity> all = defaults();
        all.putAll(Objects.requireNonNull(rules, "rules"));
        rules = Map.copyOf(all);
    }

    private static Map<PolicyRule, Severity> defaults() {
        Map<PolicyRule, Severity> rules = new EnumMap<>(PolicyRule.class);
        for (PolicyRule rule : PolicyRule.values()) {
            rules.put(rule, rule.defaultSeverity());
        }
        return rules;
    }

    /** A rule's severity. */
    public Severity severity(PolicyRule rule) {
        return rules.get(rule);
    }

    /** Whether any rule is on: with none, the plan checks nothing. */
    public boolean anyOn() {
        return rules.values().stream().anyMatch(severity -> severity != Severity.OFF);
    }

    /** What a rule says of a finding: an error, a warning, or nothing. */
    public enum Severity {
        /** A finding of a declared key pair is a plan error: nothing is applied. */
        ERROR("error"),
        /** A finding is reported; {@code keypairs.failOnWarnings=true} fails the goal on one. */
        WARN("warn"),
        /** The rule is not checked. */
        OFF("off");

        private final String id;

        Severity(String id) {
            this.id = id;
        }

        /** As a manifest writes it. */
        public String id() {
            return id;
        }
    }
}
