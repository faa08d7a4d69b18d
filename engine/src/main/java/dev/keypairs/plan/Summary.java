package dev.keypairs.plan;

/**
 * The counts of a plan, as plan.json's {@code summary} and the text plan's last line show them.
 *
 * @param imports planned imports
 * @param creates planned creates
 * @param replaces planned replaces
 * @param renames planned renames in place
 * @param updates planned updates
 * @param deletes planned deletes
 * @param noops declared key pairs that already match
 * @param unmanaged undeclared key pairs left alone
 * @param errors problems found
 * @param findings the key policy's findings, of declared and unmanaged key pairs
 */
public record Summary(int imports, int creates, int replaces, int renames, int updates, int deletes, int noops,
        int unmanaged, int errors, int findings) {

    /** The counts of a plan without renames. */
    public Summary(int imports, int creates, int replaces, int updates, int deletes, int noops, int unmanaged,
            int errors, int findings) {
        this(imports, creates, replaces, 0, updates, deletes, noops, unmanaged, errors, findings);
    }

    /** The counts of a plan without renames and key policy findings. */
    public Summary(int imports, int creates, int replaces, int updates, int deletes, int noops, int unmanaged,
            int errors) {
        this(imports, creates, replaces, 0, updates, deletes, noops, unmanaged, errors, 0);
    }

    /** Whether applying the plan would change the store. {@code unmanaged} is not a change. */
    public boolean hasChanges() {
        return imports + creates + replaces + renames + updates + deletes > 0;
    }
}
