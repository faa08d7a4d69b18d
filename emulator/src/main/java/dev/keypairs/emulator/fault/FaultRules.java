package dev.keypairs.emulator.fault;

import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fault rules an emulator puts on calls, in order, with the seed of the generator their probabilities draw from:
 * a given seed and sequence of calls gives the same faults, so a failing test reruns exactly.
 *
 * @param seed the generator's seed ({@value #DEFAULT_SEED} when a document gives none)
 * @param rules the rules, in the order given
 */
public record FaultRules(long seed, List<FaultRule> rules) {

    /** The seed when none is given: rules without one are as repeatable as rules with one. */
    public static final long DEFAULT_SEED = 0;

    /** No rules: every call is answered as usual, at once. */
    public static final FaultRules NONE = new FaultRules(DEFAULT_SEED, List.of());

    public FaultRules {
        rules = List.copyOf(rules);
    }

    /** Whether there are no rules. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** These rules and one more, last. */
    public FaultRules with(FaultRule rule) {
        List<FaultRule> more = new ArrayList<>(rules);
        more.add(rule);
        return new FaultRules(seed, more);
    }

    /** These rules and latency on every call ({@code keypairs.serve.latency}); none added for zero. */
    public FaultRules withLatency(Duration latency) {
        return latency.isZero() ? this : with(FaultRule.latencyOnEveryCall(latency));
    }

    /**
     * These rules and throttling ({@code keypairs.serve.throttle}): for each provider, the first N of every M of its
     * calls refused for the rate, counted apart.
     */
    public FaultRules withThrottling(FaultRule.Every every) {
        FaultRules throttled = this;
        for (Provider provider : Provider.values()) {
            throttled = throttled.with(FaultRule.throttling(provider, every));
        }
        return throttled;
    }
}
