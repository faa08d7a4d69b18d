package dev.keypairs.emulator.state;

import dev.keypairs.emulator.fault.FaultInjector;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.fault.FaultRulesException;
import dev.keypairs.emulator.fault.FaultRulesJson;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /_keypairs/faults}: the fault rules in force, {@code {"seed": N, "rules": [...]}} as
 * {@code keypairs.serve.faults} takes them (the settings' {@code latency} and {@code throttle} shown as the rules
 * they are). {@code PUT /_keypairs/faults}: replaces them with the document in the body, from the next call on, and
 * answers the rules now in force; {@code {"rules": []}} clears them. A document refused is 400 with the fault rules'
 * own code ({@code UnknownField}, {@code ConflictingFields}, {@code UnknownProvider}, {@code InvalidSetting}), and the
 * rules in force stay. The rules are the emulator's, for every account (a rule narrows by {@code accessKeyId}), so
 * neither method takes {@code ?account=}.
 */
public final class FaultsEndpoint implements StateEndpoint {

    /** The endpoint's name under the prefix. */
    public static final String NAME = "faults";
    /** The status of a fault rules document refused. */
    static final int BAD_REQUEST = 400;

    private final FaultInjector faults;

    /** The rules of this injector. */
    public FaultsEndpoint(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public Set<String> methods() {
        return Set.of("GET", "PUT");
    }

    @Override
    public StateResponse answer(StateRequest request) throws StateException {
        request.parameters(Set.of());
        if ("PUT".equals(request.method())) {
            FaultRules rules;
            try {
                rules = FaultRulesJson.read(request.text());
            } catch (FaultRulesException refused) {
                return StateResponse.refusal(refused.code(), BAD_REQUEST, refused.getMessage(), Map.of(), error -> { });
            }
            faults.replace(rules);
        }
        return StateResponse.json(200, FaultRulesJson.write(faults.rules()));
    }
}
