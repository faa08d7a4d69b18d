package dev.keypairs.apply;

import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.Address;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One region's apply as it runs, on one thread: the calls it makes (paced and retried through the run's
 * {@link StoreCalls}) and its ledger of what was done, found done, failed and warned, with the progress line. Its
 * thread alone writes the ledger; the ledger's collections are synchronized (and its count volatile) so that
 * {@link Applier#progressSoFar()} can copy them from another thread, a shutdown hook's, while the region runs.
 */
final class RegionRun {

    final Address region;
    final KeyPairStore store;
    final ProviderRules rules;
    private final StoreCalls storeCalls;
    private final ApplyListener listener;
    private final int total;
    private int progress;
    private int reported = -1;
    final Map<Action, Integer> done = Collections.synchronizedMap(new EnumMap<>(Action.class));
    volatile int alreadyDone;
    final List<CallRecord> calls = Collections.synchronizedList(new ArrayList<>());
    final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    final List<ApplyWarning> warnings = Collections.synchronizedList(new ArrayList<>());
    /** The private keys of creates whose caller takes them ({@link ApplyResult#privateKeys()}). */
    final Map<Address, PrivateKeyPem> privateKeys = Collections.synchronizedMap(new LinkedHashMap<>());

    RegionRun(Address region, KeyPairStore store, ProviderRules rules, StoreCalls storeCalls, ApplyListener listener,
            int total) {
        this.region = region;
        this.store = store;
        this.rules = rules;
        this.storeCalls = storeCalls;
        this.listener = listener;
        this.total = total;
    }

    Provider provider() {
        return region.provider();
    }

    /** Makes a call: paced, and retried while it fails transiently. */
    <T> CallOutcome<T> call(ApiCall apiCall, StoreCalls.Call<T> call, Function<T, String> requestIdOf)
            throws InterruptedException {
        StoreCalls.Attempts<T> attempts = storeCalls.attempt(region.provider(), region.region(), apiCall, call);
        StoreException failure = attempts.failure();
        if (failure == null) {
            T response = attempts.response();
            return new CallOutcome<>(response, requestIdOf.apply(response), null, null, attempts.attempts(),
                    attempts.retriedOn(), false, null);
        }
        return failure instanceof ApiErrorException refused
                ? new CallOutcome<>(null, refused.requestId(), refused.error(), null, attempts.attempts(),
                        attempts.retriedOn(), false, refused.accessKey().orElse(null))
                : new CallOutcome<>(null, null, null, (StoreUnavailableException) failure, attempts.attempts(),
                        attempts.retriedOn(), false, null);
    }

    void record(Change change, ApiCall call, CallOutcome<?> outcome) {
        record(List.of(change.address().toString()), call, outcome);
    }

    void record(List<String> addresses, ApiCall call, CallOutcome<?> outcome) {
        if (outcome.notAttempted()) {
            return; // no call was made: the change's failure says why
        }
        CallRecord.Outcome result = !outcome.ok() ? CallRecord.Outcome.FAILED
                : outcome.repeat() ? CallRecord.Outcome.ALREADY_DONE : CallRecord.Outcome.DONE;
        calls.add(new CallRecord(call, addresses, outcome.requestId(), result, outcome.code(), outcome.attempts(),
                outcome.retriedOn()));
    }

    /** Records the call and counts its change. */
    void finish(Change change, ApiCall call, CallOutcome<?> outcome, boolean absentOnFailure) {
        record(change, call, outcome);
        settle(change, outcome, absentOnFailure);
    }

    /** Counts the change as this run's, another run's, or failed. */
    void settle(Change change, CallOutcome<?> outcome, boolean absentOnFailure) {
        if (!outcome.ok()) {
            fail(change, outcome, absentOnFailure);
        } else if (outcome.repeat()) {
            foundDone();
        } else {
            succeeded(change.action());
        }
    }

    /** The change failed on the store's answer; the cause says what the user can do, where keypairs knows. */
    void fail(Change change, CallOutcome<?> outcome, boolean nowAbsent) {
        fail(change, causeOf(outcome), nowAbsent);
    }

    /** Why a failed call failed, with what the user can do about it, where keypairs knows. */
    static FailureCause causeOf(CallOutcome<?> outcome) {
        if (outcome.error() != null) {
            FailureCause.Advice advice = outcome.error().code() instanceof ErrorCode code && code.meansBoundToInstances()
                    ? FailureCause.Advice.DETACH_FROM_INSTANCES
                    : outcome.error().kind() == ErrorKind.DENIED ? FailureCause.Advice.CHECK_ACCESS
                            : FailureCause.Advice.NONE;
            return new FailureCause.Refused(outcome.error(), advice, outcome.signedWith());
        } else if (outcome.notAttempted()) {
            return new FailureCause.NotAttempted(StoreCalls.unansweredLimit(), outcome.unavailable().getMessage());
        }
        return new FailureCause.Unavailable(outcome.unavailable().getMessage());
    }

    void fail(Change change, FailureCause cause, boolean nowAbsent) {
        failures.add(new Failure(change.address().toString(), change.action(), cause, nowAbsent));
        step();
    }

    void succeeded(Action action) {
        done.merge(action, 1, Integer::sum);
        step();
    }

    /** A planned action found carried out already, by an interrupted or concurrent run. */
    void foundDone() {
        alreadyDone++;
        step();
    }

    /** Whether this region's endpoint was given up: its further calls are not attempted, nor look-ups made. */
    boolean givenUp() {
        return storeCalls.givenUp(region.provider(), region.region());
    }

    /** A warning for the result and, as it happens, for the listener. */
    void warn(ApplyWarning warning) {
        warnings.add(warning);
        listener.warn(warning);
    }

    private void step() {
        progress++;
        report();
    }

    /** A progress line at the start, every tenth of the way and at the end. */
    void report() {
        int now = progress;
        int tenth = Math.max(1, total / 10);
        if (now == reported || (now != 0 && now != total && now - Math.max(reported, 0) < tenth)) {
            return;
        }
        reported = now;
        listener.progress(region.toString(), now - failures.size(), failures.size(), total);
    }
}
