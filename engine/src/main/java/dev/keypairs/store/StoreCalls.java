package dev.keypairs.store;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.project.ToolCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How keypairs makes every store call, the plan's reads and apply's writes alike (store.md): paced where the
 * store holds its callers to a documented rate, and a transient refusal (throttling, an internal error, HTTP 5xx,
 * a lost connection) tried again with bounded backoff and jitter. Only keypairs retries: the clouds' SDKs are told
 * not to, so retries never stack. One instance serves a whole run, since the providers count rates per account.
 */
public final class StoreCalls {

    /** Each call made once, unpaced: for tools and tests that look at a store directly. */
    public static final StoreCalls ONCE = new StoreCalls(new RetryPolicy(1, Duration.ZERO, Duration.ZERO),
            RequestPacing.NONE);

    private final RetryPolicy retry;
    private final RequestPacing pacing;

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
     * @param failure the last failure; null when the call succeeded
     * @param attempts how many times the call was made
     * @param retriedOn the code of each failure that was retried, in order
     */
    public record Attempts<T>(T response, StoreException failure, int attempts, List<String> retriedOn) {

        public Attempts {
            retriedOn = List.copyOf(retriedOn);
        }
    }

    /**
     * Makes the call, retrying it while it fails transiently and the policy allows, each attempt paced.
     *
     * @param provider whose API is called
     * @param apiCall which call it is, for pacing
     */
    public <T> Attempts<T> attempt(Provider provider, ApiCall apiCall, Call<T> call) throws InterruptedException {
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
     * @throws StoreUnavailableException also when the thread is interrupted while it waits (its flag is kept)
     */
    public <T> T call(Provider provider, ApiCall apiCall, Call<T> call) throws StoreException {
        Attempts<T> attempts;
        try {
            attempts = attempt(provider, apiCall, call);
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
