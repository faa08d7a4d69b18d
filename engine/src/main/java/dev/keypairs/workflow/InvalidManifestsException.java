package dev.keypairs.workflow;

import dev.keypairs.project.Diagnostic;
import java.util.List;

/** The manifests have problems; every one is listed. */
public final class InvalidManifestsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    InvalidManifestsException(List<Diagnostic> errors) {
        super(Messages.errorList(errors, "Fix the manifests and run again; nothing was read from or written to the"
                + " store."), null);
        this.errors = List.copyOf(errors);
    }

    /** Every problem found. */
    public List<Diagnostic> errors() {
        return errors;
    }
}
