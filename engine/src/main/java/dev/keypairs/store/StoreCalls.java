package dev.keypairs.store;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.project.ToolCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How keypairs makes every store call, the plan's reads and apply's writes alike (store.md): paced where the
 * store holds its callers to a documented rate, and a transient refusal (throttling, an internal error, HTTP 5xx,
 * a lost connection) tried again with bounded backoff and jitter. Only keypairs retries: the clouds' SDKs are told
 * not to, so retries never stack. One instance serves a whole run, since the providers count rates per account;
 * it also gives a region up once its endpoint left {@link #unansweredLimit()} calls in a row unanswered: the
 * region's further calls are not attempted.
 */
public final class StoreCalls {

    /**
     * Each call made once, unpaced: for tools and tests that look at a store directly. A fresh instance each time, so
     * that one caller's regions given up never stop another's.
     */
    public static StoreCalls once() {
        return new StoreCalls(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), RequestPacing.NONE);
    }

    private final RetryPolicy retry;
    private final RequestPacing pacing;
    private final UnansweredCalls unanswered = new UnansweredCalls();

    /**
     * Calls retried and paced as given.
     *
     * @param retry how transient failures are retried
     * @param pacing which calls are paced, at what rate
     */
    public StoreCalls(RetryPolicy retry, RequestPacing pacing) {
        this.retry = retry;
        this.pacing = pacing;
    }

    /** The default retries, and the pacing of the calls whose rate this store holds its callers to. */
    public static StoreCalls forStore(KeyPairStore store, Rules rules) {
        return new StoreCalls(RetryPolicy.DEFAULT, RequestPacing.documented(rules, store.ratedCalls()));
    }

    /** A store call that may be repeated. */
    @FunctionalInterface
    public interface Call<T> {
        /** Makes the call once. */
        T call() throws StoreException;
    }

    /**
     * What a call came to after its retries.
     *
     * @param response the answer; null when the call failed
     * @param failure the last failure; null when the call succeeded; for a call not attempted, the last of the
     *     unanswered calls that gave its region up
     * @param attempts how many times the call was made: 0 when it was not attempted, its region given up
     * @param retriedOn the code of each failure that was retried, in order
     */
    public record Attempts<T>(T response, StoreException failure, int attempts, List<String> retriedOn) {

        public Attempts {
            retriedOn = List.copyOf(retriedOn);
        }

        /** Whether the call was not made at all: its region's endpoint was given up before it. */
        public boolean notAttempted() {
            return attempts == 0;
        }
    }

    /** How many calls in a row, each unanswered after its retries, give a region's endpoint up for the run. */
    public static int unansweredLimit() {
        return UnansweredCalls.LIMIT;
    }

    /**
     * Whether the region's endpoint was given up: {@value UnansweredCalls#LIMIT} calls in a row got no answer, so
     * its further calls are not attempted.
     */
    public boolean givenUp(Provider provider, String regionId) {
        return unanswered.givenUp(provider, regionId).isPresent();
    }

    /**
     * Makes the call, retrying it while it fails transiently and the policy allows, each attempt paced; or, when the
     * region's endpoint was given up, answers at once that it was not attempted.
     *
     * @param provider whose API is called
     * @param regionId the region it concerns, whose endpoint it goes to
     * @param apiCall which call it is, for pacing
     */
    public <T> Attempts<T> attempt(Provider provider, String regionId, ApiCall apiCall, Call<T> call)
            throws InterruptedException {
        Optional<StoreUnavailableException> givenUp = unanswered.givenUp(provider, regionId);
        if (givenUp.isPresent()) {
            return new Attempts<>(null, givenUp.get(), 0, List.of());
        }
        Attempts<T> attempts = attemptNow(provider, apiCall, call);
        unanswered.ended(provider, regionId, attempts.failure());
        return attempts;
    }

    private <T> Attempts<T> attemptNow(Provider provider, ApiCall apiCall, Call<T> call) throws InterruptedException {
        RequestPacer pacer = pacing.pacer(provider, apiCall);
        List<String> retriedOn = new ArrayList<>();
        for (int attempt = 1;; attempt++) {
            RequestPacer.Permit permit = pacer == null ? null : pacer.acquire();
            boolean passed = true;
            try {
                return new Attempts<>(call.call(), null, attempt, retriedOn);
            } catch (StoreException e) {
                if (pacer != null && isRateRefusal(e)) {
                    // Others call the same account: take a smaller share of its rate.
                    passed = false;
                    pacer.throttled();
                }
                if (e.kind() != ErrorKind.TRANSIENT || attempt >= retry.maxAttempts()) {
                    return new Attempts<>(null, e, attempt, retriedOn);
                }
                retriedOn.add(codeOf(e));
            } finally {
                if (permit != null) {
                    permit.release(passed);
                }
            }
            Thread.sleep(retry.delayAfter(attempt).toMillis());
        }
    }

    /**
     * Makes the call as {@link #attempt} does, and answers its response or throws its last failure.
     *
     * @param provider whose API it is
     * @param regionId the region it concerns, whose endpoint it goes to
     * @param apiCall which call it is, for its pacing
     * @param call the call itself
     * @throws StoreUnavailableException also when the thread is interrupted while it waits (its flag is kept)
     */
    public <T> T call(Provider provider, String regionId, ApiCall apiCall, Call<T> call) throws StoreException {
        Attempts<T> attempts;
        try {
            attempts = attempt(provider, regionId, apiCall, call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(apiCall + " was interrupted", e);
        }
        if (attempts.failure() != null) {
            throw attempts.failure();
        }
        return attempts.response();
    }

    /** The code a failure is recorded under: the API's, or {@code StoreUnavailable}. */
    public static String codeOf(StoreException failure) {
        return failure instanceof ApiErrorException refused ? refused.error().code().code() : ToolCode.STORE_UNAVAILABLE.code();
    }

    private static boolean isRateRefusal(StoreException e) {
        return e instanceof ApiErrorException refused && refused.kind() == ErrorKind.TRANSIENT
                && refused.error().code().isThrottling();
    }
}
