package dev.keypairs.provider;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every error code the providers document for the key pair calls, with the HTTP status Alibaba Cloud
 * answers it with: one status per code, except where the providers' official API definitions give a code another
 * status for one action ({@code MissingParameter} is 403 at JoinResourceGroup, 400 elsewhere), which
 * {@link #httpStatus(Provider, ApiCall)} answers. Tencent Cloud answers errors inside a normal response, so its
 * errors carry no status. Sources: the providers' public API references and official API definitions
 * (semantics.md); Alibaba's {@code InvalidParameter} for a DescribeKeyPairs page out of range is our choice for
 * an undocumented case ({@code semantics.md}).
 */
public enum ErrorCode implements ApiCode {
    /** Alibaba: 400, but 403 at JoinResourceGroup (its official definition). */
    MISSING_PARAMETER("MissingParameter", 400, Map.of(ApiCall.JOIN_RESOURCE_GROUP, 403), Provider.ALIBABA,
            Provider.TENCENT),

    INVALID_PUBLIC_KEY_BODY_MALFORMED("InvalidPublicKeyBody.Malformed", 400, Provider.ALIBABA),
    INVALID_KEY_PAIR_NAME_MALFORMED("InvalidKeyPairName.Malformed", 400, Provider.ALIBABA),
    INVALID_REGION_ID_NOT_FOUND("InvalidRegionId.NotFound", 404, Provider.ALIBABA),
    QUOTA_EXCEED_KEY_PAIR("QuotaExceed.KeyPair", 403, Provider.ALIBABA),
    KEY_PAIR_ALREADY_EXIST("KeyPair.AlreadyExist", 400, Provider.ALIBABA),
    INVALID_RESOURCE_GROUP_NOT_FOUND("InvalidResourceGroup.NotFound", 404, Provider.ALIBABA),
    INVALID_TAG_KEY_MALFORMED("InvalidTagKey.Malformed", 400, Provider.ALIBABA),
    INVALID_TAG_VALUE_MALFORMED("InvalidTagValue.Malformed", 400, Provider.ALIBABA),
    DUPLICATE_TAG_KEY("Duplicate.TagKey", 400, Provider.ALIBABA),
    /** ImportKeyPair, CreateKeyPair: more than 20 {@code Tag.N}. */
    QUOTA_EXCEED_TAGS("QuotaExceed.Tags", 403, Provider.ALIBABA),
    /** TagResources, UntagResources, ListTagResources: more than 20 {@code Tag.N} / {@code TagKey.N} in the request. */
    NUMBER_EXCEED_TAGS("NumberExceed.Tags", 400, Provider.ALIBABA),
    /** TagResources: a key pair would hold more than 20 tags after the call. */
    OPERATION_DENIED_QUOTA_EXCEED("OperationDenied.QuotaExceed", 400, Provider.ALIBABA),
    /** TagResources, UntagResources, ListTagResources: more than 50 {@code ResourceId.N}. */
    NUMBER_EXCEED_RESOURCE_IDS("NumberExceed.ResourceIds", 400, Provider.ALIBABA),
    /** The tag actions without {@code RegionId}. */
    MISSING_PARAMETER_REGION_ID("MissingParameter.RegionId", 404, Provider.ALIBABA),
    /** The tag actions without {@code ResourceType}. */
    MISSING_PARAMETER_RESOURCE_TYPE("MissingParameter.ResourceType", 404, Provider.ALIBABA),
    /** TagResources, UntagResources without {@code ResourceId.N}. */
    MISSING_PARAMETER_RESOURCE_IDS("MissingParameter.ResourceIds", 404, Provider.ALIBABA),
    /** TagResources without {@code Tag.N}; UntagResources with neither {@code TagKey.N} nor {@code All} (our choice). */
    MISSING_PARAMETER_TAGS("MissingParameter.Tags", 404, Provider.ALIBABA),
    /** The tag actions and JoinResourceGroup: a {@code ResourceType} other than {@code keypair}. */
    INVALID_RESOURCE_TYPE_NOT_FOUND("InvalidResourceType.NotFound", 404, Provider.ALIBABA),
    /** UntagResources: {@code All=true} together with {@code TagKey.N}. */
    PARAM_CONFLICT("Param.Conflict", 403, Provider.ALIBABA),
    /** ListTagResources: {@code Tag.N} together with {@code TagFilter.N}. */
    INVALID_TAGS_MALFORMED("InvalidTags.MalFormed", 400, Provider.ALIBABA),
    /** ListTagResources: none of {@code ResourceId.N}, {@code Tag.N} and {@code TagFilter.N}. */
    BOTH_EMPTY_TAGS_AND_RESOURCES("BothEmpty.TagsAndResources", 403, Provider.ALIBABA),
    /** ListTagResources: more than 5 {@code TagFilter.N}, or one without {@code TagKey}. */
    INVALID_TAG_FILTER_MALFORMED("InvalidTagFilter.Malformed", 403, Provider.ALIBABA),
    /** ListTagResources: more than 5 {@code TagFilter.N.TagValues.N}. */
    NUMBER_EXCEED_TAG_VALUES("NumberExceed.TagValues", 403, Provider.ALIBABA),
    /** ListTagResources: a {@code NextToken} it did not answer. */
    INVALID_NEXT_TOKEN("Invalid.NextToken", 403, Provider.ALIBABA),
    /**
     * Alibaba DescribeKeyPairs: {@code PageNumber} below 1 or {@code PageSize} outside 1–50 (our choice); Tencent
     * DescribeKeyPairs: {@code KeyIds} and {@code Filters} together.
     */
    INVALID_PARAMETER("InvalidParameter", 400, Provider.ALIBABA, Provider.TENCENT),
    /** DeleteKeyPairs: {@code KeyPairNames} that is not a JSON array of names. */
    INVALID_KEY_PAIR_NAMES_VALUE_NOT_SUPPORTED("InvalidKeyPairNames.ValueNotSupported", 400, Provider.ALIBABA),
    /** DeleteKeyPairs: more than 100 names in {@code KeyPairNames}. */
    INSTANCE_KEY_PAIR_LIMIT_EXCEEDED("InstanceKeyPairLimitExceeded", 403, Provider.ALIBABA),
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
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded", 0, Provider.TENCENT),

    // Tencent's tags: CVM's ImportKeyPair and CreateKeyPair (TagSpecification), and the Tag API 2018-08-13.

    /** ImportKeyPair, CreateKeyPair: more tags in {@code TagSpecification} than a key pair holds (50). */
    LIMIT_EXCEEDED_TAG_RESOURCE_QUOTA("LimitExceeded.TagResourceQuota", 0, Provider.TENCENT),
    /** CreateKeyPair: a tag key with a reserved prefix ({@code qcloud}, {@code tencent}, {@code project}, {@code qcs:}). */
    FAILED_OPERATION_TAG_KEY_RESERVED("FailedOperation.TagKeyReserved", 0, Provider.TENCENT),
    /** The Tag API: a tag key with a reserved prefix. */
    INVALID_PARAMETER_RESERVED_TAG_KEY("InvalidParameter.ReservedTagKey", 0, Provider.TENCENT),
    /**
     * ModifyResourceTags: a tag problem without a code of its own at that action (an empty value, a key twice, more
     * than 10 tags, an empty list).
     */
    INVALID_PARAMETER_TAG("InvalidParameter.Tag", 0, Provider.TENCENT),
    INVALID_PARAMETER_VALUE_TAG_KEY_EMPTY("InvalidParameterValue.TagKeyEmpty", 0, Provider.TENCENT),
    INVALID_PARAMETER_VALUE_TAG_KEY_LENGTH_EXCEEDED("InvalidParameterValue.TagKeyLengthExceeded", 0, Provider.TENCENT),
    INVALID_PARAMETER_VALUE_TAG_KEY_CHARACTER_ILLEGAL("InvalidParameterValue.TagKeyCharacterIllegal", 0,
            Provider.TENCENT),
    /** TagResources: a tag without a value. */
    INVALID_PARAMETER_VALUE_TAG_VALUE_EMPTY("InvalidParameterValue.TagValueEmpty", 0, Provider.TENCENT),
    INVALID_PARAMETER_VALUE_TAG_VALUE_LENGTH_EXCEEDED("InvalidParameterValue.TagValueLengthExceeded", 0,
            Provider.TENCENT),
    INVALID_PARAMETER_VALUE_TAG_VALUE_CHARACTER_ILLEGAL("InvalidParameterValue.TagValueCharacterIllegal", 0,
            Provider.TENCENT),
    /** TagResources, UnTagResources: a tag key given twice. */
    INVALID_PARAMETER_VALUE_TAG_KEY_DUPLICATE("InvalidParameterValue.TagKeyDuplicate", 0, Provider.TENCENT),
    /** ModifyResourceTags: a key both in {@code ReplaceTags} and in {@code DeleteTags}. */
    INVALID_PARAMETER_VALUE_DELETE_TAGS_PARAM_ERROR("InvalidParameterValue.DeleteTagsParamError", 0, Provider.TENCENT),
    /**
     * ModifyResourceTags, TagResources, UnTagResources: a resource that is not a key pair the account holds, in the
     * six-segment form {@code qcs::cvm:REGION:uin/UIN:keypair/KEYID}.
     */
    INVALID_PARAMETER_VALUE_RESOURCE_DESCRIPTION_ERROR("InvalidParameterValue.ResourceDescriptionError", 0,
            Provider.TENCENT),
    /** ModifyResourceTags (and TagResources, per resource): a key pair would hold more than 50 tags. */
    LIMIT_EXCEEDED_RESOURCE_ATTACHED_TAGS("LimitExceeded.ResourceAttachedTags", 0, Provider.TENCENT),
    /** TagResources, UnTagResources: more than 10 {@code Tags} / {@code TagKeys}. */
    LIMIT_EXCEEDED_TAG_NUM_PER_REQUEST("LimitExceeded.TagNumPerRequest", 0, Provider.TENCENT),
    /** TagResources, UnTagResources: more than 10 {@code ResourceList}. */
    LIMIT_EXCEEDED_RESOURCE_NUM_PER_REQUEST("LimitExceeded.ResourceNumPerRequest", 0, Provider.TENCENT),
    /** DescribeResourceTagsByResourceIds: a {@code ResourceRegion} that is not a region. */
    INVALID_PARAMETER_VALUE_REGION_INVALID("InvalidParameterValue.RegionInvalid", 0, Provider.TENCENT),
    /** DescribeResourceTagsByResourceIds: more than 50 {@code ResourceIds}, or one that is not a KeyId. */
    INVALID_PARAMETER_VALUE_RESOURCE_ID_INVALID("InvalidParameterValue.ResourceIdInvalid", 0, Provider.TENCENT),
    /** DescribeResourceTagsByResourceIds: a {@code ResourcePrefix} that is no resource prefix. */
    INVALID_PARAMETER_VALUE_RESOURCE_PREFIX_INVALID("InvalidParameterValue.ResourcePrefixInvalid", 0,
            Provider.TENCENT),
    /** DescribeResourceTagsByResourceIds: a {@code ServiceType} that is no service. */
    INVALID_PARAMETER_VALUE_SERVICE_TYPE_INVALID("InvalidParameterValue.ServiceTypeInvalid", 0, Provider.TENCENT);

    private final String code;
    private final int alibabaHttpStatus;
    private final Map<ApiCall, Integer> alibabaStatusByCall;
    private final Set<Provider> providers;

    ErrorCode(String code, int alibabaHttpStatus, Provider first, Provider... rest) {
        this(code, alibabaHttpStatus, Map.of(), first, rest);
    }

    ErrorCode(String code, int alibabaHttpStatus, Map<ApiCall, Integer> alibabaStatusByCall, Provider first,
            Provider... rest) {
        this.code = code;
        this.alibabaHttpStatus = alibabaHttpStatus;
        this.alibabaStatusByCall = alibabaStatusByCall.isEmpty() ? Map.of() : new EnumMap<>(alibabaStatusByCall);
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

    /**
     * The HTTP status the provider answers this error with at most actions: Alibaba's; none for Tencent. Where the
     * action is known, {@link #httpStatus(Provider, ApiCall)} gives the status of that action.
     */
    public OptionalInt httpStatus(Provider provider) {
        return provider == Provider.ALIBABA && isDocumentedBy(provider)
                ? OptionalInt.of(alibabaHttpStatus) : OptionalInt.empty();
    }

    /**
     * The HTTP status the provider answers this error with at this action: Alibaba's, which the official
     * definitions give per action (e.g. {@code MissingParameter} 403 at JoinResourceGroup); none for Tencent.
     *
     * @param provider whose API answers
     * @param call the action answering it
     */
    public OptionalInt httpStatus(Provider provider, ApiCall call) {
        OptionalInt status = httpStatus(provider);
        Integer atCall = call == null ? null : alibabaStatusByCall.get(call);
        return status.isPresent() && atCall != null ? OptionalInt.of(atCall) : status;
    }

    @Override
    public String toString() {
        return code;
    }
}
