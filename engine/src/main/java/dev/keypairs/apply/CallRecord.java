package dev.keypairs.apply;

import java.util.List;

/**
 * One change call made to the store, as apply.json records it (the DescribeKeyPairs lookups apply makes to
 * recognise an idempotent repeat are not recorded). Never holds key material.
 *
 * @param call the API call: ImportKeyPair, CreateKeyPair, DeleteKeyPairs, TagResources, UntagResources,
 *     JoinResourceGroup
 * @param address the key pair's address (for a batched delete, each deleted address has its own record)
 * @param requestId the RequestId of the last try; null when the store never answered
 * @param outcome {@code ok}, {@code already-done} (an idempotent repeat) or {@code failed}
 * @param errorCode the code of the final refusal, or null
 * @param attempts tries made
 * @param retriedOn the codes met on the tries that were repeated, in order
 */
public record CallRecord(String call, String address, String requestId, String outcome, String errorCode,
        int attempts, List<String> retriedOn) {

    public CallRecord {
        retriedOn = List.copyOf(retriedOn);
    }
}
