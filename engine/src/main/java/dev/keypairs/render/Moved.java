package dev.keypairs.render;

/**
 * One way a re-made plan differs from the saved one it should repeat ({@code StalePlan}):
 * {@link FailureWords#of(Moved)} says it in words.
 */
public sealed interface Moved {

    /**
     * The saved plan was made against another store.
     *
     * @param then the store it was made against, redacted
     * @param now the store this apply uses, redacted
     */
    record OtherStore(String then, String now) implements Moved {
    }

    /**
     * An address planned otherwise now, or not at all.
     *
     * @param address the key pair's address
     * @param then what the saved plan planned
     * @param now what is planned now; null for nothing
     */
    record Replanned(String address, PlannedAction then, PlannedAction now) implements Moved {
    }

    /**
     * An address the saved plan did not plan.
     *
     * @param address the key pair's address
     * @param now what is planned now
     */
    record NotPlanned(String address, PlannedAction now) implements Moved {
    }

    /** The basis moved, but every planned action and its reason is as it was. */
    record Unseen() implements Moved {
    }
}
