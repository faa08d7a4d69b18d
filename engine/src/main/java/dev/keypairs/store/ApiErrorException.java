package dev.keypairs.store;

import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorKind;
import java.util.Optional;

/** The store answered with an API error (documented, or any other code as it came); the call changed nothing. */
public final class ApiErrorException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient ApiError error;
    private final String requestId;
    private final transient AccessKeyInUse accessKey;

    /** The error as the provider answers it, with the RequestId of the failed call. */
    public ApiErrorException(ApiError error, String requestId) {
        this(error, requestId, null);
    }

    /**
     * The error as a cloud answered it to a call signed with this access key.
     *
     * @param accessKey the key the call was signed with and where it came from; null where no key signs the calls
     */
    public ApiErrorException(ApiError error, String requestId, AccessKeyInUse accessKey) {
        super(error.code().code() + ": " + error.message(), null);
        this.error = error;
        this.requestId = requestId;
        this.accessKey = accessKey;
    }

    /** The error. */
    public ApiError error() {
        return error;
    }

    /** The RequestId of the call that failed. */
    public String requestId() {
        return requestId;
    }

    /** The access key the refused call was signed with; empty for a store that signs nothing (the emulated ones). */
    public Optional<AccessKeyInUse> accessKey() {
        return Optional.ofNullable(accessKey);
    }

    @Override
    public ErrorKind kind() {
        return error.kind();
    }
}
