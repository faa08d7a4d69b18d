package dev.keypairs.store;

import dev.keypairs.provider.ErrorKind;

/** A store call failed: the API refused it ({@link ApiErrorException}) or the store cannot be used. */
public abstract sealed class StoreException extends Exception permits ApiErrorException, StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the same call may succeed when repeated (apply retries only those), or is denied. */
    public abstract ErrorKind kind();
}
