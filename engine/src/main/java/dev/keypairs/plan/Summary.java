package dev.keypairs.plan;

/**
 * The counts of a plan, as plan.json's {@code summary} and the text plan's last line show them.
 *
 * @param imports planned imports
 * @param creates planned creates
 * @param replaces planned replaces
 * @param updates planned updates
 * @param deletes planned deletes
 * @param noops declared key pairs that already match
 * @param unmanaged undeclared key pairs left alone
 * @param errors problems found
 */
public record Summary(int imports, int creates, int replaces, int updates, int deletes, int noops, int unmanaged,
        int errors) {

    /** Whether applying the plan would change the store. {@code unmanaged} is not a change. */
    public boolean hasChanges() {
        return imports + creates + replaces + updates + deletes > 0;
    }

    /**
     * {@code Plan: 1 to import, ...; N unchanged.} or {@code No changes.}; with errors, that nothing is applied
     * until they are fixed (never {@code No changes.}, which would contradict them).
     */
    public String describe() {
        String fix = errors == 1 ? "1 error is fixed" : errors + " errors are fixed";
        if (errors > 0 && !hasChanges()) {
            return "Nothing can be applied until " + fix + ".";
        }
        if (!hasChanges()) {
            return "No changes.";
        }
        return "Plan: " + counts() + "; " + noops + " unchanged." + (errors > 0 ? " Not applied until " + fix + "." : "");
    }

    private String counts() {
        return imports + " to import, " + creates + " to create, " + replaces + " to replace, " + updates
                + " to update, " + deletes + " to delete";
    }
}
