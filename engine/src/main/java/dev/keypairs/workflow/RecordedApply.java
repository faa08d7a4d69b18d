package dev.keypairs.workflow;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import dev.keypairs.apply.Applier;
import dev.keypairs.apply.ApplyResult;
import dev.keypairs.plan.Plan;
import dev.keypairs.provider.Rules;
import dev.keypairs.render.ApplyJson;
import dev.keypairs.render.ApplyWords;
import dev.keypairs.render.GoalWords;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreCalls;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A valid plan carried out, its progress and warnings reported as they come, and recorded in apply.json (apply.md):
 * when the apply ends, and when SIGINT or SIGTERM ends the JVM before it does. For the apply's duration a JVM
 * shutdown hook is registered; on a signal it writes apply.json with what the apply has done so far
 * ({@link Applier#progressSoFar()}: the calls made and the failures, not the actions not carried out), marked
 * interrupted, and says so through the reporter. It waits for that at most {@link #MOST_WAIT}, so that it never holds
 * up the JVM's end (Maven's own, in a build). An apply that ends first removes the hook and writes apply.json itself;
 * the hook then writes nothing. SIGKILL runs no hook: an apply killed so writes nothing.
 */
final class RecordedApply {

    /** The longest the shutdown hook takes to record the apply before it lets the JVM end. */
    static final Duration MOST_WAIT = Duration.ofSeconds(10);

    private final Applier applier;
    private final Plan plan;
    private final OutputFiles files;
    private final Reporter reporter;
    private final Thread hook = new Thread(this::recordInterrupted, "keypairs-apply-interrupted");
    /** Guarded by this: the apply ended, or the hook took over recording it; whichever comes first records it. */
    private boolean settled;
    /** Released once this thread has written apply.json: a hook that finds the apply settled waits for that. */
    private final CountDownLatch written = new CountDownLatch(1);

    /** The apply of this plan to the store, through the run's calls, reporting progress and warnings as they come. */
    RecordedApply(KeyPairStore store, Rules rules, StoreCalls calls, Plan plan, OutputFiles files, Reporter reporter) {
        this.applier = new Applier(store, rules, calls, new ReportedProgress(reporter));
        this.plan = plan;
        this.files = files;
        this.reporter = reporter;
    }

    /**
     * Applies the plan, writes apply.json and reports the failures and the summary.
     *
     * @throws ApplyFailedException when some actions failed; the others were applied
     * @throws InterruptedException when the JVM is ending: the shutdown hook records the apply
     */
    ApplyReport run() throws KeypairsException, InterruptedException {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException ending) {
            throw new InterruptedException();
        }
        ApplyResult result;
        boolean recordedHere = false;
        try {
            result = applier.apply(plan);
        } finally {
            recordedHere = settle();
        }
        if (!recordedHere) {
            throw new InterruptedException();
        }
        Path applyJson;
        try {
            applyJson = files.writeApply(plan, result, false);
        } finally {
            written.countDown();
        }
        if (!plan.summary().hasChanges()) {
            reporter.info(GoalWords.nothingToApply());
            return new ApplyReport(plan, result, applyJson);
        }
        result.failures().forEach(failure -> reporter.warn(ApplyWords.line(failure)));
        reporter.info(ApplyJson.summaryLine(result));
        if (!result.succeeded()) {
            throw new ApplyFailedException(result.failures(), applyJson);
        }
        return new ApplyReport(plan, result, applyJson);
    }

    /** The apply ended: unless the hook took over, it is removed and this thread records the apply. */
    private boolean settle() {
        synchronized (this) {
            if (settled) {
                return false;
            }
            settled = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ending) {
            // The JVM is ending: the hook runs, finds the apply settled and writes nothing.
        }
        return true;
    }

    /** The shutdown hook: records what the apply has done so far, waiting for that at most {@link #MOST_WAIT}. */
    private void recordInterrupted() {
        boolean endedFirst;
        synchronized (this) {
            endedFirst = settled;
            settled = true;
        }
        if (endedFirst) {
            // The apply ended just before the signal: let its thread finish writing apply.json first.
            awaitQuietly(written);
            return;
        }
        Thread recording = new Thread(() -> {
            ApplyResult soFar = applier.progressSoFar();
            try {
                Path applyJson = files.writeApply(plan, soFar, true);
                reporter.warn(GoalWords.applyInterrupted(applyJson, soFar.calls().size()));
            } catch (InvalidConfigurationException notWritten) {
                reporter.warn(notWritten.getMessage());
            }
        }, "keypairs-apply-record");
        recording.setDaemon(true);
        recording.start();
        try {
            recording.join(MOST_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(MOST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
