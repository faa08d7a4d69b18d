package dev.keypairs.workflow;

/**
 * A goal failed because of something the user can fix. The message says what is wrong and what to do; front
 * ends show it as it is.
 */
public abstract sealed class KeypairsException extends Exception
        permits InvalidManifestsException, PlanErrorsException, ChangesPendingException, StoreAccessException,
        InvalidConfigurationException, StalePlanException, ApplyFailedException {

    private static final long serialVersionUID = 1L;

    KeypairsException(String message, Throwable cause) {
        super(message, cause);
    }
}
