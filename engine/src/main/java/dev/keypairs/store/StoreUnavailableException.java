package dev.keypairs.store;

import dev.keypairs.provider.Code;
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
    private final boolean unanswered;
    private final transient Code code;

    /** A failure that repeating the call will not mend. */
    public StoreUnavailableException(String message, Throwable cause) {
        this(message, cause, ErrorKind.FINAL);
    }

    /** A failure of the given kind, e.g. {@link ErrorKind#TRANSIENT} for a lock held too long. */
    public StoreUnavailableException(String message, Throwable cause, ErrorKind kind) {
        this(message, cause, kind, false, null);
    }

    /**
     * A final failure with a code of its own, more precise than the store being unavailable (no credentials in
     * any place: {@code MissingCredentials}); the message starts with it.
     */
    public StoreUnavailableException(Code code, String message) {
        this(code.code() + ": " + message, null, ErrorKind.FINAL, false, Objects.requireNonNull(code, "code"));
    }

    private StoreUnavailableException(String message, Throwable cause, ErrorKind kind, boolean unanswered,
            Code code) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.unanswered = unanswered;
        this.code = code;
    }

    /**
     * The call got no answer at all: its endpoint could not be reached, the connection was refused or broke, or
     * no answer came in time. Such failures, call after call, are how {@link StoreCalls} tells an endpoint that is
     * gone; an answer, even a refusal or an HTTP 5xx, is not one.
     *
     * @param message what failed, naming the endpoint
     * @param cause the failure beneath
     * @param kind whether trying again may help ({@link ErrorKind#TRANSIENT} but for a refused TLS certificate)
     */
    public static StoreUnavailableException unanswered(String message, Throwable cause, ErrorKind kind) {
        return new StoreUnavailableException(message, cause, kind, true, null);
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    /** The failure's own code, where it has one; null for a store that is simply unavailable. */
    public Code code() {
        return code;
    }

    /** Whether the call got no answer at all (see {@link #unanswered(String, Throwable, ErrorKind)}). */
    public boolean unanswered() {
        return unanswered;
    }
}
