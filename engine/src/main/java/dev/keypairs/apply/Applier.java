package dev.keypairs.apply;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.DeclarationCheck;
import dev.keypairs.plan.Plan;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.KeyPairRequest;
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
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Carries out a valid plan (SPEC §7). Each region is worked in a safe order: deletes that free quota (in
 * batches of the provider's largest), then replaces (each a delete and the import right after it), imports
 * and creates, then updates in place. Regions are worked in parallel. A failed action is recorded and the
 * independent ones go on.
 */
public final class Applier {

    /** keypairs' own code for a store that could not be used even after retries. */
    static final String STORE_UNAVAILABLE = "StoreUnavailable";
    /** keypairs' own code for a create whose private key file appeared since the plan. */
    static final String FILE_EXISTS = "FileExists";

    private final KeyPairStore store;
    private final Map<Provider, ProviderRules> rules;
    private final RetryPolicy retry;
    private final ApplyListener listener;
    private final Map<Provider, RequestPacer> importPacers = new EnumMap<>(Provider.class);

    /**
     * An applier.
     *
     * @param store where the plan is applied
     * @param rules each provider's rules: batch sizes and the documented import rate
     * @param retry how transient refusals are retried
     * @param listener hears progress and warnings
     */
    public Applier(KeyPairStore store, Map<Provider, ProviderRules> rules, RetryPolicy retry, ApplyListener listener) {
        this.store = store;
        this.rules = Map.copyOf(rules);
        this.retry = retry;
        this.listener = listener;
        rules.forEach((provider, providerRules) -> providerRules.importRequestsPerSecond()
                .ifPresent(perSecond -> importPacers.put(provider, new RequestPacer(perSecond))));
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
        Map<String, Integer> done = new LinkedHashMap<>();
        List<CallRecord> calls = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (RegionWork region : work) {
            region.done.forEach((action, count) -> done.merge(action, count, Integer::sum));
            calls.addAll(region.calls);
            failures.addAll(region.failures);
            warnings.addAll(region.warnings);
        }
        return new ApplyResult(done, calls, failures, warnings, elapsed);
    }

    private void runAll(List<RegionWork> work) throws InterruptedException {
        int threads = Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors()));
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
    private record Outcome<T>(T response, String requestId, ApiError error, String unavailable, int attempts,
            List<String> retriedOn, boolean repeat) {

        boolean ok() {
            return error == null && unavailable == null;
        }

        String code() {
            return error != null ? error.code().code() : unavailable != null ? STORE_UNAVAILABLE : null;
        }

        String message() {
            return error != null ? error.message() : unavailable;
        }
    }

    /** A store call that may be retried. */
    @FunctionalInterface
    private interface StoreCall<T> {
        T call() throws StoreException;
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
        final Map<String, Integer> done = new HashMap<>();
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
            for (Change change : changes) {
                if (change.action() == Action.UPDATE) {
                    update(change);
                }
            }
            report();
        }

        private void deletes(List<Change> deletes) throws InterruptedException {
            int batchSize = providerRules.maxDeleteBatch();
            for (int from = 0; from < deletes.size(); from += batchSize) {
                List<Change> batch = deletes.subList(from, Math.min(deletes.size(), from + batchSize));
                List<String> ids = batch.stream().map(this::storeId).toList();
                Outcome<?> outcome = call(() -> store.deleteKeyPairs(new DeleteKeyPairsRequest(region.provider(),
                        region.region(), ids)), DeleteKeyPairsResponse::requestId);
                for (Change change : batch) {
                    finish(change, "DeleteKeyPairs", outcome, false);
                }
            }
        }

        /** Alibaba deletes by name, Tencent by KeyId. */
        private String storeId(Change change) {
            return region.provider() == Provider.TENCENT
                    ? Objects.requireNonNull(change.stored().keyId(), "a Tencent key pair has a KeyId")
                    : change.address().name();
        }

        private void replace(Change change) throws InterruptedException {
            Outcome<?> deleted = call(() -> store.deleteKeyPairs(new DeleteKeyPairsRequest(region.provider(),
                    region.region(), List.of(storeId(change)))), DeleteKeyPairsResponse::requestId);
            record(change, "DeleteKeyPairs", deleted);
            if (!deleted.ok()) {
                fail(change, deleted, false);
                return;
            }
            importKeyPair(change, Action.REPLACE);
        }

        private void importKeyPair(Change change, Action action) throws InterruptedException {
            KeyPairRequest request = DeclarationCheck.request(change.declared());
            Outcome<?> outcome = call(() -> store.importKeyPair(request), ImportKeyPairResponse::requestId,
                    importPacers.get(region.provider()));
            if (!outcome.ok() && isNameTaken(outcome) && storedWithSameKey(change.declared())) {
                // A repeat of an import that landed before (a killed run) or another build's: done.
                finish(change, "ImportKeyPair", alreadyDone(outcome), action == Action.REPLACE);
                return;
            }
            finish(change, "ImportKeyPair", outcome, action == Action.REPLACE);
        }

        private void create(Change change) throws InterruptedException {
            KeySource.Create create = (KeySource.Create) change.declared().key();
            if (PrivateKeyFile.exists(create.privateKeyFile())) {
                // Checked before the store is called: a created key's only copy must never be lost or overwrite one.
                if (storedByName(change.declared().address().name()).isPresent()) {
                    // Another run applying the same manifest created the key pair and wrote this file: done.
                    warn(change.address() + ": created meanwhile by another run, which wrote "
                            + create.declaredPath());
                    succeeded(Action.CREATE);
                    return;
                }
                failures.add(new Failure(change.address().toString(), "create", FILE_EXISTS, "privateKeyFile "
                        + create.declaredPath() + " appeared since the plan; it is never overwritten. Move it away and"
                        + " apply again.", false));
                step();
                return;
            }
            AlibabaKeyPairRequest request = (AlibabaKeyPairRequest) DeclarationCheck.request(change.declared());
            Outcome<CreateKeyPairResponse> outcome = call(() -> store.createKeyPair(request), CreateKeyPairResponse::requestId);
            if (outcome.ok()) {
                try {
                    PrivateKeyFile.write(create.privateKeyFile(), outcome.response().privateKeyBody());
                } catch (IOException e) {
                    record(change, "CreateKeyPair", outcome);
                    failures.add(new Failure(change.address().toString(), "create", e instanceof FileAlreadyExistsException
                            ? FILE_EXISTS : "PrivateKeyFileNotWritten", "the key pair was created but"
                            + " its private key could not be written to " + create.declaredPath() + " (" + e
                            .getClass().getSimpleName() + "); it is lost. Delete the key pair and apply again.", false));
                    step();
                    return;
                }
            } else if (isNameTaken(outcome)) {
                warn(change.address() + ": created meanwhile by another run; its private key went there, not to "
                        + create.declaredPath());
                finish(change, "CreateKeyPair", alreadyDone(outcome), false);
                return;
            }
            finish(change, "CreateKeyPair", outcome, false);
        }

        private void update(Change change) throws InterruptedException {
            DeclaredKeyPair declared = change.declared();
            StoredKeyPair stored = change.stored();
            String name = change.address().name();
            List<Tag> toSet = declared.tags().entrySet().stream()
                    .filter(tag -> !tag.getValue().equals(stored.tags().get(tag.getKey())))
                    .map(tag -> new Tag(tag.getKey(), tag.getValue())).toList();
            List<String> toRemove = stored.tags().keySet().stream().filter(key -> !declared.tags().containsKey(key))
                    .toList();
            List<Outcome<?>> outcomes = new ArrayList<>();
            if (!toRemove.isEmpty()) {
                Outcome<?> untagged = call(() -> store.untagResources(new UntagResourcesRequest(region.region(),
                        List.of(name), toRemove)), Acknowledgement::requestId);
                record(change, "UntagResources", untagged);
                outcomes.add(untagged);
            }
            if (!toSet.isEmpty()) {
                Outcome<?> tagged = call(() -> store.tagResources(new TagResourcesRequest(region.region(),
                        List.of(name), toSet)), Acknowledgement::requestId);
                record(change, "TagResources", tagged);
                outcomes.add(tagged);
            }
            if (declared.resourceGroupId() != null && !declared.resourceGroupId().equals(stored.resourceGroupId())) {
                Outcome<?> joined = call(() -> store.joinResourceGroup(new JoinResourceGroupRequest(region.region(),
                        name, declared.resourceGroupId())), Acknowledgement::requestId);
                record(change, "JoinResourceGroup", joined);
                outcomes.add(joined);
            }
            Optional<Outcome<?>> failed = outcomes.stream().filter(outcome -> !outcome.ok()).findFirst();
            if (failed.isPresent()) {
                fail(change, failed.get(), false);
            } else {
                succeeded(Action.UPDATE);
            }
        }

        private boolean isNameTaken(Outcome<?> outcome) {
            return outcome.error() != null && (outcome.error().code() == ErrorCode.KEY_PAIR_ALREADY_EXIST
                    || outcome.error().code() == ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE);
        }

        /** The key pair the store holds under this name; empty also when the lookup failed. */
        private Optional<StoredKeyPair> storedByName(String name) throws InterruptedException {
            Outcome<DescribeKeyPairsResponse> found = call(() -> store.describeKeyPairs(new DescribeKeyPairsRequest(
                    region.provider(), region.region(), List.of(name), 1, 1)), DescribeKeyPairsResponse::requestId);
            return found.ok() ? found.response().keyPairs().stream().findFirst() : Optional.empty();
        }

        /** Whether the store holds this name with exactly the declared key (compared by blob). */
        private boolean storedWithSameKey(DeclaredKeyPair declared) throws InterruptedException {
            Optional<PublicKey> stored = storedByName(declared.address().name())
                    .flatMap(keyPair -> PublicKeyReader.readIfKey(keyPair.publicKey()));
            Optional<PublicKey> wanted = PublicKeyReader.readIfKey(declared.key().publicKeyText());
            return stored.isPresent() && wanted.isPresent() && stored.get().sameKeyAs(wanted.get());
        }

        private <T> Outcome<T> alreadyDone(Outcome<T> outcome) {
            return new Outcome<>(outcome.response(), outcome.requestId(), null, null, outcome.attempts(),
                    outcome.retriedOn(), true);
        }

        private void finish(Change change, String call, Outcome<?> outcome, boolean absentOnFailure) {
            record(change, call, outcome);
            if (outcome.ok()) {
                succeeded(change.action());
            } else {
                fail(change, outcome, absentOnFailure);
            }
        }

        private void fail(Change change, Outcome<?> outcome, boolean nowAbsent) {
            failures.add(new Failure(change.address().toString(), change.action().id(), outcome.code(),
                    outcome.message(), nowAbsent));
            step();
        }

        private void record(Change change, String call, Outcome<?> outcome) {
            String result = !outcome.ok() ? "failed" : outcome.repeat() ? "already-done" : "ok";
            calls.add(new CallRecord(call, change.address().toString(), outcome.requestId(), result, outcome.code(),
                    outcome.attempts(), outcome.retriedOn()));
        }

        private void succeeded(Action action) {
            done.merge(action.id(), 1, Integer::sum);
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

        /** Makes an unpaced call, retrying transient refusals and an unavailable store with backoff. */
        private <T> Outcome<T> call(StoreCall<T> call, Function<T, String> requestIdOf) throws InterruptedException {
            return call(call, requestIdOf, null);
        }

        /** Makes a call, each attempt paced by {@code pacer} when there is one (null: none). */
        private <T> Outcome<T> call(StoreCall<T> call, Function<T, String> requestIdOf, RequestPacer pacer)
                throws InterruptedException {
            List<String> retriedOn = new ArrayList<>();
            for (int attempt = 1;; attempt++) {
                RequestPacer.Permit permit = pacer == null ? null : pacer.acquire();
                try {
                    T response = call.call();
                    return new Outcome<>(response, requestIdOf.apply(response), null, null, attempt, retriedOn, false);
                } catch (ApiErrorException e) {
                    if (!e.error().code().isTransient() || attempt >= retry.maxAttempts()) {
                        return new Outcome<>(null, e.requestId(), e.error(), null, attempt, retriedOn, false);
                    }
                    retriedOn.add(e.error().code().code());
                } catch (StoreUnavailableException e) {
                    if (attempt >= retry.maxAttempts()) {
                        return new Outcome<>(null, null, null, e.getMessage(), attempt, retriedOn, false);
                    }
                    retriedOn.add(STORE_UNAVAILABLE);
                } catch (StoreException e) {
                    return new Outcome<>(null, null, null, e.getMessage(), attempt, retriedOn, false);
                } finally {
                    if (permit != null) {
                        permit.release();
                    }
                }
                Thread.sleep(retry.delayAfter(attempt).toMillis());
            }
        }
    }
}
