package dev.keypairs.provider;

import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tencent Cloud CVM: ImportKeyPair and CreateKeyPair, and the checks of DeleteKeyPairs, ModifyKeyPairAttribute and
 * DescribeKeyPairs' window (semantics.md; Tencent Cloud's public CVM API reference, version 2017-03-12). Its
 * selection is {@link TencentDescribeRules}' ({@link #describe()}), the tags' {@link TencentTagRules}'
 * ({@link #tags()}).
 */
public final class TencentRules extends ProviderRules {

    /** Key pairs per region unless the store sets another quota. */
    public static final int DEFAULT_QUOTA = 500;
    /**
     * ImportKeyPair, CreateKeyPair, DescribeKeyPairs and DeleteKeyPairs, each: "A maximum of 10 requests can be
     * initiated per second for this API."
     */
    public static final int REQUESTS_PER_SECOND = 10;
    /** ModifyResourceTags of the Tag API: "A maximum of 20 requests can be initiated per second". */
    public static final int TAG_REQUESTS_PER_SECOND = 20;
    /** ModifyKeyPairAttribute's {@code Description}: "its length cannot exceed 60 characters". */
    public static final int DESCRIPTION_MAX = 60;
    static final int NAME_MAX = 25;
    /** DescribeKeyPairs' filter on key pair names. */
    public static final String KEY_NAME_FILTER = "key-name";
    /** DescribeKeyPairs' filter on project ids. */
    public static final String PROJECT_ID_FILTER = "project-id";
    /** DescribeKeyPairs' filter on tag keys: a key pair with a tag of any of these keys. */
    public static final String TAG_KEY_FILTER = "tag-key";
    /** DescribeKeyPairs' filter on tag values: a key pair with a tag of any of these values. */
    public static final String TAG_VALUE_FILTER = "tag-value";
    /** DescribeKeyPairs' filter {@code tag:KEY}: a key pair whose tag KEY has any of the values. */
    public static final String TAG_FILTER_PREFIX = "tag:";
    /**
     * At most this many {@code Filters}, each with at most {@value #MAX_FILTER_VALUES} values: the limits Tencent's
     * CVM API overview states for its Describe calls (semantics.md).
     */
    public static final int MAX_FILTERS = 10;
    /** At most this many {@code Values} in one filter. */
    public static final int MAX_FILTER_VALUES = 5;
    /** A KeyId: {@code skey-} and {@value #KEY_ID_LENGTH} of {@value #KEY_ID_ALPHABET}. */
    public static final String KEY_ID_PREFIX = "skey-";
    /** The characters after a KeyId's prefix. */
    public static final String KEY_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** How many of them. */
    public static final int KEY_ID_LENGTH = 8;
    private static final Pattern KEY_ID = Pattern.compile(Pattern.quote(KEY_ID_PREFIX) + "[a-z0-9]{"
            + KEY_ID_LENGTH + "}");

    private static final Set<KeyType> ACCEPTED = EnumSet.of(KeyType.SSH_RSA);

    private final TencentTagRules tags = new TencentTagRules(this);
    private final TencentDescribeRules describe = new TencentDescribeRules(this);

    TencentRules(RegionCatalogue regions) {
        super(regions);
    }

    /** The tags' rules: what a tag may be, and the checks of the Tag API's calls on key pairs. */
    public TencentTagRules tags() {
        return tags;
    }

    /** DescribeKeyPairs' selection: {@code KeyIds} or {@code Filters}. */
    public TencentDescribeRules describe() {
        return describe;
    }

    @Override
    public Provider provider() {
        return Provider.TENCENT;
    }

    @Override
    public int defaultQuota() {
        return DEFAULT_QUOTA;
    }

    @Override
    public int maxDescribePageSize() {
        return 100;
    }

    @Override
    public int maxDeleteBatch() {
        return 100;
    }

    /**
     * A key pair's tags change in place through the Tag API's ModifyResourceTags, one key pair a call (at most
     * {@link TencentTagRules#MAX_TAGS_PER_REQUEST} tags added and as many removed).
     */
    @Override
    public int maxTagBatch() {
        return 1;
    }

    /**
     * CVM's five key pair calls: 10 a second each; the Tag API's ModifyResourceTags: 20 (its API category page).
     * {@link ApiCall#TAG_RESOURCES} and the others are Alibaba's calls, which Tencent's key pairs do not take.
     */
    @Override
    public OptionalInt requestsPerSecond(ApiCall call) {
        return switch (call) {
            case IMPORT_KEY_PAIR, CREATE_KEY_PAIR, DESCRIBE_KEY_PAIRS, DELETE_KEY_PAIRS, MODIFY_KEY_PAIR_ATTRIBUTE ->
                    OptionalInt.of(REQUESTS_PER_SECOND);
            case MODIFY_RESOURCE_TAGS -> OptionalInt.of(TAG_REQUESTS_PER_SECOND);
            case TAG_RESOURCES, UNTAG_RESOURCES, JOIN_RESOURCE_GROUP, DESCRIBE_INSTANCES -> OptionalInt.empty();
        };
    }

    @Override
    public Set<KeyType> acceptedKeyTypes() {
        return ACCEPTED;
    }


    @Override
    public ValidationResult validate(KeyPairRequest request) {
        if (!(request instanceof TencentKeyPairRequest tencent)) {
            throw new IllegalArgumentException("not a Tencent Cloud request: " + request.provider());
        }
        List<ApiError> errors = new ArrayList<>();
        addIfPresent(errors, checkRegion(tencent.regionId()));
        if (tencent.name() == null) {
            errors.add(missingParameter("KeyName"));
        } else {
            errors.addAll(checkName(tencent.name()));
        }
        if (tencent.projectId() == null) {
            errors.add(missingParameter("ProjectId"));
        } else if (tencent.projectId() < 0) {
            errors.add(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE,
                    "ProjectId must be an integer of 0 or more, not " + tencent.projectId() + "."));
        }
        Optional<PublicKey> key = Optional.empty();
        if (tencent instanceof TencentImportKeyPairRequest importing) {
            if (importing.publicKey() == null) {
                errors.add(missingParameter("PublicKey"));
            } else {
                KeyCheck check = checkPublicKey("PublicKey", importing.readKey());
                key = check.key();
                addIfPresent(errors, check.error());
            }
        }
        errors.addAll(checkTags(tencent instanceof TencentImportKeyPairRequest ? ApiCall.IMPORT_KEY_PAIR
                : ApiCall.CREATE_KEY_PAIR, tencent.tags()));
        return new ValidationResult(key, errors);
    }

    /**
     * The tags of ImportKeyPair's or CreateKeyPair's {@code TagSpecification}, as Tencent's tag documentation states
     * them ({@link TencentTagRules}): at most 50 ({@code LimitExceeded.TagResourceQuota}); a key of 1–127 and a value
     * of 1–255 characters of the documented set, no key twice, no key with a reserved prefix (at CreateKeyPair
     * {@code FailedOperation.TagKeyReserved}); every other problem {@code InvalidParameterValue}, the one code both
     * definitions give.
     *
     * @param call {@link ApiCall#IMPORT_KEY_PAIR} or {@link ApiCall#CREATE_KEY_PAIR}
     * @param tags the tags in request order
     * @return every problem, in order; empty when the provider accepts them
     */
    public List<ApiError> checkTags(ApiCall call, List<Tag> tags) {
        if (call != ApiCall.IMPORT_KEY_PAIR && call != ApiCall.CREATE_KEY_PAIR) {
            throw new IllegalArgumentException(call.action() + " takes no TagSpecification");
        }
        return this.tags.checkTagSpecification(call, tags);
    }

    /**
     * ModifyKeyPairAttribute, before the key pair is read: {@code KeyId} given ({@code MissingParameter}) and well
     * formed ({@code InvalidKeyPairId.Malformed}); {@code KeyName} or {@code Description} given, or both
     * ({@code MissingParameter}); the new name by ImportKeyPair's name rules and a description of at most
     * {@value #DESCRIPTION_MAX} characters, each broken rule {@code InvalidParameterValue}, the code the action's
     * definition gives (it lists none of ImportKeyPair's name codes).
     *
     * @param keyId {@code KeyId}; null when missing
     * @param keyName {@code KeyName}; null to keep the name
     * @param description {@code Description}; null to keep the description
     * @return every problem, in order; empty when the call may go ahead
     */
    public List<ApiError> checkModifyKeyPairAttribute(String keyId, String keyName, String description) {
        List<ApiError> errors = new ArrayList<>();
        if (keyId == null) {
            errors.add(missingParameter("KeyId"));
        } else {
            addIfPresent(errors, checkKeyIds(List.of(keyId)));
        }
        if (keyName == null && description == null) {
            errors.add(missingParameter("KeyName or Description"));
        }
        if (keyName != null) {
            checkName(keyName).forEach(problem -> errors.add(new ApiError(Provider.TENCENT,
                    ErrorCode.INVALID_PARAMETER_VALUE, "KeyName: " + problem.message())));
        }
        int length = description == null ? 0 : description.codePointCount(0, description.length());
        if (length > DESCRIPTION_MAX) {
            errors.add(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE, "Description has " + length
                    + " characters; it takes at most " + DESCRIPTION_MAX + "."));
        }
        return errors;
    }

    @Override
    public Optional<ApiError> checkRegion(String regionId) {
        if (regionId == null) {
            return Optional.of(missingParameter("Region"));
        }
        if (!regions().contains(regionId)) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.UNSUPPORTED_REGION,
                    "'" + regionId + "' is not a Tencent Cloud region."));
        }
        return Optional.empty();
    }

    /** 1 to 25 characters of {@code [A-Za-z0-9_]}; each broken rule is its own documented code. */
    @Override
    public List<ApiError> checkName(String name) {
        if (name.isEmpty()) {
            return List.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_NAME_EMPTY, "Key name is empty."));
        }
        List<ApiError> errors = new ArrayList<>();
        int length = name.codePointCount(0, name.length());
        if (length > NAME_MAX) {
            errors.add(new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_NAME_TOO_LONG,
                    "Key name length exceeded " + NAME_MAX + " characters: it has " + length + "."));
        }
        String illegal = illegalCharacters(name, 0, cp -> (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                || (cp >= '0' && cp <= '9') || cp == '_');
        if (!illegal.isEmpty()) {
            errors.add(new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR,
                    "Key name can only contain letters, numbers and underscores, not " + illegal + "."));
        }
        return errors;
    }

    /** A page number from 1 and a page size, as {@link #checkDescribeWindow} sees them. */
    @Override
    public Optional<ApiError> checkDescribePage(int pageNumber, int pageSize) {
        return checkDescribeWindow(pageNumber < 1 ? -1 : (pageNumber - 1L) * pageSize, pageSize);
    }

    /**
     * {@code Offset} from 0 ({@code InvalidParameterValueOffset} otherwise), {@code Limit} from 1 to 100
     * ({@code InvalidParameterValueLimit} otherwise), the codes DescribeKeyPairs' definition lists.
     */
    public Optional<ApiError> checkDescribeWindow(long offset, int limit) {
        if (offset < 0) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE_OFFSET,
                    "Offset must be 0 or more, not " + offset + "."));
        }
        if (limit < 1 || limit > maxDescribePageSize()) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE_LIMIT,
                    "Limit must be 1 to " + maxDescribePageSize() + ", not " + limit + "."));
        }
        return Optional.empty();
    }


    /** The tag key of a {@code tag:KEY} filter; empty for any other name, {@code tag:} alone included. */
    public static Optional<String> tagFilterKey(String filterName) {
        return filterName.startsWith(TAG_FILTER_PREFIX) && filterName.length() > TAG_FILTER_PREFIX.length()
                ? Optional.of(filterName.substring(TAG_FILTER_PREFIX.length())) : Optional.empty();
    }

    /** {@code KeyIds}: required, at most 100 ({@code InvalidParameterValue.LimitExceeded}), each well formed. */
    @Override
    public Optional<ApiError> checkDeleteBatch(List<String> keyPairIds) {
        if (keyPairIds.isEmpty()) {
            return Optional.of(missingParameter("KeyIds"));
        }
        if (keyPairIds.size() > maxDeleteBatch()) {
            return Optional.of(tooMany("KeyIds", maxDeleteBatch(), keyPairIds.size()));
        }
        return checkKeyIds(keyPairIds);
    }

    /** Each KeyId well formed, else {@code InvalidKeyPairId.Malformed}. */
    static Optional<ApiError> checkKeyIds(List<String> keyIds) {
        for (String keyId : keyIds) {
            if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
                return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_ID_MALFORMED,
                        "The KeyId '" + keyId + "' is malformed: a KeyId is skey- and 8 lowercase letters and digits."));
            }
        }
        return Optional.empty();
    }

    static ApiError tooMany(String parameter, int most, int given) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED,
                parameter + " takes at most " + most + ", not " + given + ".");
    }

    @Override
    public ApiError quotaExceeded(String regionId, int quota) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_LIMIT_EXCEEDED,
                "Number of key pairs exceeds the limit: " + regionId + " holds at most " + quota + " key pairs.");
    }

    /** DeleteKeyPairs or ModifyKeyPairAttribute naming a KeyId the region does not hold. */
    public ApiError keyPairIdNotFound(String regionId, String keyId) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_ID_NOT_FOUND,
                "The key pair " + keyId + " does not exist in " + regionId + ".");
    }

    @Override
    public ApiError nameTaken(String regionId, String name) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE,
                "Duplicate key pair name: " + regionId + " already has a key pair named '" + name + "'.");
    }

    @Override
    public boolean publicKeysUniquePerRegion() {
        return true;
    }

    @Override
    public ApiError publicKeyTaken(String regionId, String holderName) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_PUBLIC_KEY_DUPLICATE,
                "The specified public key already exists in " + regionId + " as key pair '" + holderName + "'.");
    }

    @Override
    public ApiError requestLimitExceeded(ApiCall call) {
        return new ApiError(Provider.TENCENT, ErrorCode.REQUEST_LIMIT_EXCEEDED, call.action() + " takes at most "
                + requestsPerSecond(call).orElseThrow() + " requests per second.");
    }
}
