package dev.keypairs.apply;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Reason;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import java.util.Optional;

/**
 * A region's renames (apply.md): in place where the provider can (Tencent's ModifyKeyPairAttribute, by KeyId, then
 * the planned tags through ModifyResourceTags, as one change), and as a replace where it cannot or a rename cannot
 * carry the change: the key pair lands under the new name first, then the old one is deleted, so that a failure
 * never leaves neither; only where the provider refuses one key under two names and the key stays is the old one
 * deleted first, as a replace does.
 */
final class RenameStep {

    private final RegionRun run;
    private final DeleteStep deletes;
    private final ImportStep imports;
    private final CreateStep creates;

    RenameStep(RegionRun run, DeleteStep deletes, ImportStep imports, CreateStep creates) {
        this.run = run;
        this.deletes = deletes;
        this.imports = imports;
        this.creates = creates;
    }

    /** A rename in place, then its tags. */
    void rename(Change change) throws InterruptedException {
        if (!(change.reason() instanceof Reason.Renamed renamed)) {
            throw new IllegalArgumentException("a rename in place is planned with its Renamed reason");
        }
        ModifyKeyPairAttributeRequest request = new ModifyKeyPairAttributeRequest(run.region.region(),
                change.stored().keyId(), change.address().name(), null);
        CallOutcome<Acknowledgement> outcome = run.call(ApiCall.MODIFY_KEY_PAIR_ATTRIBUTE,
                () -> run.store.modifyKeyPairAttribute(request), Acknowledgement::requestId);
        // A refusal may come of an earlier try whose answer was lost, or of another run that renamed it: done, when
        // the new name holds this very key pair (its KeyId). No look-up once the region's endpoint is given up.
        if (!outcome.ok() && !outcome.notAttempted() && !deniedAccess(outcome) && !run.givenUp()
                && AlreadyThere.renamed(run, change)) {
            outcome = outcome.asRepeat();
        }
        run.record(change, ApiCall.MODIFY_KEY_PAIR_ATTRIBUTE, outcome);
        if (!outcome.ok()) {
            run.fail(change, outcome, false);
            return;
        }
        if (!renamed.tags().isEmpty()) {
            CallOutcome<Acknowledgement> tagged = UpdateStep.modifyResourceTags(run, change, renamed.tags());
            if (!tagged.ok()) {
                run.fail(change, tagged, false);
                return;
            }
            run.succeeded(Action.RENAME);
            return;
        }
        run.settle(change, outcome, false);
    }

    /** A rename done as a replace. */
    void renameByReplace(Change change) throws InterruptedException {
        if (!(change.reason() instanceof Reason.RenamedByReplace renamed)) {
            throw new IllegalArgumentException("a rename done as a replace is planned with its RenamedByReplace reason");
        }
        if (renamed.oldDeletedFirst()) {
            imports.replace(change);
            return;
        }
        Optional<? extends CallOutcome<?>> landed = change.request() instanceof ImportKeyPairRequest
                ? Optional.of(imports.land(change)) : creates.land(change);
        if (landed.isEmpty()) {
            return; // settled already: failed before the call, or created meanwhile by another run
        }
        if (!landed.get().ok()) {
            run.settle(change, landed.get(), false); // nothing landed: the old key pair stays as it was
            return;
        }
        CallOutcome<DeleteKeyPairsResponse> deleted = deletes.deleteStored(change);
        if (!deleted.ok() && !AlreadyThere.refusedAsGone(deleted)) {
            run.fail(change, new FailureCause.OldNameKept(change.stored().name(), RegionRun.causeOf(deleted)), false);
            return;
        }
        run.settle(change, landed.get(), false);
    }

    private static boolean deniedAccess(CallOutcome<?> outcome) {
        return outcome.error() != null && outcome.error().kind() == ErrorKind.DENIED;
    }
}
