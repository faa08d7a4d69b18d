package dev.keypairs.emulator.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The signature nonces seen in the replay window, per access key: a nonce used twice inside it is a replay.
 * Only requests whose signature verified are recorded, so a forged request cannot burn a client's nonce.
 * Nonces are forgotten in the order they came as they leave the window, and at most a capacity are held
 * ({@value #CAPACITY} in the emulator): a client signing faster than that in 15 minutes is told to slow down,
 * never let through unchecked.
 */
final class NonceLedger {

    /** The most nonces held at once: about 100 MiB, over 1,100 signed requests a second for 15 minutes. */
    static final int CAPACITY = 1_000_000;

    private record Seen(String key, Instant at) {
    }

    private final Duration window;
    private final int capacity;
    private final Map<String, Instant> seen = new HashMap<>();
    private final ArrayDeque<Seen> order = new ArrayDeque<>();

    NonceLedger(Duration window, int capacity) {
        this.window = window;
        this.capacity = capacity;
    }

    /** What recording a nonce found. */
    enum Use { FIRST, REPLAYED, FULL }

    /**
     * Records the nonce unless it was seen within the window before {@code now}, or the ledger is full. One lock:
     * each call is a few map operations, far below a request's cost.
     */
    synchronized Use record(String accessKeyId, String nonce, Instant now) {
        Instant cutoff = now.minus(window);
        while (!order.isEmpty() && !order.peekFirst().at().isAfter(cutoff)) {
            Seen oldest = order.pollFirst();
            seen.remove(oldest.key(), oldest.at());
        }
        String key = accessKeyId + '\n' + nonce;
        Instant earlier = seen.putIfAbsent(key, now);
        if (earlier != null) {
            if (earlier.isAfter(cutoff)) {
                return Use.REPLAYED;
            }
            seen.put(key, now);
        } else if (seen.size() > capacity) {
            seen.remove(key, now);
            return Use.FULL;
        }
        order.addLast(new Seen(key, now));
        return Use.FIRST;
    }
}
