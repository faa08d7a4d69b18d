package dev.keypairs.workflow;

/**
 * A goal failed because of something the user can fix. The message says what is wrong and what to do; front
 * ends show it as it is.
 */
public abstract sealed class KeypairsException extends Exception
        permits InvalidManifestsException, PlanErrorsException, ChangesPendingException, StoreAccessException,
        InvalidConfigurationException, StalePlanException, ApplyFailedException, NotApprovedException {

    private static final long serialVersionUID = 1L;

    private final Setting setting;

    KeypairsException(String message, Throwable cause) {
        this(message, cause, null);
    }

    KeypairsException(String message, Throwable cause, Setting setting) {
        super(message, cause);
        this.setting = setting;
    }

    /** The setting to change to mend the failure, where one is the cause; null otherwise. */
    public Setting setting() {
        return setting;
    }
}
