package dev.keypairs.apply;

import dev.keypairs.plan.Change;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DeleteKeyPairsResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A region's deletes, in batches of the provider's largest, each key pair tried alone when a batch is refused in a
 * way that may concern one of them; and a replace's delete of the old key pair.
 */
final class DeleteStep {

    private final RegionRun run;

    DeleteStep(RegionRun run) {
        this.run = run;
    }

    void deleteAll(List<Change> deletes) throws InterruptedException {
        for (List<Change> batch : Batches.of(deletes, run.rules.maxDeleteBatch())) {
            List<String> ids = batch.stream().map(this::storeId).toList();
            CallOutcome<DeleteKeyPairsResponse> outcome = delete(ids);
            run.record(batch.stream().map(change -> change.address().toString()).toList(), ApiCall.DELETE_KEY_PAIRS,
                    outcome);
            if (batch.size() == 1 && AlreadyThere.refusedAsGone(outcome)) {
                run.foundDone(); // the one key pair asked for is gone: another run deleted it
                continue;
            }
            if (batch.size() > 1 && (AlreadyThere.refusedAsGone(outcome) || outcome.finalRefusal())) {
                // Tencent refuses a whole batch for one KeyId deleted meanwhile, either cloud one for a key pair
                // still bound to instances: each alone, then, so that the others are still deleted.
                for (Change change : batch) {
                    deleteAlone(change);
                }
                continue;
            }
            Set<String> deleted = outcome.ok() ? Set.copyOf(outcome.response().deleted()) : Set.of();
            for (int i = 0; i < batch.size(); i++) {
                if (outcome.ok() && !deleted.contains(ids.get(i))) {
                    run.foundDone(); // gone before this call: another run deleted it
                } else {
                    run.settle(batch.get(i), outcome, false);
                }
            }
        }
    }

    private void deleteAlone(Change change) throws InterruptedException {
        CallOutcome<DeleteKeyPairsResponse> outcome = delete(List.of(storeId(change)));
        run.record(change, ApiCall.DELETE_KEY_PAIRS, outcome);
        if (AlreadyThere.refusedAsGone(outcome) || outcome.ok() && outcome.response().deleted().isEmpty()) {
            run.foundDone(); // gone before this call: another run deleted it
        } else {
            run.settle(change, outcome, false);
        }
    }

    /**
     * A replace's delete of the key pair it replaces.
     *
     * @return whether the key pair is gone, so that the import may follow; a failure is recorded
     */
    boolean deleteReplaced(Change change) throws InterruptedException {
        CallOutcome<DeleteKeyPairsResponse> deleted = deleteStored(change);
        if (!deleted.ok() && !AlreadyThere.refusedAsGone(deleted)) {
            run.fail(change, deleted, false);
            return false;
        }
        return true;
    }

    /** The delete of the key pair a change replaces or renames, recorded; the caller settles the change. */
    CallOutcome<DeleteKeyPairsResponse> deleteStored(Change change) throws InterruptedException {
        CallOutcome<DeleteKeyPairsResponse> deleted = delete(List.of(storeId(change)));
        run.record(change, ApiCall.DELETE_KEY_PAIRS, deleted);
        return deleted;
    }

    private CallOutcome<DeleteKeyPairsResponse> delete(List<String> ids) throws InterruptedException {
        return run.call(ApiCall.DELETE_KEY_PAIRS, () -> run.store.deleteKeyPairs(
                DeleteKeyPairsRequest.of(run.provider(), run.region.region(), ids)), DeleteKeyPairsResponse::requestId);
    }

    /**
     * Alibaba deletes by name, Tencent by KeyId: of the key pair the store holds, which a rename done as a replace
     * holds under its old name.
     */
    private String storeId(Change change) {
        return run.provider() == Provider.TENCENT
                ? Objects.requireNonNull(change.stored().keyId(), "a Tencent key pair has a KeyId")
                : change.stored().name();
    }
}
