package dev.keypairs.provider;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One error as the provider's API would answer it: the documented code, a message that says what is wrong
 * (never quoting key material), and, for Alibaba Cloud, the HTTP status.
 *
 * @param provider whose API answers it
 * @param code the documented code
 * @param message what is wrong and what to change
 */
public record ApiError(Provider provider, ErrorCode code, String message) {

    public ApiError {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!code.isDocumentedBy(provider)) {
            throw new IllegalArgumentException(provider + " does not document " + code);
        }
    }

    /** The HTTP status of the error: Alibaba's documented status; none for Tencent. */
    public OptionalInt httpStatus() {
        return code.httpStatus(provider);
    }

    @Override
    public String toString() {
        return code.code() + ": " + message;
    }
}
