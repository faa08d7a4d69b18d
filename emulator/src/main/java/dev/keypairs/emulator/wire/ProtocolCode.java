package dev.keypairs.emulator.wire;

import dev.keypairs.provider.Provider;

/**
 * The refusals that come before a call reaches the account model (authentication, the action, the shape of
 * the request), each as the provider spells it. Alibaba Cloud answers with the HTTP status given here;
 * Tencent Cloud answers every error with HTTP 200. The account's own refusals are
 * {@link dev.keypairs.provider.ErrorCode}s, answered as the store gives them.
 */
public enum ProtocolCode {
    /** A parameter a call needs is not there. */
    MISSING_PARAMETER("MissingParameter", "MissingParameter", 400),
    /** Parameters that cannot be read: percent-encoding, JSON, a wrong type, a name given twice. */
    MALFORMED_PARAMETERS("InvalidParameter", "InvalidParameter", 400),
    /** A parameter read but out of its range or set. */
    INVALID_PARAMETER_VALUE("InvalidParameter", "InvalidParameterValue", 400),
    /**
     * Tencent: a parameter that neither the action nor the common parameters define (Alibaba passes over such
     * parameters and never answers this).
     */
    UNKNOWN_PARAMETER("InvalidParameter", "UnknownParameter", 400),
    /** Alibaba DeleteKeyPairs: {@code KeyPairNames} that is not a JSON array of names. */
    KEY_PAIR_NAMES_NOT_SUPPORTED("InvalidKeyPairNames.ValueNotSupported", "InvalidParameter", 400),
    /**
     * Alibaba: a {@code Tag.N.Value} without its {@code Tag.N.Key} (ECS's definitions give this code to the tag
     * actions for "Tag.n.Key and Tag.n.Value are not match").
     */
    TAG_VALUE_WITHOUT_KEY("InvalidTag.Mismatch", "InvalidParameter", 400),
    /** The AccessKeyId / SecretId is not one the emulator was given. */
    UNKNOWN_ACCESS_KEY("InvalidAccessKeyId.NotFound", "AuthFailure.SecretIdNotFound", 404),
    /** The signature is well formed but wrong. */
    SIGNATURE_MISMATCH("SignatureDoesNotMatch", "AuthFailure.SignatureFailure", 400),
    /** The signature parts are missing or not in a form any genuine SDK sends. */
    MALFORMED_SIGNATURE("IncompleteSignature", "AuthFailure.InvalidAuthorization", 400),
    /** A key whose policy grants no such call (the emulator's read-only keys, for anything but Describe*). */
    FORBIDDEN("Forbidden.RAM", "UnauthorizedOperation", 403),
    /**
     * {@link #FORBIDDEN} at the actions whose definitions name it so: Tencent's Tag API TagResources and
     * UnTagResources ({@code AuthFailure.UnauthorizedOperation}, "not authorized by CAM").
     */
    FORBIDDEN_BY_CAM("Forbidden.RAM", "AuthFailure.UnauthorizedOperation", 403),
    /** Alibaba: a {@code SignatureNonce} seen in the last 15 minutes (Tencent's TC3 has no nonce). */
    NONCE_USED("SignatureNonceUsed", "AuthFailure.SignatureFailure", 400),
    /** More signed requests than the replay check can hold: the client may retry later. */
    THROTTLED("Throttling", "RequestLimitExceeded", 400),
    /** The request's time is too far from the emulator's: 15 minutes (Alibaba), 5 (Tencent). */
    TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", "AuthFailure.SignatureExpire", 400),
    /** An action or path the emulator does not serve (Alibaba: an API version too). */
    UNKNOWN_ACTION("InvalidAction.NotFound", "InvalidAction", 404),
    /** Tencent: an API version the emulator does not serve (Alibaba answers {@link #UNKNOWN_ACTION}). */
    NO_SUCH_VERSION("InvalidAction.NotFound", "NoSuchVersion", 404),
    /** A method other than GET and POST. */
    UNSUPPORTED_METHOD("UnsupportedHTTPMethod", "UnsupportedProtocol", 405),
    /** A body over the limit (1 MiB). */
    BODY_TOO_LARGE("InvalidParameter", "RequestSizeLimitExceeded", 413),
    /** A request whose body stopped arriving before it was whole (the idle timeout passed). */
    INCOMPLETE_REQUEST("InvalidHttpRequest", "InvalidHttpRequest", 408),
    /** HTTP that cannot be read at all (answered by the server adapter, before any provider is known). */
    MALFORMED_HTTP("InvalidHttpRequest", "InvalidHttpRequest", 400),
    /**
     * The store could not answer now (a lock held too long), or the emulator is stopping; the client may retry.
     * Tencent: {@code InternalServerError}, the server-side failure every served action's definition lists.
     */
    UNAVAILABLE("ServiceUnavailable", "InternalServerError", 503),
    /** A failure of the emulator itself; the response never carries its details. */
    INTERNAL("InternalError", "InternalServerError", 500);

    private final String alibabaCode;
    private final String tencentCode;
    private final int alibabaHttpStatus;

    ProtocolCode(String alibabaCode, String tencentCode, int alibabaHttpStatus) {
        this.alibabaCode = alibabaCode;
        this.tencentCode = tencentCode;
        this.alibabaHttpStatus = alibabaHttpStatus;
    }

    /** The code as the provider spells it. */
    public String code(Provider provider) {
        return provider == Provider.ALIBABA ? alibabaCode : tencentCode;
    }

    /** The HTTP status Alibaba Cloud answers it with. */
    public int alibabaHttpStatus() {
        return alibabaHttpStatus;
    }
}
