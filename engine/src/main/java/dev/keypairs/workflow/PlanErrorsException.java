package dev.keypairs.workflow;

import dev.keypairs.project.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** The plan predicts errors; plan.json and plan.md were written all the same, and nothing was applied. */
public final class PlanErrorsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    PlanErrorsException(List<Diagnostic> errors, Path planJson) {
        super(Messages.errorList(errors, "Fix them and plan again; nothing was changed. The full plan is in "
                + planJson + "."), null);
        this.errors = List.copyOf(errors);
    }

    /** Every problem found. */
    public List<Diagnostic> errors() {
        return errors;
    }
}
