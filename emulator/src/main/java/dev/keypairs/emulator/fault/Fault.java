package dev.keypairs.emulator.fault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.Objects;

/**
 * A fault rule as a test writes it, typed: {@code Fault.answering("Throttling").provider(Provider.ALIBABA)
 * .action("ImportKeyPair").every(1, 2)}, made into the rules an emulator takes with {@link #rules(Fault...)}
 * ({@code emulator.replaceFaultRules(Fault.rules(...))}). The rules are read as {@link FaultRulesJson} reads the
 * document of {@code keypairs.serve.faults} and {@code PUT /_keypairs/faults}, so a rule refused there is refused here,
 * with the same code and message: the checks live in one place.
 *
 * @param provider the provider whose calls it matches; null for both
 * @param action the action it matches, as the wire names it; null for all
 * @param region the region it matches; null for all
 * @param accessKeyId the access key it matches; null for all
 * @param code the code it answers; null to answer as usual after its latency
 * @param probability the chance it fires on a matching call; null unless given
 * @param every {@code N/M}, the first N of every M matching calls; null unless given
 * @param latency how long a call it fires on waits first
 */
public record Fault(Provider provider, String action, String region, String accessKeyId, String code,
        Double probability, String every, Duration latency) {

    public Fault {
        Objects.requireNonNull(latency, "latency");
    }

    /** A rule refusing the calls it fires on with this code (documented for the action, or common). */
    public static Fault answering(String code) {
        return new Fault(null, null, null, null, Objects.requireNonNull(code, "code"), null, null, Duration.ZERO);
    }

    /** A rule making the calls it fires on wait, then answering them as usual. */
    public static Fault waiting(Duration latency) {
        return new Fault(null, null, null, null, null, null, null, latency);
    }

    /** Matching this provider's calls only. */
    public Fault provider(Provider newProvider) {
        return new Fault(newProvider, action, region, accessKeyId, code, probability, every, latency);
    }

    /** Matching this action only, e.g. {@code ImportKeyPair}. */
    public Fault action(String newAction) {
        return new Fault(provider, newAction, region, accessKeyId, code, probability, every, latency);
    }

    /** Matching this region only, e.g. {@code cn-hangzhou}. */
    public Fault region(String newRegion) {
        return new Fault(provider, action, newRegion, accessKeyId, code, probability, every, latency);
    }

    /** Matching this access key's calls only. */
    public Fault accessKeyId(String newAccessKeyId) {
        return new Fault(provider, action, region, newAccessKeyId, code, probability, every, latency);
    }

    /** Firing on a matching call with this chance, 0 to 1, drawn from the rules' seed. */
    public Fault probability(double chance) {
        return new Fault(provider, action, region, accessKeyId, code, chance, every, latency);
    }

    /** Firing on the first {@code first} of every {@code of} matching calls. */
    public Fault every(int first, int of) {
        return new Fault(provider, action, region, accessKeyId, code, probability, first + "/" + of, latency);
    }

    /** Waiting this long first on each call it fires on (beside its code, if any). */
    public Fault latency(Duration newLatency) {
        return new Fault(provider, action, region, accessKeyId, code, probability, every, newLatency);
    }

    /**
     * These rules, in order, with the default seed.
     *
     * @throws IllegalArgumentException for a rule the document would refuse, its message starting with the code
     *     ({@code InvalidSetting: rules[0].code is 'Throtling', ...}), the {@link FaultRulesException} its cause
     */
    public static FaultRules rules(Fault... faults) {
        return rules(FaultRules.DEFAULT_SEED, faults);
    }

    /**
     * These rules, in order, their probabilities drawn from this seed.
     *
     * @throws IllegalArgumentException as {@link #rules(Fault...)}
     */
    public static FaultRules rules(long seed, Fault... faults) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("seed", seed);
        ArrayNode list = document.putArray("rules");
        for (Fault fault : faults) {
            list.add(fault.toJson());
        }
        try {
            return FaultRulesJson.read(document.toString());
        } catch (FaultRulesException e) {
            throw new IllegalArgumentException(e.code().code() + ": " + e.getMessage(), e);
        }
    }

    /** The rule as the document gives it: only the fields set. */
    private ObjectNode toJson() {
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        if (provider != null) {
            rule.put("provider", provider.id());
        }
        putIfGiven(rule, "action", action);
        putIfGiven(rule, "region", region);
        putIfGiven(rule, "accessKeyId", accessKeyId);
        putIfGiven(rule, "code", code);
        if (probability != null) {
            rule.put("probability", probability);
        }
        putIfGiven(rule, "every", every);
        if (!latency.isZero()) {
            rule.put("latencyMs", latency.toMillis());
        }
        return rule;
    }

    private static void putIfGiven(ObjectNode rule, String field, String value) {
        if (value != null) {
            rule.put(field, value);
        }
    }
}
