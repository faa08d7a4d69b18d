package dev.keypairs.emulator.fault;

import dev.keypairs.emulator.wire.CallFacts;
import dev.keypairs.emulator.wire.CallGate;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Puts the fault rules on each verified call (the gate the APIs pass a call through once its key is verified and its
 * action and region read, before it runs). Every rule that matches a call counts it; of those that fire on it, the
 * call waits the sum of their latencies, then is refused with the code of the first that has one. The rules are
 * replaced whole while serving, their counts starting afresh; a call in flight finishes under the rules it began
 * with.
 */
public final class FaultInjector implements CallGate {

    /** The rules as put on calls: each with the providers it matches and its count of matching calls. */
    private record Armed(FaultRules rules, Set<Provider>[] providers, AtomicLong[] counts) {

        @SuppressWarnings("unchecked")
        static Armed of(FaultRules rules) {
            List<FaultRule> list = rules.rules();
            Set<Provider>[] providers = new Set[list.size()];
            AtomicLong[] counts = new AtomicLong[list.size()];
            for (int i = 0; i < list.size(); i++) {
                providers[i] = list.get(i).providers();
                counts[i] = new AtomicLong();
            }
            return new Armed(rules, providers, counts);
        }
    }

    private final AtomicReference<Armed> armed;

    /** An injector putting these rules on calls. */
    public FaultInjector(FaultRules rules) {
        this.armed = new AtomicReference<>(Armed.of(Objects.requireNonNull(rules, "rules")));
    }

    /** The rules in force. */
    public FaultRules rules() {
        return armed.get().rules();
    }

    /** Replaces the rules in force (counts start afresh); {@link FaultRules#NONE} clears them. */
    public void replace(FaultRules rules) {
        armed.set(Armed.of(Objects.requireNonNull(rules, "rules")));
    }

    @Override
    public void admit(CallFacts call) throws WireException, ApiErrorException {
        Armed current = armed.get();
        List<FaultRule> rules = current.rules().rules();
        if (rules.isEmpty()) {
            return;
        }
        long waitMillis = 0;
        int refusing = -1;
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            if (!current.providers()[i].contains(call.provider()) || !rule.matchesFields(call)) {
                continue;
            }
            long index = current.counts()[i].getAndIncrement();
            if (!fires(rule, current.rules().seed(), i, index)) {
                continue;
            }
            waitMillis += rule.latency().toMillis();
            if (refusing < 0 && rule.code() != null) {
                refusing = i;
            }
        }
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                throw new WireException(ProtocolCode.UNAVAILABLE, "The emulator is stopping.");
            }
        }
        if (refusing >= 0) {
            FaultRule rule = rules.get(refusing);
            rule.code().refuse(call.provider(), call.action(), "Injected by the emulator's fault rules (rules["
                    + refusing + "]): " + rule.code().code() + ".");
        }
    }

    /** Whether a rule fires on its matching call of this index: always, on the first N of every M, or by chance. */
    private static boolean fires(FaultRule rule, long seed, int ruleIndex, long index) {
        if (rule.every() != null) {
            return rule.every().fires(index);
        }
        return rule.probability() == null || uniform(seed, ruleIndex, index) < rule.probability();
    }

    /**
     * A number in [0, 1) drawn for a rule's matching call of this index: a pure function of the seed, the rule and the
     * index (SplitMix64's finaliser over them), so that the same seed and calls give the same faults, whatever other
     * rules drew and however threads interleave between rules.
     */
    static double uniform(long seed, int ruleIndex, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + (ruleIndex + 1L) * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
