package dev.keypairs.render;

import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.Unmanaged;
import dev.keypairs.project.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code plan.md}: the plan as a Markdown comment for a pull request. Errors lead; changes follow as a
 * table, keys as SHA256 fingerprints, as {@code ssh-keygen -l} prints them by default; then the key policy's
 * findings under a heading of their own, warnings and the unmanaged key pairs by name; no-ops are counted, not listed. It stays under {@value #MAX_LENGTH} characters (a
 * comment takes at most 65,536), saying what it left out.
 */
public final class PlanMarkdown {

    /** The most characters plan.md holds. */
    public static final int MAX_LENGTH = 60_000;
    /** Room kept for the closing lines. */
    private static final int FOOTER_ROOM = 2_000;

    /** Under the changes, when one is a replace: what a reviewer needs to know of its order. */
    private static final String REPLACE_NOTE = "_A replace deletes the old key pair before it imports the new one. A"
            + " cloud refuses to delete a key pair still bound to instances: detach it first, or the replace fails and"
            + " leaves the old key pair in place._\n\n";
    /** Under the changes, when one is a rename done as a replace. */
    private static final String RENAME_REPLACE_NOTE = "_A rename done as a replace imports the new name first and then"
            + " deletes the old one (unless its reason says otherwise): instances bound to the old key pair keep it"
            + " until they are moved to the new one._\n\n";

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
        // A loop, not a stream: this line runs on every plan, once, on a cold JVM (performance.md).
        List<Change> changes = new ArrayList<>();
        for (Change change : plan.changes()) {
            if (change.action().isChange()) {
                changes.add(change);
            }
        }
        if (!changes.isEmpty()) {
            out.append("### Changes\n\n|   | Address | Action | Reason | Key | Sets | Where |\n"
                    + "|---|---|---|---|---|---|---|\n");
            int shown = appendRows(out, changes.stream().map(PlanMarkdown::changeRow).toList());
            if (shown < changes.size()) {
                omitted.add(Plural.of(changes.size() - shown, "change"));
            }
            out.append('\n');
            if (changes.stream().anyMatch(change -> change.action() == Action.REPLACE
                    && !(change.reason() instanceof Reason.RenamedByReplace))) {
                out.append(REPLACE_NOTE);
            }
            if (changes.stream().anyMatch(change -> change.reason() instanceof Reason.RenamedByReplace)) {
                out.append(RENAME_REPLACE_NOTE);
            }
        }
        if (!plan.findings().isEmpty()) {
            out.append("### Key policy findings\n\n| Address | Code | Severity | Message |\n|---|---|---|---|\n");
            int shown = appendRows(out, plan.findings().stream().map(PlanMarkdown::findingRow).toList());
            if (shown < plan.findings().size()) {
                omitted.add(Plural.of(plan.findings().size() - shown, "finding"));
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
        if (!plan.unmanaged().isEmpty()) {
            out.append("### Unmanaged\n\nNot declared, left alone.\n\n| Address | Provider's fingerprint (MD5) |\n"
                    + "|---|---|\n");
            int shown = appendRows(out, plan.unmanaged().stream().map(PlanMarkdown::unmanagedRow).toList());
            if (shown < plan.unmanaged().size()) {
                omitted.add(Plural.of(plan.unmanaged().size() - shown, "unmanaged key pair"));
            }
            out.append('\n');
        }
        out.append(plan.summary().noops()).append(" unchanged: not listed.\n");
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
        String where = change.source() == null ? "" : change.source().file() + ":" + change.source().line();
        return "| `" + change.action().symbol() + "` | " + cell(change.address().toString()) + " | "
                + change.action().id() + " | " + cell(reason(change)) + " | " + cell(key(shown)) + " | "
                + cell(ChangeAttributes.of(change)) + " | " + cell(where) + " |\n";
    }

    /**
     * A key as {@code ssh-keygen -l} prints it by default, its SHA256; where the store returned no public key, only
     * the provider's MD5 fingerprint, said to be that; nothing for a key not known yet (a create).
     */
    private static String key(KeyPairState state) {
        if (state == null) {
            return "";
        } else if (state.sha256() != null) {
            return (state.keyType() == null ? "" : state.keyType() + " ") + state.sha256();
        }
        return state.fingerprint() == null ? "" : "provider's fingerprint (MD5) " + state.fingerprint()
                + "; the store returned no public key";
    }

    /**
     * The reason, its keys as SHA256 fingerprints like the Key column (the text plan and plan.json keep the
     * providers' MD5 fingerprints, as the clouds list them).
     */
    private static String reason(Change change) {
        if (change.reason() instanceof Reason.KeyChanged changed && change.after() != null
                && change.after().sha256() != null) {
            String before = change.before() != null && change.before().sha256() != null ? change.before().sha256()
                    : "a key the store returned only as its MD5 fingerprint " + changed.from();
            return "key changed: " + before + " → " + change.after().sha256();
        } else if (change.reason() instanceof Reason.CertificateResigned && change.after() != null
                && change.after().sha256() != null) {
            return "certificate re-signed: the same key (" + change.after().sha256() + ") in a different certificate";
        }
        return ReasonWords.of(change.reason());
    }

    private static String findingRow(Finding finding) {
        return "| " + cell(finding.address().toString()) + " | `" + finding.rule().code() + "` | "
                + finding.severity().id() + (finding.unmanaged() ? ", unmanaged: never blocks" : "") + " | "
                + cell(FindingWords.message(finding)) + " |\n";
    }

    private static String unmanagedRow(Unmanaged unmanaged) {
        return "| " + cell(unmanaged.address()) + " | " + cell(unmanaged.fingerprint() == null ? ""
                : unmanaged.fingerprint()) + " |\n";
    }

    /** A table cell: pipes escaped, line breaks folded, Markdown and HTML that could misrender neutralised. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;").replace("`", "\\`");
    }
}
