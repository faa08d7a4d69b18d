package dev.keypairs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The pacer against a store that counts each call at its end, in a window of 100 ms (the second, scaled down so
 * the test is quick): however long the calls take, no window may count more calls than the rate.
 */
class RequestPacerTest {

    private static final int RATE = 5;
    private static final Duration WINDOW = Duration.ofMillis(100);

    @Test
    void slowCallsFollowedByQuickOnesNeverCrowdAWindow() throws Exception {
        // The first calls are slow (a cold JVM), then quick: a pacer spacing starts only would let the store count
        // the slow ones late, next to the quick ones after them.
        List<Long> counted = run(1, call -> call < RATE ? 30 : 0, 4 * RATE);

        assertWithinRate(counted);
    }

    @Test
    void threadsSharingThePacerNeverCrowdAWindow() throws Exception {
        List<Long> counted = run(3, call -> call % 7 == 0 ? 25 : call % 3, 8 * RATE);

        assertWithinRate(counted);
    }

    @Test
    void quickCallsAreSpacedEvenlyAtTheRate() throws Exception {
        List<Long> counted = run(1, call -> 0, 4 * RATE + 1);

        long spanMillis = (counted.get(counted.size() - 1) - counted.get(0)) / 1_000_000;
        // 4 windows' worth of calls after the first: 4 windows, plus the few milliseconds of margin a window.
        assertTrue(spanMillis >= 4 * WINDOW.toMillis() && spanMillis <= 4 * WINDOW.toMillis() + 40,
                "took " + spanMillis + " ms");
    }

    @Test
    void aReleasedPermitCountsOnce() throws Exception {
        RequestPacer pacer = new RequestPacer(1, WINDOW);
        RequestPacer.Permit permit = pacer.acquire();
        permit.release(true);
        permit.release(true);
        long start = System.nanoTime();

        pacer.acquire().release(true);
        pacer.acquire().release(true);

        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 2 * WINDOW.toMillis(), "one place, two windows: waited " + waitedMillis + " ms");
    }

    private interface Durations {
        long millis(int call);
    }

    /** Makes {@code calls} calls from {@code threads} threads; returns when the store counted each (its end). */
    private static List<Long> run(int threads, Durations durations, int calls) throws Exception {
        RequestPacer pacer = new RequestPacer(RATE, WINDOW);
        List<Long> counted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int call; (call = next.getAndIncrement()) < calls;) {
                        RequestPacer.Permit permit = pacer.acquire();
                        try {
                            Thread.sleep(durations.millis(call));
                            counted.add(System.nanoTime());
                        } finally {
                            permit.release(true);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(calls, counted.size());
        List<Long> sorted = new ArrayList<>(counted);
        Collections.sort(sorted);
        return sorted;
    }

    private static void assertWithinRate(List<Long> counted) {
        for (int i = RATE; i < counted.size(); i++) {
            long gapNanos = counted.get(i) - counted.get(i - RATE);
            assertTrue(gapNanos > WINDOW.toNanos(), "calls " + (i - RATE) + " to " + i + " counted within "
                    + gapNanos / 1_000 + " µs: more than " + RATE + " in one window");
        }
    }

    @Test
    void aRefusalForTheRateHalvesTheShareAndPassingCallsWinItBack() throws Exception {
        RequestPacer pacer = new RequestPacer(10, Duration.ofMillis(20));
        assertEquals(10, pacer.places());
        pacer.throttled();
        assertEquals(5, pacer.places());
        pacer.throttled();
        assertEquals(5, pacer.places(), "the refusals of one burst cut once");
        for (int cut = 0; cut < 3; cut++) {
            Thread.sleep(25); // a window later
            pacer.throttled();
        }
        assertEquals(1, pacer.places(), "never below one");
        for (int i = 0; i < 50; i++) { // 1 + 2 + ... + 9 = 45 passes win the places back
            pacer.acquire().release(true);
        }
        assertEquals(10, pacer.places(), "back to the documented rate, never above it");
        Thread.sleep(25);
        pacer.throttled();
        for (int i = 0; i < 20; i++) {
            pacer.acquire().release(false);
        }
        assertEquals(5, pacer.places(), "refused calls win nothing back");
    }
}
