package dev.keypairs.emulator.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The signature nonces seen in the replay window, per access key: a nonce used twice inside it is a replay.
 * Only requests whose signature verified are recorded, so a forged request cannot burn a client's nonce.
 */
final class NonceLedger {

    /** How often, in recorded nonces, the ledger forgets those older than the window. */
    private static final int PURGE_EVERY = 4_096;

    private final Duration window;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final AtomicInteger sincePurge = new AtomicInteger();

    NonceLedger(Duration window) {
        this.window = window;
    }

    /** Records the nonce; false when it was seen within the window before {@code now}. */
    boolean firstUse(String accessKeyId, String nonce, Instant now) {
        if (sincePurge.incrementAndGet() >= PURGE_EVERY) {
            sincePurge.set(0);
            purge(now);
        }
        Instant cutoff = now.minus(window);
        String key = accessKeyId + '\n' + nonce;
        boolean[] first = {true};
        seen.compute(key, (k, earlier) -> {
            if (earlier != null && earlier.isAfter(cutoff)) {
                first[0] = false;
                return earlier;
            }
            return now;
        });
        return first[0];
    }

    private void purge(Instant now) {
        Instant cutoff = now.minus(window);
        for (Iterator<Instant> it = seen.values().iterator(); it.hasNext(); ) {
            if (!it.next().isAfter(cutoff)) {
                it.remove();
            }
        }
    }
}
