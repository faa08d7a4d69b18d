package dev.keypairs.apply;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.store.ImportKeyPairResponse;

/** A region's imports and replaces (the old key pair's delete, then the import right after it). */
final class ImportStep {

    private final RegionRun run;
    private final DeleteStep deletes;

    ImportStep(RegionRun run, DeleteStep deletes) {
        this.run = run;
        this.deletes = deletes;
    }

    void replace(Change change) throws InterruptedException {
        if (deletes.deleteReplaced(change)) {
            importKeyPair(change);
        }
    }

    /** The planned import; a refusal that finds the key pair there with the planned key counts as done. */
    void importKeyPair(Change change) throws InterruptedException {
        run.settle(change, land(change), change.action() == Action.REPLACE);
    }

    /**
     * The planned import, recorded but not counted: the caller settles the change (a rename done as a replace deletes
     * the old key pair first). A refusal that finds the key pair there with the planned key is a repeat.
     */
    CallOutcome<ImportKeyPairResponse> land(Change change) throws InterruptedException {
        if (!(change.request() instanceof ImportKeyPairRequest request)) {
            throw new IllegalArgumentException("an import or replace is planned with its ImportKeyPair request");
        }
        CallOutcome<ImportKeyPairResponse> outcome = run.call(ApiCall.IMPORT_KEY_PAIR,
                () -> run.store.importKeyPair(request), ImportKeyPairResponse::requestId);
        // No look-up once the region's endpoint is given up: it would not be attempted either.
        if (!outcome.ok() && (AlreadyThere.refusedAsExisting(outcome) || outcome.transientFailure())
                && !run.givenUp() && AlreadyThere.withSameKey(run, change)) {
            // A repeat of an import that landed before (a killed run), another build's, or one whose answer was lost
            // to a transient failure: done.
            outcome = outcome.asRepeat();
        }
        run.record(change, ApiCall.IMPORT_KEY_PAIR, outcome);
        return outcome;
    }
}
