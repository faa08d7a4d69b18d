package dev.keypairs.emulator.state;

import dev.keypairs.provider.Code;

/**
 * The refusals of the state endpoints, each with its HTTP status, answered as
 * {@code {"error": {"code": CODE, "message": ...}}} (emulator.md). They are the emulator's own, never a provider's:
 * no provider API has a {@code /_keypairs/} path.
 */
public enum StateCode implements Code {
    /** Bearer token wanted (RFC 6750 §3.1: no credentials, 401): the caller is not on loopback and gave none. */
    STATE_TOKEN_REQUIRED("StateTokenRequired", 401),
    /** Bearer token wrong (RFC 6750 {@code invalid_token}, 401). */
    STATE_TOKEN_INVALID("StateTokenInvalid", 401),
    /** A caller not on loopback, and no {@code keypairs.serve.stateToken} set: state is loopback-only. */
    LOOPBACK_ONLY("LoopbackOnly", 403),
    /** A path under the prefix that names no endpoint. */
    UNKNOWN_STATE_ENDPOINT("UnknownStateEndpoint", 404),
    /** {@code ?account=NAME} names no account the emulator serves (by its store URI, as written or redacted). */
    UNKNOWN_ACCOUNT("UnknownAccount", 404),
    /** A query parameter the endpoint does not take (a typo of {@code account} is never ignored). */
    UNKNOWN_PARAMETER("UnknownParameter", 400),
    /** A query parameter given twice, given empty, or not percent-encoded as a URL query is. */
    INVALID_PARAMETER("InvalidParameter", 400),
    /** A body that is not UTF-8 text (a manifest, a fault rules document). */
    INVALID_ENCODING("InvalidEncoding", 400),
    /** An endpoint asked with a method it does not take; the answer's {@code Allow} header lists those it does. */
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405),
    /** A body over the emulator's limit (the one provider calls have), refused without reading it whole. */
    REQUEST_TOO_LARGE("RequestTooLarge", 413),
    /** A body that did not arrive whole (the idle timeout passed, or the client went away). */
    INCOMPLETE_REQUEST("IncompleteRequest", 400),
    /**
     * The emulator is stopping: calls in flight finish, new ones are refused (health still answers, with 503 and
     * {@code "status": "stopping"}).
     */
    STOPPING("Stopping", 503),
    /** A store that could not do what was asked (emptied, read); its own message follows, redacted. */
    STORE_UNAVAILABLE("StoreUnavailable", 503),
    /** A failure inside the emulator; it is logged with the same words. */
    INTERNAL_ERROR("InternalError", 500);

    private final String code;
    private final int status;

    StateCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    /** The code as the answer spells it. */
    @Override
    public String code() {
        return code;
    }

    /** The HTTP status it is answered with. */
    public int status() {
        return status;
    }
}
