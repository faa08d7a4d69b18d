package dev.keypairs.apply;

import java.time.Duration;

/**
 * Spaces calls so that no more than the documented number start in any second (Tencent's ImportKeyPair: 10),
 * shared by every thread of an apply: the limit is respected by waiting, never by collecting
 * {@code RequestLimitExceeded}. A small margin keeps the spacing clear of clock granularity.
 */
final class RequestPacer {

    private static final long MARGIN_NANOS = Duration.ofNanos(500_000).toNanos();

    private final long intervalNanos;
    private long next = System.nanoTime();

    RequestPacer(int perSecond) {
        this.intervalNanos = Duration.ofSeconds(1).toNanos() / perSecond + MARGIN_NANOS;
    }

    /** Waits until the next call may start, then reserves its slot. */
    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long start = Math.max(now, next);
            next = start + intervalNanos;
            wait = start - now;
        }
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
