package dev.keypairs.workflow;

import dev.keypairs.plan.PlanError;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import dev.keypairs.render.PlanWords;
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

    /**
     * Every problem as plan.json's {@code errors} has it: code, words, address and place. For callers that answer the
     * problems without the plan's types (the emulator's seed endpoint).
     */
    public List<Diagnostic> diagnostics() {
        return errors.stream().map(PlanWords::diagnostic).toList();
    }

    /** The plan.json that holds the whole plan; null for a seed, which writes none. */
    public Path planJson() {
        return planJson;
    }
}
