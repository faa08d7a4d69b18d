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
 * Tencent Cloud CVM: ImportKeyPair and CreateKeyPair, and the checks of DescribeKeyPairs and DeleteKeyPairs
 * (semantics.md; Tencent Cloud's public CVM API reference, version 2017-03-12).
 */
public final class TencentRules extends ProviderRules {

    /** Key pairs per region unless the store sets another quota. */
    public static final int DEFAULT_QUOTA = 500;
    /**
     * ImportKeyPair, CreateKeyPair, DescribeKeyPairs and DeleteKeyPairs, each: "A maximum of 10 requests can be
     * initiated per second for this API."
     */
    public static final int REQUESTS_PER_SECOND = 10;
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

    TencentRules(RegionCatalogue regions) {
        super(regions);
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

    /** Tencent's key pairs carry no tags here: nothing is ever tagged in place. */
    @Override
    public int maxTagBatch() {
        return 1;
    }

    @Override
    public OptionalInt requestsPerSecond(ApiCall call) {
        return switch (call) {
            case IMPORT_KEY_PAIR, CREATE_KEY_PAIR, DESCRIBE_KEY_PAIRS, DELETE_KEY_PAIRS -> OptionalInt.of(REQUESTS_PER_SECOND);
            case TAG_RESOURCES, UNTAG_RESOURCES, JOIN_RESOURCE_GROUP, MODIFY_KEY_PAIR_ATTRIBUTE, MODIFY_RESOURCE_TAGS ->
                    OptionalInt.empty();
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
        checkRegion(tencent.regionId()).ifPresent(errors::add);
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
                check.error().ifPresent(errors::add);
            }
        }
        return new ValidationResult(key, errors);
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

    /**
     * DescribeKeyPairs' selection: {@code KeyIds} (at most 100, each well formed) or {@code Filters} (at most 10,
     * each one of {@link #KEY_NAME_FILTER}, {@link #PROJECT_ID_FILTER} with whole-number values,
     * {@link #TAG_KEY_FILTER}, {@link #TAG_VALUE_FILTER} or {@link #TAG_FILTER_PREFIX}{@code KEY}, with 1 to 5
     * values), never both; the first problem found, in that order.
     *
     * @param keyIds the KeyIds given
     * @param filters each filter's name and values
     */
    public Optional<ApiError> checkDescribeSelection(List<String> keyIds, List<Map.Entry<String, List<String>>> filters) {
        if (!keyIds.isEmpty() && !filters.isEmpty()) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER,
                    "KeyIds and Filters cannot be given together."));
        }
        if (keyIds.size() > maxDescribePageSize()) {
            return Optional.of(tooMany("KeyIds", maxDescribePageSize(), keyIds.size()));
        }
        Optional<ApiError> malformed = checkKeyIds(keyIds);
        if (malformed.isPresent()) {
            return malformed;
        }
        if (filters.size() > MAX_FILTERS) {
            return Optional.of(tooMany("Filters", MAX_FILTERS, filters.size()));
        }
        for (Map.Entry<String, List<String>> filter : filters) {
            Optional<ApiError> problem = checkFilter(filter.getKey(), filter.getValue());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<ApiError> checkFilter(String name, List<String> values) {
        if (!isFilter(name)) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_FILTER, "Filters.Name '" + name
                    + "' is not a filter of DescribeKeyPairs; it takes key-name, project-id, tag-key, tag-value and"
                    + " tag:KEY."));
        }
        if (values.isEmpty()) {
            return Optional.of(missingParameter("Filters.Values"));
        }
        if (values.size() > MAX_FILTER_VALUES) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_FILTER_VALUE_LIMIT_EXCEEDED,
                    "The filter " + name + " takes at most " + MAX_FILTER_VALUES + " values, not " + values.size()
                            + "."));
        }
        if (name.equals(PROJECT_ID_FILTER)) {
            for (String value : values) {
                if (!value.matches("[0-9]{1,18}")) {
                    return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE,
                            "The project-id filter takes whole numbers, not '" + value + "'."));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether DescribeKeyPairs has a filter of this name. */
    private static boolean isFilter(String name) {
        return name.equals(KEY_NAME_FILTER) || name.equals(PROJECT_ID_FILTER) || name.equals(TAG_KEY_FILTER)
                || name.equals(TAG_VALUE_FILTER) || tagFilterKey(name).isPresent();
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

    private static Optional<ApiError> checkKeyIds(List<String> keyIds) {
        for (String keyId : keyIds) {
            if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
                return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_ID_MALFORMED,
                        "The KeyId '" + keyId + "' is malformed: a KeyId is skey- and 8 lowercase letters and digits."));
            }
        }
        return Optional.empty();
    }

    private static ApiError tooMany(String parameter, int most, int given) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED,
                parameter + " takes at most " + most + ", not " + given + ".");
    }

    @Override
    public ApiError quotaExceeded(String regionId, int quota) {
        return new ApiError(Provider.TENCENT, ErrorCode.INVALID_KEY_PAIR_LIMIT_EXCEEDED,
                "Number of key pairs exceeds the limit: " + regionId + " holds at most " + quota + " key pairs.");
    }

    /** DeleteKeyPairs naming a KeyId the region does not hold. */
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
        return new ApiError(Provider.TENCENT, ErrorCode.REQUEST_LIMIT_EXCEEDED,
                call.action() + " takes at most " + REQUESTS_PER_SECOND + " requests per second.");
    }
}
