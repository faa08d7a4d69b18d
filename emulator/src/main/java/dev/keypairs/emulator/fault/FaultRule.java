package dev.keypairs.emulator.fault;

import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.emulator.wire.CallFacts;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One fault rule: which calls it matches (each field given narrows it; an omitted one matches all), how often it fires
 * on them, and what it does when it fires: wait its latency, refuse with its code, or both.
 *
 * @param provider the provider whose calls it matches; null for both
 * @param action the action it matches, as the wire names it; null for all
 * @param region the region it matches ({@code RegionId}, {@code X-TC-Region}); null for all
 * @param accessKeyId the access key it matches; null for all
 * @param code the code it answers; null to answer as usual (after its latency)
 * @param probability the chance it fires on a matching call, from the rules' seeded generator; null when {@code every}
 *     is given or it always fires
 * @param every fires on the first N of every M matching calls; null when {@code probability} is given or it always
 *     fires
 * @param latency how long a call it fires on waits first; zero for none
 */
public record FaultRule(Provider provider, String action, String region, String accessKeyId, FaultCode code,
        Double probability, Every every, Duration latency) {

    public FaultRule {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency is negative");
        }
        if (probability != null && (probability.isNaN() || probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("probability " + probability);
        }
        if (probability != null && every != null) {
            throw new IllegalArgumentException("probability and every together");
        }
    }

    /** A rule putting latency on every call of both providers: {@code keypairs.serve.latency}. */
    public static FaultRule latencyOnEveryCall(Duration latency) {
        return new FaultRule(null, null, null, null, null, null, null, latency);
    }

    /**
     * A rule refusing the first N of every M calls of a provider for the rate ({@code Throttling} for Alibaba,
     * {@code RequestLimitExceeded} for Tencent): {@code keypairs.serve.throttle}.
     */
    public static FaultRule throttling(Provider provider, Every every) {
        String code = provider == Provider.ALIBABA ? "Throttling" : "RequestLimitExceeded";
        return new FaultRule(provider, null, null, null, FaultCode.resolve(code).orElseThrow(), null, every,
                Duration.ZERO);
    }

    /**
     * The providers whose calls it can match: the one it names (else both), serving its action, answering its code.
     * A rule read from a document matches at least one.
     */
    public Set<Provider> providers() {
        Set<Provider> providers = provider == null ? EnumSet.allOf(Provider.class) : EnumSet.of(provider);
        if (action != null) {
            providers.removeIf(candidate -> !serves(candidate, action));
        }
        if (code != null) {
            providers.retainAll(code.providers());
        }
        return providers;
    }

    /** Whether the provider's API, as the emulator serves it, has this action. */
    static boolean serves(Provider provider, String action) {
        return provider == Provider.ALIBABA ? AlibabaEcsApi.ACTIONS.contains(action)
                : TencentCvmApi.ACTIONS.contains(action) || TencentTagApi.ACTIONS.contains(action);
    }

    /** Whether it matches this call, the provider aside (checked once, when the rules are armed). */
    boolean matchesFields(CallFacts call) {
        return (action == null || action.equals(call.action())) && (region == null || region.equals(call.region()))
                && (accessKeyId == null || accessKeyId.equals(call.accessKeyId()));
    }

    /**
     * The first N of every M: {@code "every": "N/M"}.
     *
     * @param first how many of each cycle it fires on, the first ones; 1 to {@code of}
     * @param of the length of a cycle, in matching calls
     */
    public record Every(int first, int of) {

        public Every {
            if (first < 1 || first > of) {
                throw new IllegalArgumentException(first + "/" + of);
            }
        }

        /**
         * Reads {@code N/M}, e.g. {@code 3/10}.
         *
         * @return empty when the text is not in that form with 0 &lt; N &lt;= M
         */
        public static Optional<Every> parse(String text) {
            String[] parts = text.strip().split("/", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                int first = Integer.parseInt(parts[0].strip());
                int of = Integer.parseInt(parts[1].strip());
                return first >= 1 && first <= of ? Optional.of(new Every(first, of)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** Whether it fires on the matching call of this index (0 for the first). */
        boolean fires(long index) {
            return index % of < first;
        }

        @Override
        public String toString() {
            return first + "/" + of;
        }
    }
}
