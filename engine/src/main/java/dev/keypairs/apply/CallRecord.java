package dev.keypairs.apply;

import dev.keypairs.provider.Code;

import dev.keypairs.provider.ApiCall;
import java.util.List;

/**
 * One change call made to the store, as apply.json records it (the DescribeKeyPairs lookups apply makes to
 * recognise an idempotent repeat are not recorded). Never holds key material.
 *
 * @param call the API call
 * @param addresses the key pairs it covered: one for most calls, several for a batched delete
 * @param requestId the RequestId of the last try; null when the store never answered
 * @param outcome what came of it
 * @param errorCode the code of the final refusal, or null
 * @param attempts tries made
 * @param retriedOn the codes met on the tries that were repeated, in order
 */
public record CallRecord(ApiCall call, List<String> addresses, String requestId, Outcome outcome, Code errorCode,
        int attempts, List<String> retriedOn) {

    public CallRecord {
        addresses = List.copyOf(addresses);
        retriedOn = List.copyOf(retriedOn);
    }

    /** What came of a call. */
    public enum Outcome {
        /** The call did what it was made for. */
        DONE("done"),
        /** The store answered that it was done already, by an interrupted or concurrent run, and a look-up agreed. */
        ALREADY_DONE("already-done"),
        /** The call failed. */
        FAILED("failed");

        private final String id;

        Outcome(String id) {
            this.id = id;
        }

        /** As apply.json spells it. */
        public String id() {
            return id;
        }
    }
}
