package dev.keypairs.workflow;

/**
 * The store could not be opened or read, or an apply using it was interrupted; the message names the store
 * (credentials redacted).
 */
public final class StoreAccessException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    StoreAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    StoreAccessException(String message, Throwable cause, Setting setting) {
        super(message, cause, setting);
    }
}
