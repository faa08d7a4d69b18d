package dev.keypairs.render;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanError;
import dev.keypairs.plan.PlanWarning;
import dev.keypairs.plan.Reason;
import dev.keypairs.project.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan as log lines, Terraform-style: grouped by provider and region, {@code +} import or create,
 * {@code ~} update, {@code ~ rename OLD → NEW} a rename in place, {@code -/+} replace, {@code -} delete, each with
 * its reason; no-ops counted, not listed;
 * then unmanaged key pairs, the key policy's findings (each with its code), warnings, errors and the summary line.
 */
public final class TextPlan {

    private TextPlan() {
    }

    /** The lines of the text plan. */
    public static List<String> render(Plan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("keypairs plan against " + plan.store());
        // Plain loops, not lambdas or streams: each lambda is linked on first use, and a goal runs once on a cold JVM
        // (performance.md).
        Map<Address, List<Change>> byRegion = new LinkedHashMap<>();
        for (Change change : plan.changes()) {
            Address region = change.address().regionAddress();
            List<Change> changes = byRegion.get(region);
            if (changes == null) {
                changes = new ArrayList<>();
                byRegion.put(region, changes);
            }
            changes.add(change);
        }
        for (Map.Entry<Address, List<Change>> region : byRegion.entrySet()) {
            long unchanged = 0;
            List<Change> shown = new ArrayList<>();
            for (Change change : region.getValue()) {
                if (change.action() == Action.NOOP) {
                    unchanged++;
                }
                if (change.action().isChange()) {
                    shown.add(change);
                }
            }
            lines.add("");
            lines.add(region.getKey() + (unchanged > 0 ? " (" + unchanged + " unchanged)" : ""));
            for (Change change : shown) {
                lines.add(line(change));
            }
        }
        if (!plan.unmanaged().isEmpty()) {
            lines.add("");
            lines.add(plan.unmanaged().size() + " unmanaged (not declared, outside prune's scope, left alone):");
            for (int i = 0; i < Math.min(20, plan.unmanaged().size()); i++) {
                lines.add("  ? " + plan.unmanaged().get(i).address());
            }
            if (plan.unmanaged().size() > 20) {
                lines.add("  ... and " + (plan.unmanaged().size() - 20) + " more (see plan.json)");
            }
        }
        if (!plan.findings().isEmpty()) {
            lines.add("");
            lines.add("Key policy findings (" + plan.findings().size() + "):");
            for (Finding finding : plan.findings()) {
                lines.add("  " + (finding.blocks() ? "x " : "! ") + finding.severity().id() + " "
                        + FindingWords.line(finding));
            }
        }
        if (!plan.warnings().isEmpty()) {
            lines.add("");
            lines.add("Warnings:");
            for (PlanWarning warning : plan.warnings()) {
                lines.add("  ! " + PlanWords.warning(warning));
            }
        }
        if (!plan.errors().isEmpty()) {
            lines.add("");
            lines.add("Errors (" + plan.errors().size() + "): nothing can be applied until they are fixed");
            for (PlanError error : plan.errors()) {
                lines.add("  x " + PlanWords.line(error));
            }
        }
        lines.add("");
        lines.add(PlanWords.summary(plan.summary()));
        return lines;
    }

    private static String line(Change change) {
        String symbol = change.action().symbol();
        String name = shown(change.address().name());
        StringBuilder text = new StringBuilder("  ").append(symbol).append(' ');
        if (change.reason() instanceof Reason.Renamed renamed) {
            text.append("rename ").append(shown(renamed.from())).append(" → ").append(name).append("  ")
                    .append(ReasonWords.renameInPlace(renamed));
        } else {
            text.append(name).append("  ").append(change.action().id()).append(": ")
                    .append(ReasonWords.of(change.reason()));
        }
        KeyPairState shown = change.after() != null ? change.after() : change.before();
        if (shown != null && shown.sha256() != null) {
            text.append("  [").append(shown.keyType()).append(' ').append(shown.bits()).append(' ')
                    .append(shown.sha256()).append(']');
        }
        String sets = ChangeAttributes.of(change);
        if (!sets.isEmpty()) {
            text.append("  {").append(sets).append('}');
        }
        return text.toString();
    }

    /** A name as the plan lists it: an empty one as {@code ""}. */
    private static String shown(String name) {
        return name.isEmpty() ? "\"\"" : name;
    }
}
