package dev.keypairs.apply;

import dev.keypairs.keys.Fingerprints;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.DeclarationCheck;
import dev.keypairs.plan.Plan;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Carries out a valid plan (apply.md). Each region is worked in a safe order: deletes that free quota (in
 * batches of the provider's largest), then replaces (each a delete and the import right after it), imports
 * and creates, then updates in place. Regions are worked in parallel. A failed action is recorded and the
 * independent ones go on. Retries follow the kind of each failure alone ({@link ErrorKind#TRANSIENT}), as the
 * retry policy passed in says; rate-limited calls are paced by the pacing passed in.
 */
public final class Applier {

    private final KeyPairStore store;
    private final Map<Provider, ProviderRules> rules;
    private final StoreCalls storeCalls;
    private final ApplyListener listener;

    /**
     * An applier.
     *
     * @param store where the plan is applied
     * @param rules each provider's rules: batch sizes
     * @param retry how transient failures are retried
     * @param pacing which calls are paced, at what rate
     * @param listener hears progress and warnings
     */
    public Applier(KeyPairStore store, Map<Provider, ProviderRules> rules, RetryPolicy retry, RequestPacing pacing,
            ApplyListener listener) {
        this(store, rules, new StoreCalls(retry, pacing), listener);
    }

    /**
     * An applier making its calls through the run's {@link StoreCalls}, shared with the plan's reads.
     *
     * @param store where the plan is applied
     * @param rules each provider's rules: batch sizes
     * @param calls how each call is paced and retried
     * @param listener hears progress and warnings
     */
    public Applier(KeyPairStore store, Map<Provider, ProviderRules> rules, StoreCalls calls, ApplyListener listener) {
        this.store = store;
        this.rules = Map.copyOf(rules);
        this.storeCalls = calls;
        this.listener = listener;
    }

    /**
     * Applies the plan.
     *
     * @throws IllegalArgumentException when the plan has errors: such a plan is never applied
     */
    public ApplyResult apply(Plan plan) throws InterruptedException {
        if (!plan.isValid()) {
            throw new IllegalArgumentException("a plan with errors is never applied");
        }
        Map<Address, List<Change>> byRegion = new LinkedHashMap<>();
        plan.changes().stream().filter(change -> change.action().isChange())
                .forEach(change -> byRegion.computeIfAbsent(change.address().regionAddress(), r -> new ArrayList<>())
                        .add(change));
        List<RegionWork> work = byRegion.entrySet().stream()
                .map(entry -> new RegionWork(entry.getKey(), entry.getValue())).toList();
        long started = System.nanoTime();
        runAll(work);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Map<Action, Integer> done = new EnumMap<>(Action.class);
        int alreadyDone = 0;
        List<CallRecord> calls = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (RegionWork region : work) {
            region.done.forEach((action, count) -> done.merge(action, count, Integer::sum));
            alreadyDone += region.alreadyDone;
            calls.addAll(region.calls);
            failures.addAll(region.failures);
            warnings.addAll(region.warnings);
        }
        return new ApplyResult(done, alreadyDone, calls, failures, warnings, elapsed);
    }

    private void runAll(List<RegionWork> work) throws InterruptedException {
        int threads = Math.max(1, Math.min(work.size(), store.concurrency()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "keypairs-apply");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (RegionWork region : work) {
                running.add(pool.submit(() -> {
                    region.run();
                    return null;
                }));
            }
            for (Future<?> result : running) {
                result.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("applying a region failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcome of one call, after its retries. */
    private record Outcome<T>(T response, String requestId, ApiError error, StoreUnavailableException unavailable,
            int attempts, List<String> retriedOn, boolean repeat) {

        boolean ok() {
            return error == null && unavailable == null;
        }

        String code() {
            return error != null ? error.code().code() : unavailable != null ? ToolCode.STORE_UNAVAILABLE.code() : null;
        }

        String message() {
            return error != null ? error.message() : unavailable.getMessage();
        }

        /**
         * Whether an earlier try may have landed without its answer: one was retried on a failure other than a
         * refusal for the rate (a throttled call did nothing).
         */
        boolean answerMayHaveBeenLost() {
            return retriedOn.stream().anyMatch(code -> !ApiCode.Answered.isThrottlingCode(code));
        }

        /** A refusal that repeating could have mended: a look-up may find the call landed after all. */
        boolean transientFailure() {
            return (error != null && error.kind() == ErrorKind.TRANSIENT)
                    || (unavailable != null && unavailable.kind() == ErrorKind.TRANSIENT);
        }
    }

    /** A TagResources or UntagResources call on these key pairs. */
    @FunctionalInterface
    private interface TagRequest {
        Acknowledgement send(List<String> keyPairNames) throws StoreException;
    }

    /**
     * The work of one region, done on one thread: its records need no locks, and {@link #apply} reads them only
     * after that thread's {@code Future} completed, which orders every write before the read.
     */
    private final class RegionWork {
        private final Address region;
        private final List<Change> changes;
        private final ProviderRules providerRules;
        private final int total;
        private int progress;
        private int reported = -1;
        final Map<Action, Integer> done = new EnumMap<>(Action.class);
        int alreadyDone;
        final List<CallRecord> calls = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        RegionWork(Address region, List<Change> changes) {
            this.region = region;
            this.changes = changes;
            this.providerRules = rules.get(region.provider());
            this.total = changes.size();
        }

        void run() throws InterruptedException {
            report();
            deletes(changes.stream().filter(change -> change.action() == Action.DELETE).toList());
            for (Change change : changes) {
                if (change.action() == Action.REPLACE) {
                    replace(change);
                }
            }
            for (Change change : changes) {
                if (change.action() == Action.IMPORT) {
                    importKeyPair(change, Action.IMPORT);
                } else if (change.action() == Action.CREATE) {
                    create(change);
                }
            }
            updates(changes.stream().filter(change -> change.action() == Action.UPDATE).toList());
            report();
        }

        private void deletes(List<Change> deletes) throws InterruptedException {
            for (List<Change> batch : batches(deletes, providerRules.maxDeleteBatch())) {
                List<String> ids = batch.stream().map(this::storeId).toList();
                Outcome<DeleteKeyPairsResponse> outcome = call(ApiCall.DELETE_KEY_PAIRS, () -> store.deleteKeyPairs(
                        DeleteKeyPairsRequest.of(region.provider(), region.region(), ids)),
                        DeleteKeyPairsResponse::requestId);
                record(batch.stream().map(change -> change.address().toString()).toList(), ApiCall.DELETE_KEY_PAIRS,
                        outcome);
                if (batch.size() > 1 && (isGone(outcome) || isFinalRefusal(outcome))) {
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
                        // Gone before this call: another run deleted it.
                        alreadyDone++;
                        step();
                    } else {
                        settle(batch.get(i), outcome, false);
                    }
                }
            }
        }

        private void deleteAlone(Change change) throws InterruptedException {
            Outcome<DeleteKeyPairsResponse> outcome = call(ApiCall.DELETE_KEY_PAIRS, () -> store.deleteKeyPairs(
                    DeleteKeyPairsRequest.of(region.provider(), region.region(), List.of(storeId(change)))),
                    DeleteKeyPairsResponse::requestId);
            record(change, ApiCall.DELETE_KEY_PAIRS, outcome);
            if (isGone(outcome) || outcome.ok() && outcome.response().deleted().isEmpty()) {
                // Gone before this call: another run deleted it.
                alreadyDone++;
                step();
            } else {
                settle(change, outcome, false);
            }
        }

        /** A delete refused because the key pair is gone already (Tencent's {@code InvalidKeyPairId.NotFound}). */
        private boolean isGone(Outcome<?> outcome) {
            return outcome.error() != null && outcome.error().code() == ErrorCode.INVALID_KEY_PAIR_ID_NOT_FOUND;
        }

        /** Alibaba deletes by name, Tencent by KeyId. */
        private String storeId(Change change) {
            return region.provider() == Provider.TENCENT
                    ? Objects.requireNonNull(change.stored().keyId(), "a Tencent key pair has a KeyId")
                    : change.address().name();
        }

        private void replace(Change change) throws InterruptedException {
            Outcome<?> deleted = call(ApiCall.DELETE_KEY_PAIRS, () -> store.deleteKeyPairs(DeleteKeyPairsRequest.of(
                    region.provider(), region.region(), List.of(storeId(change)))), DeleteKeyPairsResponse::requestId);
            record(change, ApiCall.DELETE_KEY_PAIRS, deleted);
            if (!deleted.ok() && !isGone(deleted)) {
                fail(change, deleted, false);
                return;
            }
            importKeyPair(change, Action.REPLACE);
        }

        private void importKeyPair(Change change, Action action) throws InterruptedException {
            ImportKeyPairRequest request = (ImportKeyPairRequest) DeclarationCheck.request(change.declared());
            Outcome<?> outcome = call(ApiCall.IMPORT_KEY_PAIR, () -> store.importKeyPair(request),
                    ImportKeyPairResponse::requestId);
            if (!outcome.ok() && (isAlreadyThere(outcome) || outcome.transientFailure())
                    && storedWithSameKey(change.declared())) {
                // A repeat of an import that landed before (a killed run), another build's, or one whose answer
                // was lost to a transient failure: done.
                finish(change, ApiCall.IMPORT_KEY_PAIR, alreadyDone(outcome), action == Action.REPLACE);
                return;
            }
            finish(change, ApiCall.IMPORT_KEY_PAIR, outcome, action == Action.REPLACE);
        }

        private void create(Change change) throws InterruptedException {
            KeySource.Create create = (KeySource.Create) change.declared().key();
            // Reserved before the store is called: a created key's only copy must never be lost or overwrite one.
            PrivateKeyFile file;
            try {
                file = PrivateKeyFile.reserve(create.privateKeyFile());
            } catch (FileAlreadyExistsException e) {
                if (storedByName(change.declared().address().name()).isPresent()) {
                    // Another run applying the same manifest created the key pair and wrote this file: done.
                    warn(change.address() + ": created meanwhile by another run, which wrote "
                            + create.declaredPath());
                    alreadyDone++;
                    step();
                    return;
                }
                failures.add(new Failure(change.address().toString(), Action.CREATE, ToolCode.FILE_EXISTS.code(),
                        "privateKeyFile " + create.declaredPath() + " appeared since the plan; it is never"
                                + " overwritten. Move it away and apply again.", false));
                step();
                return;
            } catch (IOException e) {
                String why = e instanceof PrivateKeyFile.PlaceNotWritableException ? e.getMessage()
                        : e.getClass().getSimpleName();
                failures.add(new Failure(change.address().toString(), Action.CREATE, ToolCode.FILE_NOT_WRITABLE.code(),
                        "privateKeyFile " + create.declaredPath() + " cannot be created (" + why + "), so the key pair"
                                + " was not created: its key would have been lost. Name a place you can write and"
                                + " apply again.", false));
                step();
                return;
            }
            CreateKeyPairRequest request = (CreateKeyPairRequest) DeclarationCheck.request(change.declared());
            Outcome<CreateKeyPairResponse> outcome = call(ApiCall.CREATE_KEY_PAIR, () -> store.createKeyPair(request),
                    CreateKeyPairResponse::requestId);
            if (!outcome.ok()) {
                file.release();
                if (isAlreadyThere(outcome) && outcome.answerMayHaveBeenLost()) {
                    // An earlier try may have created it, its answer lost: then its private key is lost with it.
                    failures.add(new Failure(change.address().toString(), Action.CREATE,
                            ToolCode.PRIVATE_KEY_FILE_NOT_WRITTEN.code(), "the key pair exists after a try whose"
                                    + " answer was lost (" + String.join(", ", outcome.retriedOn()) + "): if that try"
                                    + " created it, its private key is lost. Delete the key pair and apply again.",
                            false));
                    record(change, ApiCall.CREATE_KEY_PAIR, outcome);
                    step();
                    return;
                }
                if (isAlreadyThere(outcome)) {
                    warn(change.address() + ": created meanwhile by another run; its private key went there, not to "
                            + create.declaredPath());
                    finish(change, ApiCall.CREATE_KEY_PAIR, alreadyDone(outcome), false);
                    return;
                }
                finish(change, ApiCall.CREATE_KEY_PAIR, outcome, false);
                return;
            }
            try {
                file.write(outcome.response().privateKeyBody());
            } catch (IOException e) {
                record(change, ApiCall.CREATE_KEY_PAIR, outcome);
                failures.add(new Failure(change.address().toString(), Action.CREATE,
                        ToolCode.PRIVATE_KEY_FILE_NOT_WRITTEN.code(), "the key pair was created but its private key"
                                + " could not be written to " + create.declaredPath() + " (" + e.getClass()
                                .getSimpleName() + "); it is lost. Delete the key pair and apply again.", false));
                step();
                return;
            }
            finish(change, ApiCall.CREATE_KEY_PAIR, outcome, false);
        }

        /**
         * Updates in place, in as few calls as the API allows: key pairs that lose the same tags share an
         * UntagResources call, those that get the same tags a TagResources call, up to the documented 50 key pairs a
         * call; a resource group is joined one key pair at a time, as JoinResourceGroup takes one.
         */
        private void updates(List<Change> updates) throws InterruptedException {
            if (updates.isEmpty()) {
                return; // Tencent key pairs have nothing to update in place
            }
            Map<Change, List<Outcome<?>>> outcomes = new LinkedHashMap<>();
            Map<List<String>, List<Change>> byRemoved = new LinkedHashMap<>();
            Map<List<Tag>, List<Change>> bySet = new LinkedHashMap<>();
            for (Change change : updates) {
                outcomes.put(change, new ArrayList<>());
                Map<String, String> declared = change.declared().tags();
                Map<String, String> stored = change.stored().tags();
                List<String> toRemove = stored.keySet().stream().filter(key -> !declared.containsKey(key)).sorted()
                        .toList();
                List<Tag> toSet = declared.entrySet().stream()
                        .filter(tag -> !tag.getValue().equals(stored.get(tag.getKey())))
                        .map(tag -> new Tag(tag.getKey(), tag.getValue()))
                        .sorted(Comparator.comparing(Tag::key)).toList();
                if (!toRemove.isEmpty()) {
                    byRemoved.computeIfAbsent(toRemove, k -> new ArrayList<>()).add(change);
                }
                if (!toSet.isEmpty()) {
                    bySet.computeIfAbsent(toSet, k -> new ArrayList<>()).add(change);
                }
            }
            int batchSize = providerRules.maxTagBatch();
            for (Map.Entry<List<String>, List<Change>> group : byRemoved.entrySet()) {
                for (List<Change> batch : batches(group.getValue(), batchSize)) {
                    tagCall(batch, ApiCall.UNTAG_RESOURCES, names -> store.untagResources(
                            new UntagResourcesRequest(region.region(), names, group.getKey())), outcomes);
                }
            }
            for (Map.Entry<List<Tag>, List<Change>> group : bySet.entrySet()) {
                for (List<Change> batch : batches(group.getValue(), batchSize)) {
                    tagCall(batch, ApiCall.TAG_RESOURCES, names -> store.tagResources(
                            new TagResourcesRequest(region.region(), names, group.getKey())), outcomes);
                }
            }
            for (Change change : updates) {
                String group = change.declared().resourceGroupId();
                if (group != null && !group.equals(change.stored().resourceGroupId())) {
                    Outcome<?> joined = call(ApiCall.JOIN_RESOURCE_GROUP, () -> store.joinResourceGroup(
                            new JoinResourceGroupRequest(region.region(), change.address().name(), group)),
                            Acknowledgement::requestId);
                    record(change, ApiCall.JOIN_RESOURCE_GROUP, joined);
                    outcomes.get(change).add(joined);
                }
            }
            for (Map.Entry<Change, List<Outcome<?>>> each : outcomes.entrySet()) {
                Optional<Outcome<?>> failed = each.getValue().stream().filter(outcome -> !outcome.ok()).findFirst();
                if (failed.isPresent()) {
                    fail(each.getKey(), failed.get(), false);
                } else {
                    succeeded(Action.UPDATE);
                }
            }
        }

        /**
         * One TagResources or UntagResources call for a batch; when a batch of several is refused for good (one key
         * pair deleted meanwhile, say), each key pair is tried alone, so that the others still get their change.
         */
        private void tagCall(List<Change> batch, ApiCall apiCall, TagRequest request,
                Map<Change, List<Outcome<?>>> outcomes) throws InterruptedException {
            List<String> names = batch.stream().map(change -> change.address().name()).toList();
            Outcome<?> outcome = call(apiCall, () -> request.send(names), Acknowledgement::requestId);
            record(addresses(batch), apiCall, outcome);
            if (batch.size() > 1 && isFinalRefusal(outcome)) {
                for (Change change : batch) {
                    tagCall(List.of(change), apiCall, request, outcomes);
                }
                return;
            }
            batch.forEach(change -> outcomes.get(change).add(outcome));
        }

        private <T> List<List<T>> batches(List<T> items, int size) {
            List<List<T>> batches = new ArrayList<>();
            for (int from = 0; from < items.size(); from += size) {
                batches.add(items.subList(from, Math.min(items.size(), from + size)));
            }
            return batches;
        }

        private List<String> addresses(List<Change> changes) {
            return changes.stream().map(change -> change.address().toString()).toList();
        }

        /**
         * A refusal that repeating the same call would meet again, and that may concern one key pair of a batch
         * alone: not a transient failure, which the retries already had, nor a denial, which every key pair meets.
         */
        private boolean isFinalRefusal(Outcome<?> outcome) {
            return outcome.error() != null && outcome.error().kind() == ErrorKind.FINAL;
        }

        /** "Already exists": Alibaba's name taken, Tencent's name or public key taken (apply.md). */
        private boolean isAlreadyThere(Outcome<?> outcome) {
            return outcome.error() != null && (outcome.error().code() == ErrorCode.KEY_PAIR_ALREADY_EXIST
                    || outcome.error().code() == ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE
                    || outcome.error().code() == ErrorCode.INVALID_PUBLIC_KEY_DUPLICATE);
        }

        /** The key pair the store holds under this name; empty also when the lookup failed. */
        private Optional<StoredKeyPair> storedByName(String name) throws InterruptedException {
            Outcome<DescribeKeyPairsResponse> found = call(ApiCall.DESCRIBE_KEY_PAIRS, () -> store.describeKeyPairs(
                    DescribeKeyPairsRequest.page(region.provider(), region.region(), List.of(name), 1,
                            providerRules.maxDescribePageSize())), DescribeKeyPairsResponse::requestId);
            // The name filter is the store's: only this very name counts.
            return found.ok() ? found.response().keyPairs().stream().filter(keyPair -> keyPair.name().equals(name))
                    .findFirst() : Optional.empty();
        }

        /**
         * Whether the store holds the key pair under its name with the declared key: by blob when the store returns
         * the public key, by the normalised MD5 fingerprint when it returns only that (store.md).
         */
        private boolean storedWithSameKey(DeclaredKeyPair declared) throws InterruptedException {
            Optional<StoredKeyPair> stored = storedByName(declared.address().name());
            Optional<PublicKey> wanted = PublicKeyReader.readIfKey(declared.key().publicKeyText());
            if (stored.isEmpty() || wanted.isEmpty()) {
                return false;
            }
            if (stored.get().publicKey() == null) {
                return Fingerprints.sameMd5(stored.get().fingerprint(), wanted.get().fingerprints().md5());
            }
            Optional<PublicKey> storedKey = PublicKeyReader.readIfKey(stored.get().publicKey());
            return storedKey.isPresent() && storedKey.get().sameKeyAs(wanted.get());
        }

        private <T> Outcome<T> alreadyDone(Outcome<T> outcome) {
            return new Outcome<>(outcome.response(), outcome.requestId(), null, null, outcome.attempts(),
                    outcome.retriedOn(), true);
        }

        private void finish(Change change, ApiCall call, Outcome<?> outcome, boolean absentOnFailure) {
            record(change, call, outcome);
            settle(change, outcome, absentOnFailure);
        }

        /** Counts the change as this run's, another run's, or failed. */
        private void settle(Change change, Outcome<?> outcome, boolean absentOnFailure) {
            if (!outcome.ok()) {
                fail(change, outcome, absentOnFailure);
            } else if (outcome.repeat()) {
                alreadyDone++;
                step();
            } else {
                succeeded(change.action());
            }
        }

        private void fail(Change change, Outcome<?> outcome, boolean nowAbsent) {
            String message = outcome.message();
            if (outcome.error() != null && outcome.error().code() instanceof ErrorCode code && code.meansBoundToInstances()) {
                message += " The key pair is still bound to instances: detach it from them first ("
                        + (region.provider() == Provider.ALIBABA ? "DetachKeyPair" : "DisassociateInstancesKeyPairs")
                        + "), then apply again." + (change.action() == Action.REPLACE
                                ? " The old key pair is left in place; nothing was imported." : "");
            } else if (outcome.error() != null && outcome.error().kind() == ErrorKind.DENIED) {
                message += " The account refused the access key or its permissions, so this was not retried: check"
                        + " that the key keypairs found (clouds.md) is the intended one and that its "
                        + (region.provider() == Provider.ALIBABA ? "RAM" : "CAM") + " policy allows the key pair calls.";
            }
            failures.add(new Failure(change.address().toString(), change.action(), outcome.code(), message, nowAbsent));
            step();
        }

        private void record(Change change, ApiCall call, Outcome<?> outcome) {
            record(List.of(change.address().toString()), call, outcome);
        }

        private void record(List<String> addresses, ApiCall call, Outcome<?> outcome) {
            CallRecord.Outcome result = !outcome.ok() ? CallRecord.Outcome.FAILED
                    : outcome.repeat() ? CallRecord.Outcome.ALREADY_DONE : CallRecord.Outcome.DONE;
            calls.add(new CallRecord(call, addresses, outcome.requestId(), result, outcome.code(), outcome.attempts(),
                    outcome.retriedOn()));
        }

        private void succeeded(Action action) {
            done.merge(action, 1, Integer::sum);
            step();
        }

        /** A warning for the result and, as it happens, for the listener. */
        private void warn(String message) {
            warnings.add(message);
            listener.warn(message);
        }

        private void step() {
            progress++;
            report();
        }

        /** A progress line at the start, every tenth of the way and at the end. */
        private void report() {
            int now = progress;
            int tenth = Math.max(1, total / 10);
            if (now == reported || (now != 0 && now != total && now - Math.max(reported, 0) < tenth)) {
                return;
            }
            reported = now;
            listener.progress(region.toString(), now, total);
        }

        /** Makes a call through the run's {@link StoreCalls}: paced, and retried while it fails transiently. */
        private <T> Outcome<T> call(ApiCall apiCall, StoreCalls.Call<T> call, Function<T, String> requestIdOf)
                throws InterruptedException {
            StoreCalls.Attempts<T> attempts = storeCalls.attempt(region.provider(), apiCall, call);
            StoreException failure = attempts.failure();
            if (failure == null) {
                T response = attempts.response();
                return new Outcome<>(response, requestIdOf.apply(response), null, null, attempts.attempts(),
                        attempts.retriedOn(), false);
            }
            return failure instanceof ApiErrorException refused
                    ? new Outcome<>(null, refused.requestId(), refused.error(), null, attempts.attempts(),
                            attempts.retriedOn(), false)
                    : new Outcome<>(null, null, null, (StoreUnavailableException) failure, attempts.attempts(),
                            attempts.retriedOn(), false);
        }
    }
}
