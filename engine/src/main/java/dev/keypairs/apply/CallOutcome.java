package dev.keypairs.apply;

import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Code;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreUnavailableException;
import java.util.List;

/**
 * The outcome of one call to the store, after its retries: its answer, or the store's refusal, or the store out of
 * reach.
 *
 * @param response the answer; null when the call failed
 * @param requestId the RequestId of the last try; null when the store never answered
 * @param error the store's refusal; null otherwise
 * @param unavailable why the store could not be used; null otherwise
 * @param attempts tries made
 * @param retriedOn the codes met on the tries that were repeated
 * @param repeat whether the call found its work done already (by an earlier try or another run)
 * @param signedWith the access key a refused call was signed with, where the store says; null otherwise
 */
record CallOutcome<T>(T response, String requestId, ApiError error, StoreUnavailableException unavailable,
        int attempts, List<String> retriedOn, boolean repeat, AccessKeyInUse signedWith) {

    boolean ok() {
        return error == null && unavailable == null;
    }

    /** Whether the call was not made at all: its region's endpoint was given up before it ({@link StoreCalls}). */
    boolean notAttempted() {
        return attempts == 0;
    }

    /** The failure's code; null for a call that did not fail. */
    Code code() {
        return error != null ? error.code() : unavailable != null ? ToolCode.STORE_UNAVAILABLE : null;
    }

    /**
     * Whether an earlier try may have landed without its answer: one was retried on a failure other than a refusal
     * for the rate (a throttled call did nothing).
     */
    boolean answerMayHaveBeenLost() {
        return retriedOn.stream().anyMatch(code -> !ApiCode.Answered.isThrottlingCode(code));
    }

    /** A refusal that repeating could have mended: a look-up may find the call landed after all. */
    boolean transientFailure() {
        return (error != null && error.kind() == ErrorKind.TRANSIENT)
                || (unavailable != null && unavailable.kind() == ErrorKind.TRANSIENT);
    }

    /**
     * A refusal that repeating the same call would meet again, and that may concern one key pair of a batch alone:
     * not a transient failure, which the retries already had, nor a denial, which every key pair meets.
     */
    boolean finalRefusal() {
        return error != null && error.kind() == ErrorKind.FINAL;
    }

    /** This outcome as work found done already. */
    CallOutcome<T> asRepeat() {
        return new CallOutcome<>(response, requestId, null, null, attempts, retriedOn, true, null);
    }
}
