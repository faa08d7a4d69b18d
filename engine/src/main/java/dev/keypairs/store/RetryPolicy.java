package dev.keypairs.store;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often, and after how long, a call that failed transiently ({@link dev.keypairs.provider.ErrorKind#TRANSIENT}:
 * throttling, an internal error, a store locked for a moment) is tried again: exponential
 * backoff from {@code firstDelay}, doubling up to {@code maxDelay}, with jitter (each wait between half and all of
 * it), at most {@code maxAttempts} tries in all.
 *
 * @param maxAttempts tries in all, the first included
 * @param firstDelay the wait before the second try
 * @param maxDelay the longest wait between tries
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** Five tries, waiting 0.2, 0.4, 0.8 and 1.6 s: at most 3 s spent waiting on one call. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(2));

    /**
     * The wait before try {@code attempt + 1}, after {@code attempt} failed (from 1): the backoff, of which the
     * second half is random, so that callers refused together (two builds over one rate) do not retry together.
     */
    public Duration delayAfter(int attempt) {
        long millis = maxDelayAfter(attempt).toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    /** The longest wait {@link #delayAfter} gives after {@code attempt}. */
    public Duration maxDelayAfter(int attempt) {
        return Duration.ofMillis(Math.min(firstDelay.toMillis() << Math.min(attempt - 1, 20), maxDelay.toMillis()));
    }
}
