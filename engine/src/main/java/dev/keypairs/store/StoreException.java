package dev.keypairs.store;

/** A store call failed: the API refused it ({@link ApiErrorException}) or the store cannot be used. */
public sealed class StoreException extends Exception permits ApiErrorException, StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
