package dev.keypairs.store;

/**
 * The store cannot be opened or used (a file that is not a store, a missing directory, a full disk, a
 * malformed store URI). The message says what to fix.
 */
public final class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** A failure with its cause. */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
