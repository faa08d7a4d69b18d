package dev.keypairs.provider;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One error as the provider's API answers it: the code (documented or as answered), a message that says what
 * is wrong (never quoting key material), and, for Alibaba Cloud, the HTTP status.
 *
 * @param provider whose API answers it
 * @param code the code
 * @param message what is wrong and what to change
 * @param httpStatus the HTTP status: Alibaba's documented one for a documented code, the answered one otherwise;
 *     none for Tencent Cloud, which answers errors inside a normal response
 */
public record ApiError(Provider provider, ApiCode code, String message, OptionalInt httpStatus) {

    public ApiError {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(httpStatus, "httpStatus");
        if (code instanceof ErrorCode documented && !documented.isDocumentedBy(provider)) {
            throw new IllegalArgumentException(provider + " does not document " + code);
        }
    }

    /** A documented error, with the status the provider documents for it. */
    public ApiError(Provider provider, ErrorCode code, String message) {
        this(provider, code, message, code.httpStatus(provider));
    }

    /**
     * A documented error answered by one action, with the status the provider documents for it at that action
     * ({@link ErrorCode#httpStatus(Provider, ApiCall)}).
     */
    public ApiError(Provider provider, ApiCall call, ErrorCode code, String message) {
        this(provider, code, message, code.httpStatus(provider, call));
    }

    /** What kind of refusal it is: final, transient or a denial. */
    public ErrorKind kind() {
        return code.kind();
    }

    @Override
    public String toString() {
        return code.code() + ": " + message;
    }
}
