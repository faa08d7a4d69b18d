package dev.keypairs.workflow;

import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.render.PlanDocument;
import dev.keypairs.render.ReasonWords;
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
 * @param planned per address, the action and fingerprints it planned
 */
record SavedPlan(Path file, String basis, PlanOptions options, String store, Map<String, String> planned) {

    static SavedPlan read(Path file) throws InvalidConfigurationException {
        PlanDocument document;
        try {
            document = PlanDocument.read(file);
        } catch (IOException e) {
            throw new InvalidConfigurationException("The saved plan " + file + " cannot be read: "
                    + e.getClass().getSimpleName() + ". Give the plan.json that the plan goal wrote.", e, Setting.PLAN);
        }
        if (document == null || document.formatVersion() != Plan.FORMAT_VERSION || document.basis() == null) {
            throw new InvalidConfigurationException("The saved plan " + file + " is not a keypairs plan.json of format "
                    + Plan.FORMAT_VERSION + ". Give the plan.json that the plan goal wrote.", null, Setting.PLAN);
        }
        PlanDocument.Options options = document.options() == null
                ? new PlanDocument.Options(List.of(), List.of(), null) : document.options();
        Map<String, String> planned = new LinkedHashMap<>();
        for (PlanDocument.ChangeEntry change : document.changes() == null ? List.<PlanDocument.ChangeEntry>of()
                : document.changes()) {
            planned.put(change.address(), describe(change.action(), change.reason(),
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
     * An action with its reason (which names what an update changes) and the fingerprints the reason does not
     * name already (an import's key, which its reason does not show).
     */
    private static String describe(String action, String reason, String before, String after) {
        reason = reason == null ? "" : reason;
        return action + " (" + reason + ")" + (before == null || reason.contains(before) ? "" : " from " + before)
                + (after == null || reason.contains(after) ? "" : " to " + after);
    }

    /**
     * Why a re-made plan is not this one, in a few lines: planned actions that differ, then a general cause.
     * Empty when it is the same plan.
     */
    List<String> whatMoved(Plan now, String storeNow) {
        List<String> moved = new ArrayList<>();
        if (!Objects.equals(store, storeNow)) {
            moved.add("it was made against the store " + store + ", this apply uses " + storeNow);
        }
        if (basis.equals(now.basis()) && moved.isEmpty()) {
            return moved;
        }
        Map<String, String> current = new LinkedHashMap<>();
        for (Change change : now.changes()) {
            current.put(change.address().toString(), describe(change.action().id(), ReasonWords.of(change.reason()),
                    change.before() == null ? null : change.before().fingerprint(),
                    change.after() == null ? null : change.after().fingerprint()));
        }
        planned.forEach((address, then) -> {
            String today = current.get(address);
            if (!then.equals(today)) {
                moved.add(address + ": planned " + then + ", now " + (today == null ? "nothing" : today));
            }
        });
        current.forEach((address, today) -> {
            if (!planned.containsKey(address)) {
                moved.add(address + ": not in the saved plan, now " + today);
            }
        });
        if (moved.isEmpty()) {
            moved.add("the manifests, key files or store changed in ways that leave every planned action and its"
                    + " reason as they were (an unmanaged key pair, a comment in a key file, a store option)");
        }
        return moved;
    }
}
