package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code policy} section of a manifest (SPEC §14, manifests.md): a severity per rule ({@code error},
 * {@code warn} or {@code off}) and the rules' thresholds, each within bounds that make sense. A field with a
 * problem keeps its default, and the problem is added.
 */
final class PolicySection {

    /** The smallest {@code minRsaBits}: OpenSSH refuses RSA keys under 1024 bits, so a lower one checks nothing. */
    static final int MIN_RSA_BITS_LOWEST = 1024;
    /** The largest {@code minRsaBits}: the largest RSA key OpenSSH reads, 16384 bits. */
    static final int MIN_RSA_BITS_HIGHEST = 16_384;
    /** The largest {@code certificateExpiringDays} and {@code maxAgeDays}: a hundred years. */
    static final int DAYS_HIGHEST = 36_500;

    private static final Map<String, PolicyRule> RULES = Arrays.stream(PolicyRule.values())
            .collect(Collectors.toUnmodifiableMap(PolicyRule::code, Function.identity()));
    private static final Map<String, Policy.Severity> SEVERITIES = Arrays.stream(Policy.Severity.values())
            .collect(Collectors.toUnmodifiableMap(Policy.Severity::id, Function.identity()));

    private PolicySection() {
    }

    /**
     * The policy a {@code policy:} entry declares; empty when it is not a mapping. Problems are added to
     * {@code problems}.
     */
    static Optional<Policy> read(YamlNode.Entry entry, List<Diagnostic> problems) {
        Optional<YamlNode.Mapping> body = entry.value().asMapping("policy", null, problems);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        body.get().rejectUnknownKeys(ManifestFields.POLICY, "in policy", null, problems);
        Map<PolicyRule, Policy.Severity> rules = body.get().entry("rules")
                .map(rulesEntry -> rules(rulesEntry, problems)).orElse(Map.of());
        Policy defaults = Policy.DEFAULT;
        return Optional.of(new Policy(rules,
                bounded(body.get(), "minRsaBits", MIN_RSA_BITS_LOWEST, MIN_RSA_BITS_HIGHEST,
                        "the RSA sizes OpenSSH reads", problems).orElse(defaults.minRsaBits()),
                bounded(body.get(), "certificateExpiringDays", 0, DAYS_HIGHEST, "days", problems)
                        .orElse(defaults.certificateExpiringDays()),
                bounded(body.get(), "maxAgeDays", 1, DAYS_HIGHEST, "days", problems).orElse(defaults.maxAgeDays())));
    }

    private static Map<PolicyRule, Policy.Severity> rules(YamlNode.Entry entry, List<Diagnostic> problems) {
        Optional<YamlNode.Mapping> body = entry.value().asMapping("policy rules", null, problems);
        if (body.isEmpty()) {
            return Map.of();
        }
        body.get().rejectUnknownKeys(RULES.keySet(), "in policy rules", null, problems);
        Map<PolicyRule, Policy.Severity> rules = new EnumMap<>(PolicyRule.class);
        for (YamlNode.Entry rule : body.get().entries()) {
            PolicyRule known = RULES.get(rule.key());
            if (known != null) {
                severity(rule, problems).ifPresent(severity -> rules.put(known, severity));
            }
        }
        return rules;
    }

    /**
     * {@code error}, {@code warn} or {@code off}. YAML 1.1 reads an unquoted {@code off} as false, as it does
     * {@code no} and {@code false}: each of them is off; a true is no severity.
     */
    private static Optional<Policy.Severity> severity(YamlNode.Entry rule, List<Diagnostic> problems) {
        String given = rule.value().kind();
        if (rule.value() instanceof YamlNode.Scalar scalar) {
            String text = scalar.text();
            if (scalar.type() == YamlNode.ScalarType.BOOLEAN && !ScalarTyping.isTrue(text)) {
                return Optional.of(Policy.Severity.OFF);
            }
            if (scalar.type() == YamlNode.ScalarType.STRING && SEVERITIES.containsKey(text)) {
                return Optional.of(SEVERITIES.get(text));
            }
            if (scalar.type() == YamlNode.ScalarType.STRING) {
                given = DidYouMean.appendTo("'" + PrintableText.of(text) + "'", text, SEVERITIES.keySet());
            }
        }
        problems.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, PrintableText.of(rule.key())
                + " must be error, warn or off, not " + given, null, rule.value().source()));
        return Optional.empty();
    }

    /** A whole number within bounds; out of them, a {@code ManifestSyntax} problem naming them. */
    private static Optional<Integer> bounded(YamlNode.Mapping body, String field, int lowest, int highest,
            String what, List<Diagnostic> problems) {
        Optional<YamlNode.Entry> entry = body.entry(field);
        Optional<Long> value = entry.flatMap(found -> found.integer(null, problems));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() < lowest || value.get() > highest) {
            problems.add(Diagnostic.of(ToolCode.MANIFEST_SYNTAX, field + " must be from " + lowest + " to " + highest
                    + " (" + what + "), not " + value.get(), null, entry.get().value().source()));
            return Optional.empty();
        }
        return Optional.of(value.get().intValue());
    }
}
