package dev.keypairs.workflow;

import dev.keypairs.plan.Finding;
import dev.keypairs.plan.Plan;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.nio.file.Path;
import java.util.List;

/** {@code failOnWarnings}: the key policy warns of declared key pairs (policy.md); nothing was applied. */
public final class PolicyWarningsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> warnings;
    private final transient Path planJson;

    PolicyWarningsException(List<Finding> warnings, Path planJson) {
        super(ToolCode.POLICY_WARNINGS, FailureWords.policyWarnings(warnings, planJson), null, null);
        this.warnings = List.copyOf(warnings);
        this.planJson = planJson;
    }

    /** Fails when {@code failOnWarnings} is set and the key policy warns of a declared key pair. */
    static void refuse(Plan plan, boolean failOnWarnings, Path planJson) throws PolicyWarningsException {
        if (failOnWarnings && plan.hasDeclaredWarnings()) {
            throw new PolicyWarningsException(plan.findings().stream().filter(finding -> !finding.unmanaged()
                    && finding.severity() == Finding.Severity.WARNING).toList(), planJson);
        }
    }

    /** The warnings of declared key pairs, as typed values. */
    public List<Finding> warnings() {
        return warnings;
    }

    /** The plan.json that holds the whole plan. */
    public Path planJson() {
        return planJson;
    }
}
