package dev.keypairs.render;

/**
 * A planned action as a saved plan and a re-made one are compared: the action, its reason (which names what an
 * update changes), and the fingerprints the reason does not name already (an import's key, which its reason does not
 * show). Two are the same plan for an address when they are equal.
 *
 * @param action the action's id, e.g. {@code import}
 * @param reason its reason; empty for none
 * @param before the fingerprint before, when the reason does not name it; null otherwise
 * @param after the fingerprint after, when the reason does not name it; null otherwise
 */
public record PlannedAction(String action, String reason, String before, String after) {

    public PlannedAction {
        reason = reason == null ? "" : reason;
        before = before == null || reason.contains(before) ? null : before;
        after = after == null || reason.contains(after) ? null : after;
    }
}
