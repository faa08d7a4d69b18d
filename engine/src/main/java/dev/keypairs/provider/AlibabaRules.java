package dev.keypairs.provider;

import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.validator.routines.RegexValidator;

/**
 * Alibaba Cloud ECS: ImportKeyPair and CreateKeyPair, and the checks of DescribeKeyPairs, DeleteKeyPairs and
 * JoinResourceGroup; the tag actions' in {@link AlibabaTagRules} ({@link #tags()}). Codes and HTTP statuses are
 * those the ECS official API definitions give each action; where they and the reference pages disagree, the
 * definitions win, and {@code semantics.md} records each difference.
 */
public final class AlibabaRules extends ProviderRules {

    /** Key pairs per region; fixed by the provider. */
    public static final int QUOTA = 500;
    static final int NAME_MIN = 2;
    static final int NAME_MAX = 128;
    /** {@code KeyPairId}: {@code ssh-} and 18 lowercase letters or digits, as CreateKeyPair answers it. */
    public static final String KEY_PAIR_ID_PREFIX = "ssh-";
    public static final int KEY_PAIR_ID_LENGTH = 18;
    public static final String KEY_PAIR_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    /** DescribeInstances' {@code PageSize} at most. */
    public static final int MAX_INSTANCES_PAGE_SIZE = 100;

    private static final Set<KeyType> ACCEPTED = EnumSet.of(
            KeyType.SSH_RSA, KeyType.SSH_DSS,
            KeyType.ECDSA_SHA2_NISTP256, KeyType.ECDSA_SHA2_NISTP384, KeyType.ECDSA_SHA2_NISTP521,
            KeyType.SSH_RSA_CERT_V00, KeyType.SSH_DSS_CERT_V00, KeyType.SSH_RSA_CERT_V01, KeyType.SSH_DSS_CERT_V01,
            KeyType.ECDSA_SHA2_NISTP256_CERT_V01, KeyType.ECDSA_SHA2_NISTP384_CERT_V01,
            KeyType.ECDSA_SHA2_NISTP521_CERT_V01);

    /** URL schemes are case-insensitive, so {@code HTTP://} is refused as well. */
    private static final RegexValidator URL_PREFIX = new RegexValidator("(?s)https?://.*", false);
    private static final RegexValidator RESOURCE_GROUP_ID = new RegexValidator("rg-[a-z0-9]+");

    private final AlibabaTagRules tags = new AlibabaTagRules(this);

    AlibabaRules(RegionCatalogue regions) {
        super(regions);
    }

    /** The checks of the tag actions TagResources, UntagResources and ListTagResources. */
    public AlibabaTagRules tags() {
        return tags;
    }

    @Override
    public Provider provider() {
        return Provider.ALIBABA;
    }

    @Override
    public int defaultQuota() {
        return QUOTA;
    }

    @Override
    public int maxDescribePageSize() {
        return 50;
    }

    @Override
    public int maxDeleteBatch() {
        return 100;
    }

    /** {@code ResourceId.N} of TagResources and UntagResources: N up to 50. */
    @Override
    public int maxTagBatch() {
        return AlibabaTagRules.MAX_RESOURCE_IDS;
    }

    /** Alibaba documents no rate for the key pair calls; its throttling refusals are retried. */
    @Override
    public OptionalInt requestsPerSecond(ApiCall call) {
        return OptionalInt.empty();
    }

    /** The same key may be imported under many names. */
    @Override
    public boolean publicKeysUniquePerRegion() {
        return false;
    }

    @Override
    public ApiError publicKeyTaken(String regionId, String holderName) {
        throw new UnsupportedOperationException("Alibaba Cloud takes the same public key under many names");
    }

    @Override
    public ApiError requestLimitExceeded(ApiCall call) {
        throw new UnsupportedOperationException("Alibaba Cloud documents no rate for " + call.action());
    }

    @Override
    public Set<KeyType> acceptedKeyTypes() {
        return ACCEPTED;
    }


    @Override
    public ValidationResult validate(KeyPairRequest request) {
        if (!(request instanceof AlibabaKeyPairRequest alibaba)) {
            throw new IllegalArgumentException("not an Alibaba Cloud request: " + request.provider());
        }
        List<ApiError> errors = new ArrayList<>();
        addIfPresent(errors, checkRegion(alibaba.regionId()));
        if (alibaba.name() == null) {
            errors.add(missingParameter("KeyPairName"));
        } else {
            errors.addAll(checkName(alibaba.name()));
        }
        Optional<PublicKey> key = Optional.empty();
        if (alibaba instanceof AlibabaImportKeyPairRequest importing) {
            if (importing.publicKeyBody() == null) {
                errors.add(missingParameter("PublicKeyBody"));
            } else {
                KeyCheck check = checkPublicKey("PublicKeyBody", importing.readKey());
                key = check.key();
                addIfPresent(errors, check.error());
            }
        }
        errors.addAll(checkTags(alibaba.tags()));
        if (alibaba.resourceGroupId() != null) {
            addIfPresent(errors, checkResourceGroupId(alibaba.resourceGroupId()));
        }
        return new ValidationResult(key, errors);
    }

    @Override
    public Optional<ApiError> checkRegion(String regionId) {
        if (regionId == null) {
            return Optional.of(missingParameter("RegionId"));
        }
        if (!regions().contains(regionId)) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_REGION_ID_NOT_FOUND,
                    "The specified RegionId does not exist: '" + regionId + "' is not an Alibaba Cloud region"));
        }
        return Optional.empty();
    }

    /**
     * 2 to 128 characters, counted in code points; first an ASCII letter; then letters of any script, decimal
     * digits of any script, {@code :}, {@code _} and {@code -}; not starting with {@code http://} or
     * {@code https://}. Each broken rule is its own error.
     */
    @Override
    public List<ApiError> checkName(String name) {
        List<String> problems = new ArrayList<>();
        int length = name.codePointCount(0, name.length());
        if (length < NAME_MIN || length > NAME_MAX) {
            problems.add("must be " + NAME_MIN + " to " + NAME_MAX + " characters long, not " + length);
        }
        if (!name.isEmpty() && !isAsciiLetter(name.codePointAt(0))) {
            problems.add("must start with an ASCII letter (A-Z or a-z)");
        }
        if (startsWithUrl(name)) {
            problems.add("must not start with http:// or https://");
        }
        String illegal = illegalCharacters(name, 1, cp -> Character.isLetter(cp) || Character.isDigit(cp) || cp == ':'
                || cp == '_' || cp == '-');
        if (!illegal.isEmpty()) {
            problems.add("may contain only letters, digits, ':', '_' and '-', not " + illegal);
        }
        List<ApiError> errors = new ArrayList<>(problems.size());
        for (String problem : problems) {
            errors.add(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED,
                    "Specified Key Pair name is not valid: KeyPairName " + problem + "."));
        }
        return Collections.unmodifiableList(errors);
    }

    /**
     * Tag.N of ImportKeyPair and CreateKeyPair: at most 20 ({@code QuotaExceed.Tags}, 403: CreateKeyPair's
     * definition; ImportKeyPair's lists no tag codes and is given CreateKeyPair's), then each tag
     * ({@link AlibabaTagRules#checkEach}).
     *
     * @param tags the tags in request order
     * @return every problem, in order; empty when the provider accepts them
     */
    public List<ApiError> checkTags(List<Tag> tags) {
        List<ApiError> errors = new ArrayList<>();
        if (tags.size() > AlibabaTagRules.MAX_TAGS) {
            errors.add(new ApiError(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_TAGS, "The tags of a key pair exceed"
                    + " the quota: at most " + AlibabaTagRules.MAX_TAGS + ", not " + tags.size() + "."));
        }
        errors.addAll(AlibabaTagRules.checkEach(tags));
        return errors;
    }

    /**
     * The region of one action: a missing one is answered with the action's code ({@code MissingParameter.RegionId}
     * 404 at the tag actions, {@code MissingParameter} 403 at JoinResourceGroup, 400 elsewhere).
     */
    public Optional<ApiError> checkRegion(ApiCall call, String regionId) {
        if (call == ApiCall.TAG_RESOURCES || call == ApiCall.UNTAG_RESOURCES) {
            return tags.checkRegion(regionId);
        }
        if (regionId == null || regionId.isEmpty()) {
            return Optional.of(missingParameter(call, "RegionId"));
        }
        return checkRegion(regionId);
    }

    /**
     * JoinResourceGroup, before the key pair is read: {@code RegionId}, {@code ResourceId} and
     * {@code ResourceGroupId} given (else {@code MissingParameter}, 403 at this action), the region known, the
     * group id well formed. {@code ResourceType} is the wire's, checked by {@link #checkJoinResourceType}.
     */
    public Optional<ApiError> checkJoinResourceGroup(String regionId, String keyPairName, String resourceGroupId) {
        Optional<ApiError> region = checkRegion(ApiCall.JOIN_RESOURCE_GROUP, regionId);
        if (region.isPresent()) {
            return region;
        }
        if (keyPairName == null || keyPairName.isEmpty()) {
            return Optional.of(missingParameter(ApiCall.JOIN_RESOURCE_GROUP, "ResourceId"));
        }
        if (resourceGroupId == null || resourceGroupId.isEmpty()) {
            return Optional.of(missingParameter(ApiCall.JOIN_RESOURCE_GROUP, "ResourceGroupId"));
        }
        return checkResourceGroupId(resourceGroupId);
    }

    /**
     * {@code ResourceType} of JoinResourceGroup: required ({@code MissingParameter}, 403 at this action) and exactly
     * {@code keypair}, in lowercase; anything else, {@code KeyPair} too, is {@code InvalidResourceType.NotFound}.
     */
    public Optional<ApiError> checkJoinResourceType(String resourceType) {
        if (resourceType == null || resourceType.isEmpty()) {
            return Optional.of(missingParameter(ApiCall.JOIN_RESOURCE_GROUP, "ResourceType"));
        }
        return AlibabaTagRules.KEY_PAIR_RESOURCE_TYPE.equals(resourceType) ? Optional.empty()
                : Optional.of(resourceTypeNotFound(resourceType));
    }

    /** A {@code MissingParameter} error as one action answers it (its status is the action's). */
    public ApiError missingParameter(ApiCall call, String parameter) {
        return new ApiError(Provider.ALIBABA, call, ErrorCode.MISSING_PARAMETER, "The input parameter \""
                + parameter + "\" that is mandatory for processing this request is not supplied.");
    }

    static ApiError resourceTypeNotFound(String resourceType) {
        return new ApiError(Provider.ALIBABA, ErrorCode.INVALID_RESOURCE_TYPE_NOT_FOUND, "The ResourceType provided"
                + " does not exist in our records: '" + ProviderRules.printable(resourceType) + "' (key pairs are '"
                + AlibabaTagRules.KEY_PAIR_RESOURCE_TYPE + "').");
    }

    /**
     * {@code rg-} and lowercase letters or digits; anything else names no resource group. ImportKeyPair,
     * CreateKeyPair and JoinResourceGroup check their {@code ResourceGroupId} with it.
     *
     * @param resourceGroupId the id, not null
     * @return the error the provider would answer, if any
     */
    public Optional<ApiError> checkResourceGroupId(String resourceGroupId) {
        if (RESOURCE_GROUP_ID.isValid(resourceGroupId)) {
            return Optional.empty();
        }
        return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_RESOURCE_GROUP_NOT_FOUND,
                "The specified ResourceGroupId does not exist: a resource group id is 'rg-' followed by"
                        + " lowercase letters and digits."));
    }

    /** {@code PageNumber} from 1, {@code PageSize} from 1 to 50: {@code InvalidParameter} (400) otherwise. */
    @Override
    public Optional<ApiError> checkDescribePage(int pageNumber, int pageSize) {
        if (pageNumber < 1) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_PARAMETER,
                    "The specified parameter \"PageNumber\" is not valid: pages start at 1, not " + pageNumber + "."));
        }
        if (pageSize < 1 || pageSize > maxDescribePageSize()) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_PARAMETER,
                    "The specified parameter \"PageSize\" is not valid: it must be 1 to " + maxDescribePageSize()
                            + ", not " + pageSize + "."));
        }
        return Optional.empty();
    }

    /**
     * DescribeInstances' page, as the emulated accounts (which hold no instances) answer it: {@code PageNumber} from 1,
     * {@code PageSize} from 1 to {@value #MAX_INSTANCES_PAGE_SIZE} ("Maximum value: 100"); {@code InvalidParameter}
     * (400) otherwise, our choice as for DescribeKeyPairs.
     */
    public Optional<ApiError> checkDescribeInstancesPage(int pageNumber, int pageSize) {
        if (pageNumber >= 1 && pageSize >= 1 && pageSize <= MAX_INSTANCES_PAGE_SIZE) {
            return Optional.empty();
        }
        return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_PARAMETER, "The specified parameter"
                + " \"PageNumber\" or \"PageSize\" is not valid: pages start at 1 and hold 1 to "
                + MAX_INSTANCES_PAGE_SIZE + " instances, not page " + pageNumber + " of " + pageSize + "."));
    }

    /** {@code KeyPairNames}: required, at most 100 names ({@code InstanceKeyPairLimitExceeded}, 403). */
    @Override
    public Optional<ApiError> checkDeleteBatch(List<String> keyPairIds) {
        if (keyPairIds.isEmpty()) {
            return Optional.of(missingParameter("KeyPairNames"));
        }
        if (keyPairIds.size() > maxDeleteBatch()) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INSTANCE_KEY_PAIR_LIMIT_EXCEEDED,
                    "Exceeding the allowed amount of instance which will be deleted: KeyPairNames takes at most "
                            + maxDeleteBatch() + " names, not " + keyPairIds.size() + "."));
        }
        return Optional.empty();
    }

    /** The error for TagResources, UntagResources or JoinResourceGroup naming a key pair the region lacks. */
    public ApiError resourceNotFound(String regionId, String name) {
        return new ApiError(Provider.ALIBABA, ErrorCode.INVALID_RESOURCE_ID_NOT_FOUND,
                "The specified ResourceId is not found: " + regionId + " has no key pair named '" + name + "'.");
    }

    @Override
    public ApiError quotaExceeded(String regionId, int quota) {
        return new ApiError(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_KEY_PAIR,
                "The key pair quota exceeds: " + regionId + " holds at most " + quota + " key pairs.");
    }

    @Override
    public ApiError nameTaken(String regionId, String name) {
        return new ApiError(Provider.ALIBABA, ErrorCode.KEY_PAIR_ALREADY_EXIST,
                "The key pair already exist: " + regionId + " already has a key pair named '" + name + "'.");
    }

    // The pattern decides; the cheap test before it only spares running it, per name of thousands of key pairs.

    private static boolean startsWithUrl(String text) {
        return text.contains("://") && URL_PREFIX.isValid(text);
    }

    private static boolean isAsciiLetter(int codePoint) {
        return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z');
    }
}
