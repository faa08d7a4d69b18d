package dev.keypairs.workflow;

import dev.keypairs.project.ToolCode;

/** {@code NotApproved}: a destroy that was declined, or could not be asked about. Nothing was deleted. */
public final class NotApprovedException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    NotApprovedException(int deletes) {
        super(ToolCode.NOT_APPROVED.code() + ": the destroy would delete " + (deletes == 1 ? "1 key pair"
                : deletes + " key pairs") + " and was not approved; nothing was deleted. Approve it at the prompt, or"
                + " set keypairs.autoApprove=true where no one can answer one.", null, Setting.AUTO_APPROVE);
    }
}
