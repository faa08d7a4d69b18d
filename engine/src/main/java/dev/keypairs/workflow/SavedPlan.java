package dev.keypairs.workflow;

import dev.keypairs.render.ReasonWords;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.Moved;
import dev.keypairs.render.PlanDocument;
import dev.keypairs.render.PlannedAction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A plan.json read back for {@code apply -Dkeypairs.plan=FILE}: its options (to re-make the plan with), its
 * basis (to refuse it as stale) and what it planned (to say what moved).
 *
 * @param file where it was read from
 * @param basis its basis
 * @param options the options it was made with
 * @param store the store it was made against, redacted
 * @param planned per address, the action, reason and fingerprints it planned
 */
record SavedPlan(Path file, String basis, PlanOptions options, String store, Map<String, PlannedAction> planned) {

    static SavedPlan read(Path file) throws InvalidConfigurationException {
        PlanDocument document;
        try {
            document = PlanDocument.read(file);
        } catch (IOException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.SavedPlanUnreadable(file,
                    e.getClass().getSimpleName()), e, Setting.PLAN);
        }
        if (document == null || document.formatVersion() != Plan.FORMAT_VERSION || document.basis() == null) {
            throw new InvalidConfigurationException(new ConfigurationProblem.NotASavedPlan(file, Plan.FORMAT_VERSION),
                    null, Setting.PLAN);
        }
        PlanDocument.Options options = document.options() == null
                ? new PlanDocument.Options(List.of(), List.of(), null) : document.options();
        Map<String, PlannedAction> planned = new LinkedHashMap<>();
        for (PlanDocument.ChangeEntry change : document.changes() == null ? List.<PlanDocument.ChangeEntry>of()
                : document.changes()) {
            planned.put(change.address(), new PlannedAction(change.action(), change.reason(),
                    change.before() == null ? null : change.before().fingerprint(),
                    change.after() == null ? null : change.after().fingerprint()));
        }
        return new SavedPlan(file, document.basis(), new PlanOptions(orEmpty(options.manifests()),
                orEmpty(options.target()), options.prune()), document.store(), planned);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /**
     * Why a re-made plan is not this one: planned actions that differ, then a general cause. Empty when it is the
     * same plan.
     */
    List<Moved> whatMoved(Plan now, String storeNow) {
        List<Moved> moved = new ArrayList<>();
        if (!Objects.equals(store, storeNow)) {
            moved.add(new Moved.OtherStore(store, storeNow));
        }
        if (basis.equals(now.basis()) && moved.isEmpty()) {
            return moved;
        }
        Map<String, PlannedAction> current = new LinkedHashMap<>();
        for (Change change : now.changes()) {
            current.put(change.address().toString(), new PlannedAction(change.action().id(), ReasonWords.of(change.reason()),
                    change.before() == null ? null : change.before().fingerprint(),
                    change.after() == null ? null : change.after().fingerprint()));
        }
        planned.forEach((address, then) -> {
            PlannedAction today = current.get(address);
            if (!then.equals(today)) {
                moved.add(new Moved.Replanned(address, then, today));
            }
        });
        current.forEach((address, today) -> {
            if (!planned.containsKey(address)) {
                moved.add(new Moved.NotPlanned(address, today));
            }
        });
        if (moved.isEmpty()) {
            moved.add(new Moved.Unseen());
        }
        return moved;
    }
}
