package dev.keypairs.apply;

import dev.keypairs.keys.KeyMatch;
import dev.keypairs.plan.Change;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.StoredKeyPair;
import java.util.List;
import java.util.Optional;

/**
 * The one "already there?" check of an apply: a refusal that says the key pair exists, and the look-up that tells a
 * repeat of this very change (a killed run's, another build's, an answer lost to a transient failure) from a
 * conflict. Keys are compared by {@link KeyMatch}, as the plan compares them.
 */
final class AlreadyThere {

    private AlreadyThere() {
    }

    /** "Already exists": Alibaba's name taken, Tencent's name or public key taken (apply.md). */
    static boolean refusedAsExisting(CallOutcome<?> outcome) {
        return outcome.error() != null && (outcome.error().code() == ErrorCode.KEY_PAIR_ALREADY_EXIST
                || outcome.error().code() == ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE
                || outcome.error().code() == ErrorCode.INVALID_PUBLIC_KEY_DUPLICATE);
    }

    /** A delete refused because the key pair is gone already (Tencent's {@code InvalidKeyPairId.NotFound}). */
    static boolean refusedAsGone(CallOutcome<?> outcome) {
        return outcome.error() != null && outcome.error().code() == ErrorCode.INVALID_KEY_PAIR_ID_NOT_FOUND;
    }

    /** The key pair the store holds under this name; empty also when the look-up failed. */
    static Optional<StoredKeyPair> storedByName(RegionRun run, String name) throws InterruptedException {
        CallOutcome<DescribeKeyPairsResponse> found = run.call(ApiCall.DESCRIBE_KEY_PAIRS, () -> run.store
                .describeKeyPairs(DescribeKeyPairsRequest.page(run.provider(), run.region.region(), List.of(name), 1,
                        run.rules.maxDescribePageSize())), DescribeKeyPairsResponse::requestId);
        // The name filter is the store's: only this very name counts.
        return found.ok() ? found.response().keyPairs().stream().filter(keyPair -> keyPair.name().equals(name))
                .findFirst() : Optional.empty();
    }

    /** Whether the store holds, under the change's name, the key pair it renames in place (by its KeyId). */
    static boolean renamed(RegionRun run, Change change) throws InterruptedException {
        Optional<StoredKeyPair> stored = storedByName(run, change.address().name());
        return stored.isPresent() && stored.get().keyId() != null
                && stored.get().keyId().equals(change.stored().keyId());
    }

    /** Whether the store holds the change's key pair under its name with the planned key. */
    static boolean withSameKey(RegionRun run, Change change) throws InterruptedException {
        if (change.key() == null) {
            return false;
        }
        Optional<StoredKeyPair> stored = storedByName(run, change.address().name());
        return stored.isPresent()
                && KeyMatch.of(stored.get().publicKey(), stored.get().fingerprint(), change.key()) == KeyMatch.SAME;
    }
}
