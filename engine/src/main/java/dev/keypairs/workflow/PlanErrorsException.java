package dev.keypairs.workflow;

import dev.keypairs.plan.PlanError;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.nio.file.Path;
import java.util.List;

/** The plan predicts errors; plan.json and plan.md were written all the same, and nothing was applied. */
public final class PlanErrorsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<PlanError> errors;
    private final transient Path planJson;

    PlanErrorsException(List<PlanError> errors, Path planJson) {
        super(ToolCode.PLAN_ERRORS, FailureWords.planErrors(errors, planJson), null, null);
        this.errors = List.copyOf(errors);
        this.planJson = planJson;
    }

    /** Every problem found, as typed values. */
    public List<PlanError> errors() {
        return errors;
    }

    /** The plan.json that holds the whole plan; null for a seed, which writes none. */
    public Path planJson() {
        return planJson;
    }
}
