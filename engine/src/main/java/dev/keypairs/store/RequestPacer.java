package dev.keypairs.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * Keeps calls within a documented rate (Tencent's ImportKeyPair: 10 a second), shared by every thread of a run:
 * the limit is respected by waiting, never by collecting {@code RequestLimitExceeded}.
 *
 * <p>Calls start evenly spaced, and each holds one of the rate's places from its start until a second after it
 * ends. The store counts a call at some moment between its start and its end, so no second can then count more
 * calls than the rate, however long calls take: spacing starts alone is not enough, since a slow call (the first
 * ones on a cold JVM are) is counted late, close to the quick calls after it.
 *
 * <p>The limit counts every caller of the account, and other processes may be calling too (two builds applying
 * into one region): a refusal for the rate halves this pacer's share, and as many passing calls as it has places
 * win a place back, one at a time, up to the documented rate. Two builds so settle at about half the rate each.
 */
final class RequestPacer {

    /** The store counts whole milliseconds: a little more than a second keeps a call clear of the second before. */
    private static final long MARGIN_NANOS = Duration.ofMillis(2).toNanos();

    private final int perWindow;
    private final long windowNanos;
    /** The places this pacer uses now: the documented rate, less what refusals took away. */
    private int places;
    /** Calls that passed since a place was last won back. */
    private int passedSinceGrowth;
    /** When the share was last cut; a window before the pacer was made, so the first refusal cuts. */
    private long lastCut;
    /** When the places of ended calls come free again, oldest first. */
    private final ArrayDeque<Long> cooling = new ArrayDeque<>();
    private int running;
    private long nextStart = System.nanoTime();

    /** A pacer for {@code perSecond} calls a second. */
    RequestPacer(int perSecond) {
        this(perSecond, Duration.ofSeconds(1));
    }

    RequestPacer(int perWindow, Duration window) {
        this.perWindow = perWindow;
        this.windowNanos = window.toNanos();
        this.places = perWindow;
        this.lastCut = System.nanoTime() - windowNanos;
    }

    /**
     * A call was refused for the rate: the account's limit is shared, so use half the places from now. The refusals
     * of one burst (parallel regions share this pacer) cut once: a cut holds for a window.
     */
    synchronized void throttled() {
        long now = System.nanoTime();
        if (now - lastCut < windowNanos) {
            return;
        }
        lastCut = now;
        places = Math.max(1, places / 2);
        passedSinceGrowth = 0;
        // Space the next start as the smaller share spaces calls.
        nextStart = Math.max(nextStart, now + windowNanos / places);
    }

    /** The places in use now, for tests. */
    synchronized int places() {
        return places;
    }

    /** Waits until a call may start; the permit must be released when the call has returned or failed. */
    Permit acquire() throws InterruptedException {
        synchronized (this) {
            while (true) {
                long now = System.nanoTime();
                while (!cooling.isEmpty() && cooling.peekFirst() <= now) {
                    cooling.pollFirst();
                }
                boolean placeFree = running + cooling.size() < places;
                long earliest = placeFree ? nextStart : cooling.isEmpty() ? Long.MAX_VALUE : cooling.peekFirst();
                if (placeFree && earliest <= now) {
                    running++;
                    nextStart = Math.max(now, nextStart) + windowNanos / places;
                    return new Permit();
                }
                if (earliest == Long.MAX_VALUE) {
                    wait(); // every place is held by a running call: its end frees one
                } else {
                    TimeUnit.NANOSECONDS.timedWait(this, Math.max(earliest - now, 1));
                }
            }
        }
    }

    private synchronized void release(boolean passed) {
        running--;
        if (passed && places < perWindow && ++passedSinceGrowth >= places) {
            // A window's worth of calls passed at this share: try one place more.
            places++;
            passedSinceGrowth = 0;
        }
        cooling.addLast(System.nanoTime() + windowNanos + MARGIN_NANOS);
        notifyAll();
    }

    /** One call's place in the rate. */
    final class Permit {
        private boolean released;

        private Permit() {
        }

        /**
         * The call has returned or failed; its place comes free a second from now. Only the first call counts.
         *
         * @param passed whether the store took the call (a refusal for the rate is not)
         */
        void release(boolean passed) {
            if (!released) {
                released = true;
                RequestPacer.this.release(passed);
            }
        }
    }
}
