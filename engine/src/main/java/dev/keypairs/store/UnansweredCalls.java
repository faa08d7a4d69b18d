package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many calls in a row each region's endpoint left unanswered, and the regions given up for the run (store.md,
 * apply.md): once {@link #LIMIT} calls in a row, each after its retries, got no answer at all
 * ({@link StoreUnavailableException#unanswered()}: the connection refused, reset or timed out), the endpoint is
 * plainly gone, and the region's further calls fail at once instead of each spending its retries on it. An answer,
 * even a refusal, starts the count again. Counted per region: a region's calls all go to one endpoint, while two
 * regions may go to two (the clouds' public endpoints), so that one endpoint gone never stops another's region.
 * Safe for the threads of a run's regions.
 */
final class UnansweredCalls {

    /** Calls in a row, each unanswered after its retries, that give a region's endpoint up. */
    static final int LIMIT = 3;

    private record RegionKey(Provider provider, String regionId) {
        // Written out: the generated ones go through method handles, 12 ms on the cold JVM of a goal (performance.md).
        @Override
        public boolean equals(Object other) {
            return other instanceof RegionKey key && provider == key.provider && Objects.equals(regionId, key.regionId);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(provider) * 31 + Objects.hashCode(regionId);
        }
    }

    /** A region's count, and the last failure that counted. */
    private record Count(int inARow, StoreUnavailableException last) {
    }

    private final Map<RegionKey, Count> counts = new ConcurrentHashMap<>();

    /** The failure that gave the region up; empty while its calls are still made. */
    Optional<StoreUnavailableException> givenUp(Provider provider, String regionId) {
        Count count = counts.get(new RegionKey(provider, regionId));
        return count != null && count.inARow() >= LIMIT ? Optional.of(count.last()) : Optional.empty();
    }

    /** A call of the region ended as it did: unanswered counts, anything else (an answer) starts again. */
    void ended(Provider provider, String regionId, StoreException failure) {
        RegionKey key = new RegionKey(provider, regionId);
        if (failure instanceof StoreUnavailableException unavailable && unavailable.unanswered()) {
            counts.merge(key, new Count(1, unavailable),
                    (was, one) -> was.inARow() >= LIMIT ? was : new Count(was.inARow() + 1, unavailable));
        } else if (!counts.isEmpty()) {
            // Only when a call went unanswered: the lambda is not even made on a store that always answers.
            counts.computeIfPresent(key, (k, was) -> was.inARow() >= LIMIT ? was : null);
        }
    }
}
