package dev.keypairs.provider;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.validator.routines.RegexValidator;

/**
 * Alibaba Cloud's tags on key pairs: what a tag may be (ImportKeyPair, CreateKeyPair and TagResources check
 * each tag with {@link #checkEach}), and the checks of the tag actions TagResources, UntagResources and
 * ListTagResources, each with the code and status the ECS official API definitions give that action (semantics.md).
 * Reached through {@link AlibabaRules#tags()}.
 */
public final class AlibabaTagRules {

    /** Tags a key pair holds at most, and {@code Tag.N} / {@code TagKey.N} a request takes at most. */
    public static final int MAX_TAGS = 20;
    /** {@code ResourceId.N} the tag actions take at most. */
    public static final int MAX_RESOURCE_IDS = 50;
    /** {@code TagFilter.N} ListTagResources takes at most, and {@code TagValues.N} of each. */
    public static final int MAX_TAG_FILTERS = 5;
    public static final int MAX_TAG_VALUES = 5;
    /** Rows of a ListTagResources page: the cloud's 50 (it takes no page size). */
    public static final int LIST_PAGE_SIZE = 50;
    /** The one {@code ResourceType} of the tag actions the key pairs are: lowercase, as the definitions list it. */
    public static final String KEY_PAIR_RESOURCE_TYPE = "keypair";
    static final int TAG_KEY_MAX = 128;
    static final int TAG_VALUE_MAX = 128;

    private static final RegexValidator CONTAINS_URL = new RegexValidator("(?s).*https?://.*", false);
    private static final RegexValidator RESERVED_KEY_PREFIX = new RegexValidator("(?s)(?:aliyun|acs:).*", false);
    private static final RegexValidator RESERVED_VALUE_PREFIX = new RegexValidator("(?s)acs:.*", false);

    private final AlibabaRules alibaba;

    AlibabaTagRules(AlibabaRules alibaba) {
        this.alibaba = alibaba;
    }

    /** {@code RegionId} of a tag action: missing is {@code MissingParameter.RegionId} (404). */
    public Optional<ApiError> checkRegion(String regionId) {
        if (regionId == null || regionId.isEmpty()) {
            return Optional.of(error(ErrorCode.MISSING_PARAMETER_REGION_ID,
                    "The parameter - RegionId should not be null."));
        }
        return alibaba.checkRegion(regionId);
    }

    /** {@code ResourceType} of a tag action: required, and {@code keypair} (the only type key pairs are). */
    public Optional<ApiError> checkResourceType(String resourceType) {
        if (resourceType == null || resourceType.isEmpty()) {
            return Optional.of(error(ErrorCode.MISSING_PARAMETER_RESOURCE_TYPE,
                    "The parameter - ResourceType should not be null."));
        }
        return KEY_PAIR_RESOURCE_TYPE.equals(resourceType) ? Optional.empty()
                : Optional.of(AlibabaRules.resourceTypeNotFound(resourceType));
    }

    /**
     * TagResources, before the key pairs are read: the region, {@code ResourceId.N} (1–50), {@code Tag.N} (1–20),
     * each tag.
     */
    public Optional<ApiError> checkTagResources(String regionId, List<String> keyPairNames, List<Tag> tags) {
        return first(checkRegion(regionId), checkResourceIds(keyPairNames, true),
                tags.isEmpty() ? Optional.of(error(ErrorCode.MISSING_PARAMETER_TAGS,
                        "The parameter - Tags should not be null.")) : Optional.empty(),
                tooMany(tags.size(), "Tags"), checkEach(tags).stream().findFirst());
    }

    /**
     * The tags one key pair would hold after TagResources: at most 20, else
     * {@code OperationDenied.QuotaExceed} (400), the code of a resource's tags beyond its quota.
     */
    public Optional<ApiError> checkTagsHeld(String keyPairName, Map<String, String> tags) {
        if (tags.size() <= MAX_TAGS) {
            return Optional.empty();
        }
        return Optional.of(error(ErrorCode.OPERATION_DENIED_QUOTA_EXCEED, "The quota of tags on resource is beyond"
                + " permitted range: key pair '" + ProviderRules.printable(keyPairName) + "' would hold " + tags.size()
                + " tags, at most " + MAX_TAGS + "."));
    }

    /**
     * UntagResources: the region, {@code ResourceId.N} (1–50), and either {@code TagKey.N} (at most 20) or
     * {@code All=true}: both is {@code Param.Conflict} (403), neither {@code MissingParameter.Tags} (404, our
     * choice: the definition names no code for it).
     */
    public Optional<ApiError> checkUntagResources(String regionId, List<String> keyPairNames, List<String> tagKeys,
            boolean all) {
        Optional<ApiError> keys;
        if (all && !tagKeys.isEmpty()) {
            keys = Optional.of(error(ErrorCode.PARAM_CONFLICT,
                    "The specified all is true, but the specified TagKey.N is not empty."));
        } else if (!all && tagKeys.isEmpty()) {
            keys = Optional.of(error(ErrorCode.MISSING_PARAMETER_TAGS,
                    "The parameter - Tags should not be null: give TagKey.N, or All=true."));
        } else {
            keys = tooMany(tagKeys.size(), "Tags");
        }
        return first(checkRegion(regionId), checkResourceIds(keyPairNames, true), keys);
    }

    /**
     * ListTagResources: the region, {@code ResourceId.N} (at most 50), {@code Tag.N} (at most 20, each a tag) or
     * {@code TagFilter.N} (at most 5, each with a {@code TagKey} and at most 5 {@code TagValues}) but not both, and
     * at least one of the three ({@code BothEmpty.TagsAndResources}, 403).
     */
    public Optional<ApiError> checkListTagResources(String regionId, List<String> keyPairNames, List<Tag> tags,
            List<TagFilter> filters) {
        Optional<ApiError> region = checkRegion(regionId);
        if (region.isPresent()) {
            return region;
        }
        if (!tags.isEmpty() && !filters.isEmpty()) {
            return Optional.of(error(ErrorCode.INVALID_TAGS_MALFORMED,
                    "The tags must be empty, when the tagFilters is not empty."));
        }
        if (keyPairNames.isEmpty() && tags.isEmpty() && filters.isEmpty()) {
            return Optional.of(error(ErrorCode.BOTH_EMPTY_TAGS_AND_RESOURCES,
                    "The specified Tags and ResourcesIds are not allow to both empty: give ResourceId.N, Tag.N"
                            + " or TagFilter.N."));
        }
        if (filters.size() > MAX_TAG_FILTERS || filters.stream().anyMatch(filter -> filter.key() == null
                || filter.key().isEmpty())) {
            return Optional.of(error(ErrorCode.INVALID_TAG_FILTER_MALFORMED, "The specified TagFilter is not valid:"
                    + " at most " + MAX_TAG_FILTERS + ", each with a TagKey."));
        }
        if (filters.stream().anyMatch(filter -> filter.values().size() > MAX_TAG_VALUES)) {
            return Optional.of(error(ErrorCode.NUMBER_EXCEED_TAG_VALUES, "The number of the specified TagValues is"
                    + " beyond permitted range, the max is " + MAX_TAG_VALUES + "."));
        }
        return first(checkResourceIds(keyPairNames, false), tooMany(tags.size(), "Tags"),
                checkEach(tags).stream().findFirst());
    }

    /** A {@code NextToken} of ListTagResources that none of its answers gave: {@code Invalid.NextToken} (403). */
    public ApiError invalidNextToken() {
        return error(ErrorCode.INVALID_NEXT_TOKEN, "The specified NextToken is not valid.");
    }

    /**
     * Each tag: key 1–128 characters, not starting {@code aliyun} or {@code acs:}; value 0–128, not starting
     * {@code acs:} (a value may start {@code aliyun}); neither containing {@code http://} or {@code https://};
     * no key twice. The count is each action's own rule.
     *
     * @param tags the tags in request order
     * @return every problem, in order; empty when the provider accepts them
     */
    public static List<ApiError> checkEach(List<Tag> tags) {
        List<ApiError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < tags.size(); index++) {
            Tag tag = tags.get(index);
            int keyLength = tag.key().codePointCount(0, tag.key().length());
            if (keyLength < 1 || keyLength > TAG_KEY_MAX) {
                errors.add(tagError(ErrorCode.INVALID_TAG_KEY_MALFORMED, keyName(index, tag), "must be 1 to "
                        + TAG_KEY_MAX + " characters long, not " + keyLength));
            }
            if (startsWithA(tag.key()) && RESERVED_KEY_PREFIX.isValid(tag.key())) {
                errors.add(tagError(ErrorCode.INVALID_TAG_KEY_MALFORMED, keyName(index, tag),
                        "must not start with 'aliyun' or 'acs:'"));
            }
            if (containsUrl(tag.key())) {
                errors.add(tagError(ErrorCode.INVALID_TAG_KEY_MALFORMED, keyName(index, tag),
                        "must not contain http:// or https://"));
            }
            int valueLength = tag.value().codePointCount(0, tag.value().length());
            if (valueLength > TAG_VALUE_MAX) {
                errors.add(tagError(ErrorCode.INVALID_TAG_VALUE_MALFORMED, valueName(index, tag), "must be at most "
                        + TAG_VALUE_MAX + " characters long, not " + valueLength));
            }
            if (startsWithA(tag.value()) && RESERVED_VALUE_PREFIX.isValid(tag.value())) {
                errors.add(tagError(ErrorCode.INVALID_TAG_VALUE_MALFORMED, valueName(index, tag),
                        "must not start with 'acs:'"));
            }
            if (containsUrl(tag.value())) {
                errors.add(tagError(ErrorCode.INVALID_TAG_VALUE_MALFORMED, valueName(index, tag),
                        "must not contain http:// or https://"));
            }
            if (!seen.add(tag.key())) {
                errors.add(new ApiError(Provider.ALIBABA, ErrorCode.DUPLICATE_TAG_KEY, "Tag." + (index + 1)
                        + ".Key: the tag key '" + ProviderRules.printable(tag.key()) + "' is given more than once."));
            }
        }
        return errors;
    }

    /**
     * A tag key as a message names it: its key, not only its place, for a manifest writes tags as a map, where
     * {@code Tag.N} means nothing. Made only for a message: every declared key pair's tags are checked.
     */
    private static String keyName(int index, Tag tag) {
        return "Tag." + (index + 1) + ".Key '" + ProviderRules.printable(tag.key()) + "'";
    }

    /** A tag value as a message names it, by its key (see {@link #keyName}). */
    private static String valueName(int index, Tag tag) {
        return "Tag." + (index + 1) + ".Value of '" + ProviderRules.printable(tag.key()) + "'";
    }

    private static Optional<ApiError> checkResourceIds(List<String> keyPairNames, boolean required) {
        if (required && keyPairNames.isEmpty()) {
            return Optional.of(error(ErrorCode.MISSING_PARAMETER_RESOURCE_IDS,
                    "The parameter - ResourceIds.N should not be null."));
        }
        if (keyPairNames.size() > MAX_RESOURCE_IDS) {
            return Optional.of(error(ErrorCode.NUMBER_EXCEED_RESOURCE_IDS, "The ResourceIds parameter's number is"
                    + " exceed , Valid : " + MAX_RESOURCE_IDS + " (given " + keyPairNames.size() + ")."));
        }
        return Optional.empty();
    }

    private static Optional<ApiError> tooMany(int count, String parameter) {
        return count <= MAX_TAGS ? Optional.empty() : Optional.of(error(ErrorCode.NUMBER_EXCEED_TAGS, "The "
                + parameter + " parameter's number is exceed , Valid : " + MAX_TAGS + " (given " + count + ")."));
    }

    @SafeVarargs
    private static Optional<ApiError> first(Optional<ApiError>... checks) {
        for (Optional<ApiError> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static ApiError error(ErrorCode code, String message) {
        return new ApiError(Provider.ALIBABA, code, message);
    }

    private static ApiError tagError(ErrorCode code, String what, String problem) {
        return new ApiError(Provider.ALIBABA, code, what + " " + problem + ".");
    }

    // The pattern decides; the cheap test before it only spares running it, per tag of thousands of key pairs.

    private static boolean containsUrl(String text) {
        return text.contains("://") && CONTAINS_URL.isValid(text);
    }

    /** {@code aliyun} and {@code acs:} both start with an a, in either case. */
    private static boolean startsWithA(String text) {
        return !text.isEmpty() && (text.charAt(0) == 'a' || text.charAt(0) == 'A');
    }
}
