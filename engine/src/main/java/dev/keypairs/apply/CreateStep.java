package dev.keypairs.apply;

import dev.keypairs.manifest.KeySource;
import dev.keypairs.plan.Change;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.store.CreateKeyPairResponse;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.util.Optional;

/**
 * A create and its private key file's life: reserved before the store is called (a created key's only copy must
 * never be lost, nor overwrite a file), written from the answer, released when the create fails. A seed's create
 * has no file: its private key is handed to the caller in the result.
 */
final class CreateStep {

    private final RegionRun run;

    CreateStep(RegionRun run) {
        this.run = run;
    }

    void create(Change change) throws InterruptedException {
        land(change).ifPresent(outcome -> run.settle(change, outcome, false));
    }

    /**
     * The planned create with its private key file, its call recorded but its change not counted: the caller settles
     * it (a rename done as a replace deletes the old key pair first). Empty when the change is settled already: it
     * failed before or after the call, or another run created the key pair and wrote its file.
     */
    Optional<CallOutcome<CreateKeyPairResponse>> land(Change change) throws InterruptedException {
        if (!(change.declared().key() instanceof KeySource.Create create)
                || !(change.request() instanceof CreateKeyPairRequest request)) {
            throw new IllegalArgumentException("a create is planned from a create declaration with its request");
        }
        if (create.returned()) {
            return handOver(change, create, request);
        }
        PrivateKeyFile file;
        try {
            file = PrivateKeyFile.reserve(create.privateKeyFile());
        } catch (FileAlreadyExistsException e) {
            if (AlreadyThere.storedByName(run, change.address().name()).isPresent()) {
                // Another run applying the same manifest created the key pair and wrote this file: done.
                run.warn(new ApplyWarning.CreatedWithFileByAnotherRun(change.address().toString(),
                        create.declaredPath()));
                run.foundDone();
                return Optional.empty();
            }
            run.fail(change, new FailureCause.PrivateKeyFileAppeared(create.declaredPath()), false);
            return Optional.empty();
        } catch (PrivateKeyFile.NotReservedException e) {
            run.fail(change, new FailureCause.PrivateKeyFileNotReserved(create.declaredPath(), e.reason()), false);
            return Optional.empty();
        } catch (IOException e) {
            String why = e instanceof PrivateKeyFile.PlaceNotWritableException ? e.getMessage()
                    : e.getClass().getSimpleName();
            run.fail(change, new FailureCause.PrivateKeyFileNotWritable(create.declaredPath(), why), false);
            return Optional.empty();
        }
        CallOutcome<CreateKeyPairResponse> outcome = run.call(ApiCall.CREATE_KEY_PAIR,
                () -> run.store.createKeyPair(request), CreateKeyPairResponse::requestId);
        if (!outcome.ok()) {
            file.release();
            return refused(change, create, outcome);
        }
        try {
            file.write(outcome.response().privateKeyBody());
        } catch (IOException e) {
            run.record(change, ApiCall.CREATE_KEY_PAIR, outcome);
            run.fail(change, new FailureCause.PrivateKeyNotWritten(create.declaredPath(), e.getClass().getSimpleName()),
                    false);
            return Optional.empty();
        }
        run.record(change, ApiCall.CREATE_KEY_PAIR, outcome);
        return Optional.of(outcome);
    }

    /**
     * A create whose private key goes back to the caller of the apply (a seed's): no file to reserve; the key is kept
     * in the region's ledger for the result, the only place it goes.
     */
    private Optional<CallOutcome<CreateKeyPairResponse>> handOver(Change change, KeySource.Create create,
            CreateKeyPairRequest request) throws InterruptedException {
        CallOutcome<CreateKeyPairResponse> outcome = run.call(ApiCall.CREATE_KEY_PAIR,
                () -> run.store.createKeyPair(request), CreateKeyPairResponse::requestId);
        if (!outcome.ok()) {
            return refused(change, create, outcome);
        }
        run.privateKeys.put(change.address(), outcome.response().privateKeyBody());
        run.record(change, ApiCall.CREATE_KEY_PAIR, outcome);
        return Optional.of(outcome);
    }

    private Optional<CallOutcome<CreateKeyPairResponse>> refused(Change change, KeySource.Create create,
            CallOutcome<CreateKeyPairResponse> outcome) {
        if (AlreadyThere.refusedAsExisting(outcome) && outcome.answerMayHaveBeenLost()) {
            // An earlier try may have created it, its answer lost: then its private key is lost with it.
            run.fail(change, new FailureCause.PrivateKeyMayBeLost(outcome.retriedOn()), false);
            run.record(change, ApiCall.CREATE_KEY_PAIR, outcome);
            return Optional.empty();
        }
        if (AlreadyThere.refusedAsExisting(outcome)) {
            run.warn(new ApplyWarning.CreatedByAnotherRun(change.address().toString(), create.declaredPath()));
            run.record(change, ApiCall.CREATE_KEY_PAIR, outcome.asRepeat());
            return Optional.of(outcome.asRepeat());
        }
        run.record(change, ApiCall.CREATE_KEY_PAIR, outcome);
        return Optional.of(outcome);
    }
}
