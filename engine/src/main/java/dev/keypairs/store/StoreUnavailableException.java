package dev.keypairs.store;

import dev.keypairs.provider.ErrorKind;
import java.util.Objects;

/**
 * The store cannot be opened or used (a file that is not a store, a missing directory, a full disk, a database
 * locked too long, a malformed store URI). The message says what to fix; {@link #kind()} whether trying again
 * may help.
 */
public final class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;

    /** A failure that repeating the call will not mend. */
    public StoreUnavailableException(String message, Throwable cause) {
        this(message, cause, ErrorKind.FINAL);
    }

    /** A failure of the given kind, e.g. {@link ErrorKind#TRANSIENT} for a lock held too long. */
    public StoreUnavailableException(String message, Throwable cause, ErrorKind kind) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
