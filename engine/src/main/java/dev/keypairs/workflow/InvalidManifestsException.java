package dev.keypairs.workflow;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.util.List;

/** The manifests have problems; every one is listed. */
public final class InvalidManifestsException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> errors;

    InvalidManifestsException(List<Diagnostic> errors) {
        super(ToolCode.INVALID_MANIFESTS, FailureWords.invalidManifests(errors), null, null);
        this.errors = List.copyOf(errors);
    }

    /** Every problem found. */
    public List<Diagnostic> errors() {
        return errors;
    }
}
