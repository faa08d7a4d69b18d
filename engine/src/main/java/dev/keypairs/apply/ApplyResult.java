package dev.keypairs.apply;

import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.plan.Action;
import dev.keypairs.project.Address;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an apply did.
 *
 * @param done per action, how many this run's own calls carried out
 * @param alreadyDone how many planned actions were found carried out already, by an interrupted or concurrent run
 * @param calls every change call made to the store, in the order made per region
 * @param failures the actions that failed; the build fails when there is any
 * @param warnings things to know that did not fail the apply
 * @param elapsed how long the apply took, from the first call to the last answer
 * @param privateKeys the private keys of the key pairs created for a caller that takes them (a seed's creates,
 *     {@link dev.keypairs.manifest.KeySource.Create#RETURNED}), by address, in the order created per region; never
 *     a key written to a file. They print withheld ({@link PrivateKeyPem})
 */
public record ApplyResult(Map<Action, Integer> done, int alreadyDone, List<CallRecord> calls, List<Failure> failures,
        List<ApplyWarning> warnings, Duration elapsed, Map<Address, PrivateKeyPem> privateKeys) {

    public ApplyResult {
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        counts.putAll(done);
        done = Collections.unmodifiableMap(counts);
        calls = List.copyOf(calls);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        privateKeys = Collections.unmodifiableMap(new LinkedHashMap<>(privateKeys));
    }

    /** How many actions of this kind this run's own calls carried out. */
    public int done(Action action) {
        return done.getOrDefault(action, 0);
    }

    /** Whether every action was carried out. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}
