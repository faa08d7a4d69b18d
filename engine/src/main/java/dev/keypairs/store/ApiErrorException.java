package dev.keypairs.store;

import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorKind;

/** The store answered with an API error (documented, or any other code as it came); the call changed nothing. */
public final class ApiErrorException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;
    private final String requestId;

    /** The error as the provider answers it, with the RequestId of the failed call. */
    public ApiErrorException(ApiError error, String requestId) {
        super(error.code().code() + ": " + error.message(), null);
        this.error = error;
        this.requestId = requestId;
    }

    /** The error. */
    public ApiError error() {
        return error;
    }

    /** The RequestId of the call that failed. */
    public String requestId() {
        return requestId;
    }

    @Override
    public ErrorKind kind() {
        return error.kind();
    }
}
