package dev.keypairs.render;

import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.project.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code plan.md}: the plan as a Markdown comment for a pull request. Errors lead; changes follow as a
 * table; no-ops are counted, not listed. It stays under {@value #MAX_LENGTH} characters (a comment takes at
 * most 65,536), saying what it left out.
 */
public final class PlanMarkdown {

    /** The most characters plan.md holds. */
    public static final int MAX_LENGTH = 60_000;
    /** Room kept for the closing lines. */
    private static final int FOOTER_ROOM = 2_000;

    private PlanMarkdown() {
    }

    /** The Markdown text. */
    public static String render(Plan plan) {
        StringBuilder out = new StringBuilder("## keypairs plan\n\n");
        // The summary says when errors hold the plan back.
        out.append("**").append(PlanWords.summary(plan.summary())).append("**\n\n");
        List<String> omitted = new ArrayList<>();
        if (!plan.errors().isEmpty()) {
            out.append("### Errors\n\n| Address | Code | Where | Message |\n|---|---|---|---|\n");
            int shown = appendRows(out, plan.errors().stream().map(PlanWords::diagnostic).map(PlanMarkdown::errorRow)
                    .toList());
            if (shown < plan.errors().size()) {
                omitted.add(Plural.of(plan.errors().size() - shown, "error"));
            }
            out.append('\n');
        }
        List<Change> changes = plan.changes().stream().filter(change -> change.action().isChange()).toList();
        if (!changes.isEmpty()) {
            out.append("### Changes\n\n|   | Address | Action | Reason | Key | Sets | Where |\n"
                    + "|---|---|---|---|---|---|---|\n");
            int shown = appendRows(out, changes.stream().map(PlanMarkdown::changeRow).toList());
            if (shown < changes.size()) {
                omitted.add(Plural.of(changes.size() - shown, "change"));
            }
            out.append('\n');
        }
        if (!plan.warnings().isEmpty()) {
            out.append("### Warnings\n\n");
            int shown = appendRows(out, plan.warnings().stream()
                    .map(warning -> "- " + cell(PlanWords.warning(warning)) + "\n").toList());
            if (shown < plan.warnings().size()) {
                omitted.add(Plural.of(plan.warnings().size() - shown, "warning"));
            }
            out.append('\n');
        }
        out.append(plan.summary().noops()).append(" unchanged, ").append(plan.unmanaged().size())
                .append(" unmanaged (not declared, left alone): not listed.\n");
        if (!omitted.isEmpty()) {
            out.append("\n_Not shown, to stay within a comment's size: ").append(String.join(", ", omitted))
                    .append(". plan.json has everything._\n");
        }
        out.append("\n<sub>store ").append(cell(plan.store())).append(" · basis ")
                .append(plan.basis(), 0, Math.min(12, plan.basis().length())).append("</sub>\n");
        return out.toString();
    }

    /**
     * plan.md for a plan that failed before it could plan (the store refused, unreachable or not a store; a setting
     * refused): the failure's code and message (which names the store redacted), and that nothing was planned and
     * no plan.json is left, so that a pull-request comment shows the failure instead of an earlier run's plan.
     */
    public static String failed(String code, String message) {
        String shown = message.length() > MAX_LENGTH - FOOTER_ROOM
                ? message.substring(0, MAX_LENGTH - FOOTER_ROOM) + " …" : message;
        return "## keypairs plan\n\n**The plan failed: nothing was planned.**\n\n| Code | Message |\n|---|---|\n| `"
                + cell(code) + "` | " + cell(shown) + " |\n\nNo plan.json is left: the one an earlier run wrote was"
                + " removed, so that no tool takes it for the current plan.\n";
    }

    /** Appends rows while they fit; returns how many did. */
    private static int appendRows(StringBuilder out, List<String> rows) {
        int shown = 0;
        for (String row : rows) {
            if (out.length() + row.length() > MAX_LENGTH - FOOTER_ROOM) {
                break;
            }
            out.append(row);
            shown++;
        }
        return shown;
    }

    private static String errorRow(Diagnostic error) {
        return "| " + cell(error.address() == null ? "" : error.address()) + " | `" + error.code().code() + "` | "
                + cell(error.source() == null ? "" : error.source().toString()) + " | " + cell(error.message()) + " |\n";
    }

    private static String changeRow(Change change) {
        KeyPairState shown = change.after() != null ? change.after() : change.before();
        String key = shown == null || shown.sha256() == null ? "" : shown.keyType() + " " + shown.sha256();
        String where = change.source() == null ? "" : change.source().file() + ":" + change.source().line();
        return "| `" + change.action().symbol() + "` | " + cell(change.address().toString()) + " | "
                + change.action().id() + " | " + cell(ReasonWords.of(change.reason())) + " | " + cell(key) + " | "
                + cell(ChangeAttributes.of(change)) + " | " + cell(where) + " |\n";
    }

    /** A table cell: pipes escaped, line breaks folded, Markdown and HTML that could misrender neutralised. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`");
    }
}
