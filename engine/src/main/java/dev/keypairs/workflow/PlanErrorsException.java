package dev.keypairs.workflow;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.nio.file.Path;
import java.util.List;

/** The plan predicts errors; plan.json and plan.md were written all the same, and nothing was applied. */
public final class PlanErrorsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;
    private final transient Path planJson;

    PlanErrorsException(List<Diagnostic> errors, Path planJson) {
        super(ToolCode.PLAN_ERRORS, FailureWords.planErrors(errors, planJson), null, null);
        this.errors = List.copyOf(errors);
        this.planJson = planJson;
    }

    /** Every problem found. */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** The plan.json that holds the whole plan. */
    public Path planJson() {
        return planJson;
    }
}
