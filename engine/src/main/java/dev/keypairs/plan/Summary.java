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
}
