package dev.keypairs.apply;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an apply did.
 *
 * @param done per action ({@code import}, {@code create}, ...), how many were carried out (idempotent repeats
 *     included)
 * @param calls every change call made to the store, in the order made per region
 * @param failures the actions that failed; the build fails when there is any
 * @param warnings things to know that did not fail the apply
 * @param elapsed how long the apply took, from the first call to the last answer
 */
public record ApplyResult(Map<String, Integer> done, List<CallRecord> calls, List<Failure> failures,
        List<String> warnings, Duration elapsed) {

    public ApplyResult {
        done = Map.copyOf(done);
        calls = List.copyOf(calls);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /** Whether every action was carried out. */
    public boolean succeeded() {
        return failures.isEmpty();
    }
}
