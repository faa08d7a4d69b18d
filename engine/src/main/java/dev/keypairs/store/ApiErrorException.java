package dev.keypairs.store;

import dev.keypairs.provider.ApiError;

/** The store answered with a documented API error; nothing was changed by the call. */
public final class ApiErrorException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;
    private final String requestId;

    /** The error as the provider documents it, with the RequestId of the failed call. */
    public ApiErrorException(ApiError error, String requestId) {
        super(error.code().code() + ": " + error.message(), null);
        this.error = error;
        this.requestId = requestId;
    }

    /** The documented error. */
    public ApiError error() {
        return error;
    }

    /** The RequestId of the call that failed. */
    public String requestId() {
        return requestId;
    }
}
