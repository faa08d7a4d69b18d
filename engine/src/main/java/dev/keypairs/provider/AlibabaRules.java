package dev.keypairs.provider;

import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.validator.routines.RegexValidator;

/**
 * Alibaba Cloud ECS: ImportKeyPair and CreateKeyPair, and the checks of DescribeKeyPairs, DeleteKeyPairs,
 * TagResources, UntagResources and JoinResourceGroup (semantics.md; the ECS API reference pages of ImportKeyPair,
 * CreateKeyPair). Where the references disagree, semantics.md decides; {@code semantics.md} records each choice.
 */
public final class AlibabaRules extends ProviderRules {

    /** Key pairs per region; fixed by the provider. */
    public static final int QUOTA = 500;
    static final int NAME_MIN = 2;
    static final int NAME_MAX = 128;
    static final int MAX_TAGS = 20;
    static final int TAG_KEY_MAX = 64;
    static final int TAG_VALUE_MAX = 128;

    private static final Set<KeyType> ACCEPTED = EnumSet.of(
            KeyType.SSH_RSA, KeyType.SSH_DSS,
            KeyType.ECDSA_SHA2_NISTP256, KeyType.ECDSA_SHA2_NISTP384, KeyType.ECDSA_SHA2_NISTP521,
            KeyType.SSH_RSA_CERT_V00, KeyType.SSH_DSS_CERT_V00, KeyType.SSH_RSA_CERT_V01, KeyType.SSH_DSS_CERT_V01,
            KeyType.ECDSA_SHA2_NISTP256_CERT_V01, KeyType.ECDSA_SHA2_NISTP384_CERT_V01,
            KeyType.ECDSA_SHA2_NISTP521_CERT_V01);

    /** URL schemes are case-insensitive, so {@code HTTP://} is refused as well. */
    private static final RegexValidator URL_PREFIX = new RegexValidator("(?s)https?://.*", false);
    private static final RegexValidator CONTAINS_URL = new RegexValidator("(?s).*https?://.*", false);
    private static final RegexValidator RESERVED_TAG_PREFIX = new RegexValidator("(?s)(?:aliyun|acs:).*", false);
    private static final RegexValidator RESOURCE_GROUP_ID = new RegexValidator("rg-[a-z0-9]+");

    AlibabaRules(RegionCatalogue regions) {
        super(regions);
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
        return 50;
    }

    /**
     * {@code ResourceId.N} of TagResources and UntagResources: at least one, at most {@link #maxTagBatch()}; more is
     * {@code InvalidParameter} (our choice: the reference gives the limit, not its code).
     */
    public Optional<ApiError> checkTagBatch(List<String> keyPairNames) {
        if (keyPairNames.isEmpty()) {
            return Optional.of(missingParameter("ResourceId.N"));
        }
        if (keyPairNames.size() > maxTagBatch()) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_PARAMETER,
                    "The specified parameter \"ResourceId.N\" is not valid: it takes at most " + maxTagBatch()
                            + " key pairs, not " + keyPairNames.size() + "."));
        }
        return Optional.empty();
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
        checkRegion(alibaba.regionId()).ifPresent(errors::add);
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
                check.error().ifPresent(errors::add);
            }
        }
        errors.addAll(checkTags(alibaba.tags()));
        if (alibaba.resourceGroupId() != null) {
            checkResourceGroupId(alibaba.resourceGroupId()).ifPresent(errors::add);
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
        return problems.stream()
                .map(problem -> new ApiError(Provider.ALIBABA, ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED,
                        "Specified Key Pair name is not valid: KeyPairName " + problem + "."))
                .toList();
    }

    /**
     * Tag.N for N from 1 to 20: key 1–64 characters, value 0–128, no reserved prefix, no URL, no key twice.
     * ImportKeyPair, CreateKeyPair and TagResources check their tags with it; TagResources also checks the
     * tags a key pair would hold afterwards, so that no key pair ever holds more than 20.
     *
     * @param tags the tags in request order
     * @return every problem, in order; empty when the provider accepts them
     */
    public List<ApiError> checkTags(List<Tag> tags) {
        List<ApiError> errors = new ArrayList<>();
        if (tags.size() > MAX_TAGS) {
            errors.add(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_TAG_COUNT,
                    "A key pair takes at most " + MAX_TAGS + " tags, not " + tags.size() + "."));
        }
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < tags.size(); index++) {
            Tag tag = tags.get(index);
            String parameter = "Tag." + (index + 1);
            int keyLength = tag.key().codePointCount(0, tag.key().length());
            // The key's name, not only its place: a manifest writes tags as a map, where Tag.N means nothing.
            String key = parameter + ".Key '" + ProviderRules.printable(tag.key()) + "'";
            String value = parameter + ".Value of '" + ProviderRules.printable(tag.key()) + "'";
            if (keyLength < 1 || keyLength > TAG_KEY_MAX) {
                errors.add(tagKeyError(key, "must be 1 to " + TAG_KEY_MAX + " characters long, not " + keyLength));
            }
            if (hasReservedPrefix(tag.key())) {
                errors.add(tagKeyError(key, "must not start with 'aliyun' or 'acs:'"));
            }
            if (containsUrl(tag.key())) {
                errors.add(tagKeyError(key, "must not contain http:// or https://"));
            }
            int valueLength = tag.value().codePointCount(0, tag.value().length());
            if (valueLength > TAG_VALUE_MAX) {
                errors.add(tagValueError(value, "must be at most " + TAG_VALUE_MAX + " characters long, not "
                        + valueLength));
            }
            if (hasReservedPrefix(tag.value())) {
                errors.add(tagValueError(value, "must not start with 'aliyun' or 'acs:'"));
            }
            if (containsUrl(tag.value())) {
                errors.add(tagValueError(value, "must not contain http:// or https://"));
            }
            if (!seen.add(tag.key())) {
                errors.add(new ApiError(Provider.ALIBABA, ErrorCode.DUPLICATE_TAG_KEY,
                        parameter + ".Key: the tag key '" + ProviderRules.printable(tag.key())
                                + "' is given more than once."));
            }
        }
        return errors;
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

    /** {@code KeyPairNames}: required, at most 100 names. */
    @Override
    public Optional<ApiError> checkDeleteBatch(List<String> keyPairIds) {
        if (keyPairIds.isEmpty()) {
            return Optional.of(missingParameter("KeyPairNames"));
        }
        if (keyPairIds.size() > maxDeleteBatch()) {
            return Optional.of(new ApiError(Provider.ALIBABA, ErrorCode.INVALID_KEY_PAIR_NAMES_VALUE_NOT_SUPPORTED,
                    "The specified parameter \"KeyPairNames\" is not valid: it takes at most " + maxDeleteBatch()
                            + " names, not " + keyPairIds.size() + "."));
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

    private static ApiError tagKeyError(String key, String problem) {
        return new ApiError(Provider.ALIBABA, ErrorCode.INVALID_TAG_KEY_MALFORMED, key + " " + problem + ".");
    }

    private static ApiError tagValueError(String value, String problem) {
        return new ApiError(Provider.ALIBABA, ErrorCode.INVALID_TAG_VALUE_MALFORMED, value + " " + problem + ".");
    }

    // Each pattern below decides; the cheap test before it only spares running the pattern, per name and per tag
    // of thousands of key pairs, where it cannot match.

    private static boolean startsWithUrl(String text) {
        return text.contains("://") && URL_PREFIX.isValid(text);
    }

    private static boolean containsUrl(String text) {
        return text.contains("://") && CONTAINS_URL.isValid(text);
    }

    /** {@code aliyun} and {@code acs:} both start with an a, in either case. */
    private static boolean hasReservedPrefix(String text) {
        return !text.isEmpty() && (text.charAt(0) == 'a' || text.charAt(0) == 'A') && RESERVED_TAG_PREFIX.isValid(text);
    }

    private static boolean isAsciiLetter(int codePoint) {
        return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z');
    }
}
