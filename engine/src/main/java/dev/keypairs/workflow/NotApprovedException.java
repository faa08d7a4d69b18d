package dev.keypairs.workflow;

import dev.keypairs.project.ToolCode;
import dev.keypairs.render.FailureWords;

/** {@code NotApproved}: a destroy that was declined, or could not be asked about. Nothing was deleted. */
public final class NotApprovedException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final int deletes;

    NotApprovedException(int deletes) {
        super(ToolCode.NOT_APPROVED, FailureWords.notApproved(deletes), null, Setting.AUTO_APPROVE);
        this.deletes = deletes;
    }

    /** How many key pairs the destroy would have deleted. */
    public int deletes() {
        return deletes;
    }
}
