package dev.keypairs.workflow;

import java.util.stream.Collectors;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.plan.Action;
import dev.keypairs.render.ReasonWords;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.render.ConfigurationIdentity;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.Moved;
import dev.keypairs.render.PlanDocument;
import dev.keypairs.render.PlannedAction;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plan.json read back for {@code apply -Dkeypairs.plan=FILE}: its options (to re-make the plan with), its
 * basis (to refuse it as stale) and what it planned and read (to say what moved, or that it has landed).
 *
 * @param file where it was read from
 * @param basis its basis
 * @param options the options it was made with
 * @param store the store it was made against, redacted
 * @param planned per address, the action, reason and fingerprints it planned
 * @param changes its changes as written, for the state each leaves the store in
 * @param unmanaged per address, the fingerprint of each undeclared key pair it read and left alone
 */
record SavedPlan(Path file, String basis, PlanOptions options, String store, Map<String, PlannedAction> planned,
        List<PlanDocument.ChangeEntry> changes, Map<String, String> unmanaged) {

    /**
     * Reads the saved plan for the configuration the goal runs with, refusing it when it was made for another
     * ({@link #refuseIfMadeForAnother}), before anything else is read.
     */
    static SavedPlan readFor(Path file, ConfigurationIdentity goal) throws InvalidConfigurationException {
        SavedPlan saved = read(file);
        saved.refuseIfMadeForAnother(goal);
        return saved;
    }

    private static SavedPlan read(Path file) throws InvalidConfigurationException {
        PlanDocument document;
        try {
            document = PlanDocument.read(file);
        } catch (IOException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.SavedPlanUnreadable(file,
                    e.getClass().getSimpleName()), e, Setting.PLAN);
        }
        if (document == null || document.formatVersion() != Plan.FORMAT_VERSION || document.basis() == null
                || document.store() == null) {
            throw new InvalidConfigurationException(new ConfigurationProblem.NotASavedPlan(file, Plan.FORMAT_VERSION),
                    null, Setting.PLAN);
        }
        PlanDocument.Options options = document.options() == null
                ? new PlanDocument.Options(List.of(), List.of(), null) : document.options();
        List<PlanDocument.ChangeEntry> changes = document.changes() == null ? List.of() : document.changes();
        Map<String, PlannedAction> planned = new LinkedHashMap<>();
        for (PlanDocument.ChangeEntry change : changes) {
            planned.put(change.address(), new PlannedAction(change.action(), change.reason(),
                    change.before() == null ? null : change.before().fingerprint(),
                    change.after() == null ? null : change.after().fingerprint()));
        }
        Map<String, String> unmanaged = new LinkedHashMap<>();
        if (document.unmanaged() != null) {
            document.unmanaged().forEach(each -> unmanaged.put(each.address(), each.fingerprint()));
        }
        LocalDate policyAsOf;
        try {
            policyAsOf = options.policyAsOf() == null ? null : LocalDate.parse(options.policyAsOf());
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.NotASavedPlan(file, Plan.FORMAT_VERSION),
                    e, Setting.PLAN);
        }
        return new SavedPlan(file, document.basis(), new PlanOptions(orEmpty(options.manifests()),
                orEmpty(options.target()), options.prune(), policyAsOf, options.execution()), document.store(), planned,
                changes, unmanaged);
    }

    /**
     * Refuses this plan when it was made for another configuration than the goal's: another execution (when both name
     * one: a plan of a keypairs older than executions names none), other manifests or another store (unless the goal's
     * cannot be read: opening it then says why). Called before anything is read: the manifests and store of another
     * configuration are another account's (SPEC §7).
     *
     * @throws InvalidConfigurationException {@code OtherConfiguration}, naming both configurations
     */
    private void refuseIfMadeForAnother(ConfigurationIdentity goal) throws InvalidConfigurationException {
        ConfigurationIdentity plan = new ConfigurationIdentity(options.execution(),
                Configuration.normalised(options.manifests()), store);
        boolean otherExecution = plan.execution() != null && goal.execution() != null
                && !plan.execution().equals(goal.execution());
        boolean otherStore = goal.store() != null && !plan.store().equals(goal.store());
        if (otherExecution || otherStore || !plan.manifests().equals(goal.manifests())) {
            throw new InvalidConfigurationException(new ConfigurationProblem.OtherConfiguration(file, plan, goal), null,
                    Setting.PLAN);
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /**
     * Why a re-made plan is not this one: planned actions that differ, undeclared key pairs that came, went or
     * changed their key, then a general cause when nothing named explains it. Empty when it is the same plan.
     */
    List<Moved> whatMoved(Plan now) {
        List<Moved> moved = new ArrayList<>();
        if (basis.equals(now.basis())) {
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
        moved.addAll(unmanagedMoved(now, current));
        if (moved.isEmpty()) {
            moved.add(new Moved.Unseen());
        }
        return moved;
    }

    /** Undeclared key pairs that came, went or changed their key; those planned then or now are said as planned. */
    private List<Moved> unmanagedMoved(Plan now, Map<String, PlannedAction> current) {
        Map<String, String> today = new LinkedHashMap<>();
        now.unmanaged().forEach(each -> today.put(each.address(), each.fingerprint()));
        TreeSet<String> addresses = new TreeSet<>(unmanaged.keySet());
        addresses.addAll(today.keySet());
        List<Moved> moved = new ArrayList<>();
        for (String address : addresses) {
            String then = unmanaged.get(address);
            String fingerprint = today.get(address);
            if (!Objects.equals(then, fingerprint) && !planned.containsKey(address) && !current.containsKey(address)) {
                moved.add(new Moved.Unmanaged(address, then, fingerprint));
            }
        }
        return moved;
    }

    /**
     * Whether this plan has landed already (a re-run CI job): it planned changes, and the re-made plan has none, every
     * change of it leaving the store as planned: each planned address holds the state planned after it (key, tags,
     * resource group, project; as far as the plan compares them), each planned delete is gone from a region the re-made
     * plan read (a region the manifests no longer declare is not read, so a key pair missing from it is not known to be
     * gone).
     *
     * @param manifests the manifests the re-made plan was made of: a valid plan read every region they declare
     */
    boolean landedIn(Plan now, ManifestSet manifests) {
        Set<String> regionsRead = manifests.regions().stream().map(region -> region.address().toString())
                .collect(Collectors.toSet());
        if (!now.isValid() || now.summary().hasChanges()) {
            return false;
        }
        // Both sides as plan.json writes them, so a state is compared in one form.
        PlanDocument document = PlanDocument.of(now);
        Map<String, PlanDocument.ChangeEntry> current = new LinkedHashMap<>();
        document.changes().forEach(change -> current.put(change.address(), change));
        List<String> unmanagedNow = document.unmanaged().stream().map(PlanDocument.UnmanagedEntry::address).toList();
        boolean anyChange = false;
        for (PlanDocument.ChangeEntry change : changes) {
            if (Action.NOOP.id().equals(change.action())) {
                continue;
            }
            anyChange = true;
            PlanDocument.ChangeEntry today = current.get(change.address());
            boolean landed = change.after() == null
                    ? today == null && !unmanagedNow.contains(change.address())
                            && regionsRead.contains(change.provider() + "/" + change.region())
                    : today != null && today.after() != null && holds(change.after(), today.after());
            if (!landed) {
                return false;
            }
        }
        return anyChange;
    }

    /** Whether the state a no-op leaves is the state planned: the same key where one was planned, the same settings. */
    private static boolean holds(PlanDocument.AfterState planned, PlanDocument.AfterState now) {
        return (planned.fingerprint() == null || planned.fingerprint().equals(now.fingerprint()))
                && Objects.equals(planned.tags(), now.tags())
                && Objects.equals(planned.resourceGroupId(), now.resourceGroupId())
                && Objects.equals(planned.projectId(), now.projectId());
    }
}
