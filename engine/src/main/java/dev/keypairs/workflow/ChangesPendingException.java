package dev.keypairs.workflow;

import dev.keypairs.plan.Summary;
import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;
import java.nio.file.Path;

/** {@code failOnChanges}: the store has drifted from the manifests (or the manifests from the store). */
public final class ChangesPendingException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient Summary summary;
    private final transient Path planJson;

    ChangesPendingException(Summary summary, Path planJson) {
        super(ToolCode.CHANGES_PENDING, FailureWords.changesPending(summary, planJson), null, null);
        this.summary = summary;
        this.planJson = planJson;
    }

    /** What the plan would change. */
    public Summary summary() {
        return summary;
    }

    /** The plan.json written. */
    public Path planJson() {
        return planJson;
    }
}
