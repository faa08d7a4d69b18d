package dev.keypairs.provider;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every error code the providers document for the key pair calls, with the HTTP status Alibaba Cloud
 * answers it with. Tencent Cloud answers errors inside a normal response, so its errors carry no status.
 * Sources: the providers' public API references (semantics.md) and, for the read, delete and tag calls, the providers' public
 * references of DescribeKeyPairs, DeleteKeyPairs, TagResources and JoinResourceGroup; {@code InvalidTagCount}
 * and Alibaba's {@code InvalidParameter} for a DescribeKeyPairs page out of range are our choices for
 * undocumented cases ({@code semantics.md}).
 */
public enum ErrorCode implements ApiCode {
    MISSING_PARAMETER("MissingParameter", 400, Provider.ALIBABA, Provider.TENCENT),

    INVALID_PUBLIC_KEY_BODY_MALFORMED("InvalidPublicKeyBody.Malformed", 400, Provider.ALIBABA),
    INVALID_KEY_PAIR_NAME_MALFORMED("InvalidKeyPairName.Malformed", 400, Provider.ALIBABA),
    INVALID_REGION_ID_NOT_FOUND("InvalidRegionId.NotFound", 404, Provider.ALIBABA),
    QUOTA_EXCEED_KEY_PAIR("QuotaExceed.KeyPair", 403, Provider.ALIBABA),
    KEY_PAIR_ALREADY_EXIST("KeyPair.AlreadyExist", 400, Provider.ALIBABA),
    INVALID_RESOURCE_GROUP_NOT_FOUND("InvalidResourceGroup.NotFound", 404, Provider.ALIBABA),
    INVALID_TAG_KEY_MALFORMED("InvalidTagKey.Malformed", 400, Provider.ALIBABA),
    INVALID_TAG_VALUE_MALFORMED("InvalidTagValue.Malformed", 400, Provider.ALIBABA),
    DUPLICATE_TAG_KEY("Duplicate.TagKey", 400, Provider.ALIBABA),
    INVALID_TAG_COUNT("InvalidTagCount", 400, Provider.ALIBABA),
    /**
     * Alibaba DescribeKeyPairs: {@code PageNumber} below 1 or {@code PageSize} outside 1–50 (our choice); Tencent
     * DescribeKeyPairs: {@code KeyIds} and {@code Filters} together.
     */
    INVALID_PARAMETER("InvalidParameter", 400, Provider.ALIBABA, Provider.TENCENT),
    /** DeleteKeyPairs: more than 100 names in {@code KeyPairNames}. */
    INVALID_KEY_PAIR_NAMES_VALUE_NOT_SUPPORTED("InvalidKeyPairNames.ValueNotSupported", 400, Provider.ALIBABA),
    /** TagResources, UntagResources, JoinResourceGroup: a key pair the region does not hold. */
    INVALID_RESOURCE_ID_NOT_FOUND("InvalidResourceId.NotFound", 404, Provider.ALIBABA),

    /**
     * Alibaba DeleteKeyPairs: a key pair still bound to instances (store.md names it; the status is Alibaba's for
     * its other {@code InvalidParameter.*} codes). Final: the key pair must be detached first.
     */
    INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE("InvalidParameter.KeypairAlreadyAttachedInstance", 400,
            Provider.ALIBABA),

    INTERNAL_SERVER_ERROR("InternalServerError", 0, Provider.TENCENT),
    /** Tencent DeleteKeyPairs: a key pair still bound to instances (store.md names it). Final: detach it first. */
    INVALID_PARAMETER_VALUE_KEY_PAIR_NOT_SUPPORTED("InvalidParameterValue.KeyPairNotSupported", 0, Provider.TENCENT),
    INVALID_KEY_PAIR_LIMIT_EXCEEDED("InvalidKeyPair.LimitExceeded", 0, Provider.TENCENT),
    INVALID_KEY_PAIR_NAME_DUPLICATE("InvalidKeyPairName.Duplicate", 0, Provider.TENCENT),
    INVALID_KEY_PAIR_NAME_EMPTY("InvalidKeyPairNameEmpty", 0, Provider.TENCENT),
    INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR("InvalidKeyPairNameIncludeIllegalChar", 0, Provider.TENCENT),
    INVALID_KEY_PAIR_NAME_TOO_LONG("InvalidKeyPairNameTooLong", 0, Provider.TENCENT),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 0, Provider.TENCENT),
    INVALID_PUBLIC_KEY_DUPLICATE("InvalidPublicKey.Duplicate", 0, Provider.TENCENT),
    INVALID_PUBLIC_KEY_MALFORMED("InvalidPublicKey.Malformed", 0, Provider.TENCENT),
    UNSUPPORTED_REGION("UnsupportedRegion", 0, Provider.TENCENT),
    /** DeleteKeyPairs: a KeyId the region does not hold; the whole call is refused. */
    INVALID_KEY_PAIR_ID_NOT_FOUND("InvalidKeyPairId.NotFound", 0, Provider.TENCENT),
    /**
     * DeleteKeyPairs and DescribeKeyPairs: a KeyId not in the form {@code skey-} and 8 lowercase letters and
     * digits.
     */
    INVALID_KEY_PAIR_ID_MALFORMED("InvalidKeyPairId.Malformed", 0, Provider.TENCENT),
    /** DescribeKeyPairs: a {@code Filters.N.Name} that is not one of its filters. */
    INVALID_FILTER("InvalidFilter", 0, Provider.TENCENT),
    /** DescribeKeyPairs: a filter with more {@code Values} than a filter takes (5). */
    INVALID_FILTER_VALUE_LIMIT_EXCEEDED("InvalidFilterValue.LimitExceeded", 0, Provider.TENCENT),
    /** DescribeKeyPairs and DeleteKeyPairs: more {@code KeyIds} (100) or {@code Filters} (10) than the call takes. */
    INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED("InvalidParameterValue.LimitExceeded", 0, Provider.TENCENT),
    /** DescribeKeyPairs: {@code Limit} outside 1 to 100. */
    INVALID_PARAMETER_VALUE_LIMIT("InvalidParameterValueLimit", 0, Provider.TENCENT),
    /** DescribeKeyPairs: {@code Offset} below 0. */
    INVALID_PARAMETER_VALUE_OFFSET("InvalidParameterValueOffset", 0, Provider.TENCENT),
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", 0, Provider.TENCENT);

    private final String code;
    private final int alibabaHttpStatus;
    private final Set<Provider> providers;

    ErrorCode(String code, int alibabaHttpStatus, Provider first, Provider... rest) {
        this.code = code;
        this.alibabaHttpStatus = alibabaHttpStatus;
        this.providers = EnumSet.of(first, rest);
    }

    /** The code exactly as the provider documents it, e.g. {@code QuotaExceed.KeyPair}. */
    @Override
    public String code() {
        return code;
    }

    /**
     * Throttling and internal errors may succeed when repeated unchanged and are retried with bounded backoff;
     * every other documented refusal is final.
     */
    @Override
    public ErrorKind kind() {
        return this == REQUEST_LIMIT_EXCEEDED || this == INTERNAL_SERVER_ERROR ? ErrorKind.TRANSIENT : ErrorKind.FINAL;
    }

    /** Whether the code refuses a delete because the key pair is still bound to instances. */
    public boolean meansBoundToInstances() {
        return this == INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE
                || this == INVALID_PARAMETER_VALUE_KEY_PAIR_NOT_SUPPORTED;
    }

    /** Whether the provider documents this code. */
    public boolean isDocumentedBy(Provider provider) {
        return providers.contains(provider);
    }

    /** The HTTP status the provider answers this error with: Alibaba's; none for Tencent. */
    public OptionalInt httpStatus(Provider provider) {
        return provider == Provider.ALIBABA && isDocumentedBy(provider)
                ? OptionalInt.of(alibabaHttpStatus) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
