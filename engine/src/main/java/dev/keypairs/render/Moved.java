package dev.keypairs.render;

/**
 * One way a re-made plan differs from the saved one it should repeat ({@code StalePlan}):
 * {@link FailureWords#of(Moved)} says it in words.
 */
public sealed interface Moved {

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

    /**
     * A key pair the plan read and leaves alone, no manifest declaring it, that appeared, went or changed its key
     * (a console's change in a declared region).
     *
     * @param address the key pair's address
     * @param then its MD5 fingerprint when the saved plan was made; null when it was not there
     * @param now its MD5 fingerprint now; null when it is gone
     */
    record Unmanaged(String address, String then, String now) implements Moved {
    }

    /**
     * The basis moved, but every planned action and its reason is as it was, and so is every unmanaged key pair:
     * what moved is nothing the plan names.
     */
    record Unseen() implements Moved {
    }
}
