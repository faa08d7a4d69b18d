package dev.keypairs.apply;

import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.project.Address;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Reason;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoreCalls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Carries out a valid plan (apply.md). Each region is worked in a safe order: deletes that free quota (in batches
 * of the provider's largest, {@link DeleteStep}), then replaces (each a delete and the import right after it;
 * a rename done as a replace lands the new name first, {@link RenameStep}), renames in place, imports
 * ({@link ImportStep}) and creates ({@link CreateStep}), then updates in place ({@link UpdateStep}).
 * Regions are worked in parallel. A failed action is recorded and the independent ones go on. Retries follow the
 * kind of each failure alone ({@link ErrorKind#TRANSIENT}), as the retry policy passed in says; rate-limited calls
 * are paced by the pacing passed in.
 */
public final class Applier {

    private final KeyPairStore store;
    private final Rules rules;
    private final StoreCalls storeCalls;
    private final ApplyListener listener;
    /** The regions of the apply under way, for {@link #progressSoFar()}; written before its regions start. */
    private volatile List<RegionRun> running = List.of();
    private volatile long startedAt;

    /**
     * An applier.
     *
     * @param store where the plan is applied
     * @param rules both providers' rules: batch sizes
     * @param retry how transient failures are retried
     * @param pacing which calls are paced, at what rate
     * @param listener hears progress and warnings
     */
    public Applier(KeyPairStore store, Rules rules, RetryPolicy retry, RequestPacing pacing, ApplyListener listener) {
        this(store, rules, new StoreCalls(retry, pacing), listener);
    }

    /**
     * An applier making its calls through the run's {@link StoreCalls}, shared with the plan's reads.
     *
     * @param store where the plan is applied
     * @param rules both providers' rules: batch sizes
     * @param calls how each call is paced and retried
     * @param listener hears progress and warnings
     */
    public Applier(KeyPairStore store, Rules rules, StoreCalls calls, ApplyListener listener) {
        this.store = store;
        this.rules = rules;
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
        List<RegionRun> runs = new ArrayList<>();
        byRegion.forEach((region, changes) -> runs.add(new RegionRun(region, store, rules.of(region.provider()),
                storeCalls, listener, changes.size())));
        long started = System.nanoTime();
        startedAt = started;
        running = List.copyOf(runs);
        runAll(runs, byRegion);
        return result(runs, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * What the apply under way has done so far, safe to ask from another thread while its regions run (a shutdown
     * hook's): the calls made, the actions carried out or found done and the failures, each region's as it stands
     * (copied under its collections' locks); the actions not reached are in none of them. Nothing before the apply
     * starts; after it, its result's.
     */
    public ApplyResult progressSoFar() {
        List<RegionRun> runs = running;
        return result(runs, runs.isEmpty() ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startedAt));
    }

    /** The regions' ledgers put together. */
    private static ApplyResult result(List<RegionRun> runs, Duration elapsed) {
        Map<Action, Integer> done = new EnumMap<>(Action.class);
        int alreadyDone = 0;
        List<CallRecord> calls = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<ApplyWarning> warnings = new ArrayList<>();
        Map<Address, PrivateKeyPem> privateKeys = new LinkedHashMap<>();
        for (RegionRun run : runs) {
            run.done.forEach((action, count) -> done.merge(action, count, Integer::sum));
            alreadyDone += run.alreadyDone;
            calls.addAll(run.calls);
            failures.addAll(run.failures);
            warnings.addAll(run.warnings);
            synchronized (run.privateKeys) {
                privateKeys.putAll(run.privateKeys);
            }
        }
        return new ApplyResult(done, alreadyDone, calls, failures, warnings, elapsed, privateKeys);
    }

    /** One region's changes in their safe order. */
    private static void work(RegionRun run, List<Change> changes) throws InterruptedException {
        run.report();
        DeleteStep deletes = new DeleteStep(run);
        ImportStep imports = new ImportStep(run, deletes);
        CreateStep creates = new CreateStep(run);
        RenameStep renames = new RenameStep(run, deletes, imports, creates);
        deletes.deleteAll(changes.stream().filter(change -> change.action() == Action.DELETE).toList());
        for (Change change : changes) {
            if (change.action() == Action.REPLACE && change.reason() instanceof Reason.RenamedByReplace) {
                renames.renameByReplace(change);
            } else if (change.action() == Action.REPLACE) {
                imports.replace(change);
            }
        }
        for (Change change : changes) {
            if (change.action() == Action.RENAME) {
                renames.rename(change);
            }
        }
        for (Change change : changes) {
            if (change.action() == Action.IMPORT) {
                imports.importKeyPair(change);
            } else if (change.action() == Action.CREATE) {
                creates.create(change);
            }
        }
        new UpdateStep(run).updateAll(changes.stream().filter(change -> change.action() == Action.UPDATE).toList());
        run.report();
    }

    private void runAll(List<RegionRun> runs, Map<Address, List<Change>> byRegion) throws InterruptedException {
        int threads = Math.max(1, Math.min(runs.size(), store.concurrency()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "keypairs-apply");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (RegionRun run : runs) {
                running.add(pool.submit(() -> {
                    work(run, byRegion.get(run.region));
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
}
