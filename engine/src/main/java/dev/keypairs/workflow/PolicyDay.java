package dev.keypairs.workflow;

import dev.keypairs.render.ConfigurationProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code keypairs.policy.asOf}: the day the key policy checks certificates and ages as of (policy.md). */
final class PolicyDay {

    private PolicyDay() {
    }

    /**
     * The day given as {@code YYYY-MM-DD}; null when none was given.
     *
     * @throws InvalidConfigurationException {@code InvalidSetting} for a value that is no such date
     */
    static LocalDate parse(String given) throws InvalidConfigurationException {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.InvalidPolicyAsOf(given), e,
                    Setting.POLICY_AS_OF);
        }
    }
}
