package dev.keypairs.emulator.wire;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Conditions of a real cloud an emulator can put on: latency on every call, as a region far away has, and bursts
 * of throttling, as a busy account meets (emulator.md). Off by default. Clients' retries and timeouts are tested
 * against these without a real account.
 *
 * @param latency how long each request waits before it is answered
 * @param throttled of every {@code period} requests, how many (the first ones) are refused for the rate
 * @param period the length of a throttling cycle, in requests; 0 when nothing is throttled
 */
public record Faults(Duration latency, int throttled, int period) {

    /** No latency added, nothing throttled. */
    public static final Faults NONE = new Faults(Duration.ZERO, 0, 0);

    public Faults {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency is negative");
        }
        if (period < 0 || throttled < 0 || throttled > period || (period == 0) != (throttled == 0)) {
            throw new IllegalArgumentException("throttled " + throttled + " of every " + period);
        }
    }

    /**
     * Reads a throttling setting {@code N/M}: the first N of every M requests are refused, e.g. {@code 3/10}.
     *
     * @return empty when the text is not in that form with 0 &lt; N &lt;= M
     */
    public static Optional<Faults> throttling(Duration latency, String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            int throttled = Integer.parseInt(parts[0].strip());
            int period = Integer.parseInt(parts[1].strip());
            if (throttled <= 0 || throttled > period) {
                return Optional.empty();
            }
            return Optional.of(new Faults(latency, throttled, period));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** These faults with another latency. */
    public Faults withLatency(Duration newLatency) {
        return new Faults(newLatency, throttled, period);
    }

    /** Counts requests and says which of them are refused for the rate. */
    public static final class Counter {
        private final Faults faults;
        private final AtomicLong requests = new AtomicLong();

        /** A counter of requests under these faults. */
        public Counter(Faults faults) {
            this.faults = faults;
        }

        /** Counts one request: whether it is refused for the rate. */
        public boolean throttleNext() {
            long index = requests.getAndIncrement();
            return faults.period > 0 && index % faults.period < faults.throttled;
        }

        /** How many requests were counted. */
        public long requests() {
            return requests.get();
        }
    }
}
