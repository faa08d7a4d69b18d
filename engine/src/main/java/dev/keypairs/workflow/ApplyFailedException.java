package dev.keypairs.workflow;

import dev.keypairs.apply.Failure;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.nio.file.Path;
import java.util.List;

/** Some planned actions failed; the others were carried out. Running apply again retries what is left. */
public final class ApplyFailedException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient List<Failure> failures;
    private final transient Path applyJson;

    ApplyFailedException(List<Failure> failures, Path applyJson) {
        super(ToolCode.APPLY_FAILED, FailureWords.applyFailed(failures, applyJson), null, null);
        this.failures = List.copyOf(failures);
        this.applyJson = applyJson;
    }

    /** The actions that failed, each with its own code. */
    public List<Failure> failures() {
        return failures;
    }

    /** The apply.json that records every call made; null for a seed, which writes none. */
    public Path applyJson() {
        return applyJson;
    }
}
