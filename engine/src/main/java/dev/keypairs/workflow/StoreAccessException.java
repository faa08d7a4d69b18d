package dev.keypairs.workflow;

import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Code;
import dev.keypairs.render.FailureWords;
import dev.keypairs.render.StoreProblem;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.StoreUnavailableException;

/**
 * The store could not be opened or read, or an apply using it was interrupted; the message names the store
 * (credentials redacted) and quotes the store's own message. Its code is the provider's when the store's API refused
 * the call, else {@code StoreUnavailable} ({@code Interrupted} for an interrupted apply).
 */
public final class StoreAccessException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    private final transient StoreProblem problem;

    StoreAccessException(StoreProblem problem, Throwable cause, Setting setting) {
        super(codeOf(problem, cause), FailureWords.of(problem), cause, setting);
        this.problem = problem;
    }

    private static Code codeOf(StoreProblem problem, Throwable cause) {
        if (problem instanceof StoreProblem.Interrupted) {
            return ToolCode.INTERRUPTED;
        }
        if (cause instanceof ApiErrorException refused) {
            return refused.error().code();
        }
        return cause instanceof StoreUnavailableException unavailable && unavailable.code() != null
                ? unavailable.code() : ToolCode.STORE_UNAVAILABLE;
    }

    /** What failed, as typed values. */
    public StoreProblem problem() {
        return problem;
    }
}
