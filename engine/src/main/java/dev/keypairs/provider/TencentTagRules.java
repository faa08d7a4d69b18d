package dev.keypairs.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tencent Cloud's tags on key pairs (semantics.md): what a tag may be, as Tencent's tag documentation states it
 * (Tag, "Use Limits", tencentcloud.com/document/product/651/13354; the reserved prefixes also from the Tag API's
 * {@code InvalidParameter.ReservedTagKey}), and the checks of the Tag API 2018-08-13 on key pairs:
 * ModifyResourceTags, TagResources, UnTagResources and DescribeResourceTagsByResourceIds. Each broken rule is
 * answered with the code the action's official definition gives it ({@link #code}): CVM's ImportKeyPair and
 * CreateKeyPair have few tag codes, the Tag API's actions many. Reached through {@link TencentRules#tags()};
 * DescribeResourceTagsByResourceIds' checks are {@link TencentTagQueryRules}' ({@link #query()}).
 */
public final class TencentTagRules {

    /** Tags a key pair holds at most ("Each resource can have 50 tags at most"). */
    public static final int MAX_TAGS = 50;
    /** Tags (or tag keys) one Tag API write takes at most: its definitions' "at most 10" / "N: 0~9". */
    public static final int MAX_TAGS_PER_REQUEST = 10;
    /** {@code ResourceList} of TagResources and UnTagResources: at most 10 ("N: 0~9"). */
    public static final int MAX_RESOURCES_PER_REQUEST = 10;
    /** The service and resource prefix of a key pair in the Tag API ({@code qcs::cvm:…:keypair/KEYID}). */
    public static final String SERVICE_TYPE = "cvm";
    public static final String RESOURCE_PREFIX = "keypair";
    /**
     * Tag keys starting with these are the system's: {@code qcloud}, {@code tencent}, {@code project} (the Tag API's
     * error codes) and {@code qcs:} (the use-limits page, which names {@code project:} too).
     */
    public static final List<String> RESERVED_KEY_PREFIXES = List.of("qcloud", "tencent", "project", "qcs:");
    static final int KEY_MAX = 127;
    static final int VALUE_MAX = 255;
    /** The documented special characters, and the full-width ones of "Chinese mode". */
    private static final String SPECIALS = "+-=._:/@()[],;><（）【】：";

    /** What is wrong with one tag, before the action's code is put on it. */
    enum Problem { KEY_EMPTY, KEY_TOO_LONG, KEY_ILLEGAL, KEY_RESERVED, VALUE_EMPTY, VALUE_TOO_LONG, VALUE_ILLEGAL, KEY_TWICE }

    private final TencentRules tencent;
    private final TencentTagQueryRules query;

    TencentTagRules(TencentRules tencent) {
        this.tencent = tencent;
        this.query = new TencentTagQueryRules(tencent);
    }

    /** The checks of DescribeResourceTagsByResourceIds. */
    public TencentTagQueryRules query() {
        return query;
    }

    /**
     * The tags of ImportKeyPair's or CreateKeyPair's {@code TagSpecification}: at most {@value #MAX_TAGS}
     * ({@code LimitExceeded.TagResourceQuota}), then each tag; a reserved key is {@code FailedOperation.TagKeyReserved}
     * at CreateKeyPair, whose definition lists it, every other problem {@code InvalidParameterValue}.
     */
    List<ApiError> checkTagSpecification(ApiCall call, List<Tag> tags) {
        List<ApiError> errors = new ArrayList<>();
        if (tags.size() > MAX_TAGS) {
            errors.add(error(ErrorCode.LIMIT_EXCEEDED_TAG_RESOURCE_QUOTA, "TagSpecification holds " + tags.size()
                    + " tags; a key pair holds at most " + MAX_TAGS + "."));
        }
        errors.addAll(checkEach(call, "TagSpecification.Tags", tags));
        return errors;
    }

    /**
     * ModifyResourceTags: {@code ReplaceTags} or {@code DeleteTags} or both ({@code MissingParameter} for neither),
     * each at most {@value #MAX_TAGS_PER_REQUEST} ({@code InvalidParameter.Tag}), each tag and key as the
     * documentation states them, no key twice ({@code InvalidParameter.Tag}) and none in both lists
     * ({@code InvalidParameterValue.DeleteTagsParamError}).
     *
     * @param replaceTags the tags added or overwritten
     * @param deleteTagKeys the keys removed
     * @return every problem, in order; empty when the call may go ahead
     */
    public List<ApiError> checkModifyResourceTags(List<Tag> replaceTags, List<String> deleteTagKeys) {
        if (replaceTags.isEmpty() && deleteTagKeys.isEmpty()) {
            return List.of(tencent.missingParameter("ReplaceTags or DeleteTags"));
        }
        List<ApiError> errors = new ArrayList<>();
        ProviderRules.addIfPresent(errors, tooManyToModify("ReplaceTags", replaceTags.size()));
        ProviderRules.addIfPresent(errors, tooManyToModify("DeleteTags", deleteTagKeys.size()));
        errors.addAll(checkEach(ApiCall.MODIFY_RESOURCE_TAGS, "ReplaceTags", replaceTags));
        errors.addAll(checkKeys(ApiCall.MODIFY_RESOURCE_TAGS, "DeleteTags", deleteTagKeys));
        Set<String> replaced = new HashSet<>();
        replaceTags.forEach(tag -> replaced.add(tag.key()));
        deleteTagKeys.stream().filter(replaced::contains).findFirst().ifPresent(key -> errors.add(error(
                ErrorCode.INVALID_PARAMETER_VALUE_DELETE_TAGS_PARAM_ERROR, "The tag key '" + ProviderRules.printable(key)
                        + "' is both in ReplaceTags and in DeleteTags.")));
        return errors;
    }

    private static Optional<ApiError> tooManyToModify(String parameter, int count) {
        return count <= MAX_TAGS_PER_REQUEST ? Optional.empty() : Optional.of(error(ErrorCode.INVALID_PARAMETER_TAG,
                parameter + " takes at most " + MAX_TAGS_PER_REQUEST + " tags, not " + count + "."));
    }

    /**
     * The tags one key pair would hold after a call: at most {@value #MAX_TAGS}, else
     * {@code LimitExceeded.ResourceAttachedTags}.
     */
    public Optional<ApiError> checkTagsHeld(String keyId, int count) {
        return count <= MAX_TAGS ? Optional.empty() : Optional.of(error(ErrorCode.LIMIT_EXCEEDED_RESOURCE_ATTACHED_TAGS,
                "The key pair " + ProviderRules.printable(keyId) + " would hold " + count + " tags, at most "
                        + MAX_TAGS + "."));
    }

    /**
     * A key pair named by a Tag API call: a region of the catalogue and a well-formed KeyId, else
     * {@code InvalidParameterValue.ResourceDescriptionError}.
     */
    public Optional<ApiError> checkResource(String regionId, String keyId) {
        if (regionId == null || !tencent.regions().contains(regionId)) {
            return Optional.of(resourceDescriptionError("'" + ProviderRules.printable(String.valueOf(regionId))
                    + "' is not a Tencent Cloud region"));
        }
        if (TencentRules.checkKeyIds(Collections.singletonList(keyId)).isPresent()) {
            return Optional.of(resourceDescriptionError("'" + ProviderRules.printable(String.valueOf(keyId))
                    + "' is not a KeyId (skey- and 8 lowercase letters and digits)"));
        }
        return Optional.empty();
    }

    /** A resource description as a Tag API call gives it: a key pair's six segments ({@link TencentKeyPairResource}). */
    public Optional<ApiError> checkResourceName(String resource) {
        Optional<TencentKeyPairResource> parsed = TencentKeyPairResource.parse(resource);
        if (parsed.isEmpty()) {
            return Optional.of(resourceDescriptionError("'" + ProviderRules.printable(String.valueOf(resource))
                    + "' is not a key pair's qcs::cvm:REGION:uin/UIN:keypair/KEYID"));
        }
        return checkResource(parsed.get().regionId(), parsed.get().keyId());
    }

    /**
     * ModifyResourceTags' {@code ReplaceTags} or {@code DeleteTags} given as an empty list: "it can be omitted, but
     * cannot be an empty array" ({@code InvalidParameter.Tag}).
     */
    public ApiError emptyTagList(String parameter) {
        return error(ErrorCode.INVALID_PARAMETER_TAG, parameter + " may be left out, but not given empty.");
    }

    /** A well-formed key pair the region does not hold (our choice of the definitions' codes, semantics.md). */
    public ApiError resourceNotFound(String regionId, String keyId) {
        return resourceDescriptionError("the key pair " + ProviderRules.printable(keyId) + " does not exist in "
                + regionId);
    }

    /**
     * TagResources, before the key pairs are read: {@code ResourceList} 1–{@value #MAX_RESOURCES_PER_REQUEST}
     * ({@code LimitExceeded.ResourceNumPerRequest}), each a key pair's description, {@code Tags}
     * 1–{@value #MAX_TAGS_PER_REQUEST} ({@code LimitExceeded.TagNumPerRequest}), each tag with TagResources' codes.
     */
    public Optional<ApiError> checkTagResources(List<String> resources, List<Tag> tags) {
        Optional<ApiError> resourceList = checkResourceList(resources);
        if (resourceList.isPresent()) {
            return resourceList;
        }
        if (tags.isEmpty()) {
            return Optional.of(tencent.missingParameter("Tags"));
        }
        if (tags.size() > MAX_TAGS_PER_REQUEST) {
            return Optional.of(tooManyTags("Tags", tags.size()));
        }
        return checkEach(ApiCall.TAG_RESOURCES, "Tags", tags).stream().findFirst();
    }

    /**
     * UnTagResources, before the key pairs are read: {@code ResourceList} as TagResources takes it, {@code TagKeys}
     * 1–{@value #MAX_TAGS_PER_REQUEST}, each a tag key, none twice ({@code InvalidParameterValue.TagKeyDuplicate}).
     */
    public Optional<ApiError> checkUnTagResources(List<String> resources, List<String> tagKeys) {
        Optional<ApiError> resourceList = checkResourceList(resources);
        if (resourceList.isPresent()) {
            return resourceList;
        }
        if (tagKeys.isEmpty()) {
            return Optional.of(tencent.missingParameter("TagKeys"));
        }
        if (tagKeys.size() > MAX_TAGS_PER_REQUEST) {
            return Optional.of(tooManyTags("TagKeys", tagKeys.size()));
        }
        return checkKeys(ApiCall.UNTAG_RESOURCES, "TagKeys", tagKeys).stream().findFirst();
    }

    private Optional<ApiError> checkResourceList(List<String> resources) {
        if (resources.isEmpty()) {
            return Optional.of(tencent.missingParameter("ResourceList"));
        }
        if (resources.size() > MAX_RESOURCES_PER_REQUEST) {
            return Optional.of(error(ErrorCode.LIMIT_EXCEEDED_RESOURCE_NUM_PER_REQUEST, "ResourceList takes at most "
                    + MAX_RESOURCES_PER_REQUEST + " resources, not " + resources.size() + "."));
        }
        for (String resource : resources) {
            Optional<ApiError> problem = checkResourceName(resource);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Each tag: its key, its value, no key twice; every problem in order, with the action's codes. */
    List<ApiError> checkEach(ApiCall call, String parameter, List<Tag> tags) {
        List<ApiError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Ifs, not lambdas, and the key made printable only for a message: every declared key pair's tags are
        // checked on a goal's cold JVM.
        for (Tag tag : tags) {
            Optional<Problem> keyProblem = keyProblem(tag.key());
            if (keyProblem.isPresent()) {
                errors.add(tagError(call, keyProblem.get(), parameter + ": the tag key '"
                        + ProviderRules.printable(tag.key()) + "' " + explain(keyProblem.get())));
            }
            Optional<Problem> valueProblem = valueProblem(tag.value());
            if (valueProblem.isPresent()) {
                errors.add(tagError(call, valueProblem.get(), parameter + ": the value of '"
                        + ProviderRules.printable(tag.key()) + "' " + explain(valueProblem.get())));
            }
            if (!seen.add(tag.key())) {
                errors.add(tagError(call, Problem.KEY_TWICE, parameter + ": the tag key '"
                        + ProviderRules.printable(tag.key()) + "' " + explain(Problem.KEY_TWICE)));
            }
        }
        return errors;
    }

    /** Each tag key of a call that removes tags. */
    private List<ApiError> checkKeys(ApiCall call, String parameter, List<String> keys) {
        List<ApiError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            String shown = ProviderRules.printable(key);
            keyProblem(key).ifPresent(problem -> errors.add(tagError(call, problem, parameter + ": the tag key '"
                    + shown + "' " + explain(problem))));
            if (!seen.add(key)) {
                errors.add(tagError(call, Problem.KEY_TWICE, parameter + ": the tag key '" + shown + "' "
                        + explain(Problem.KEY_TWICE)));
            }
        }
        return errors;
    }

    private static Optional<Problem> keyProblem(String key) {
        int length = key.codePointCount(0, key.length());
        if (length == 0) {
            return Optional.of(Problem.KEY_EMPTY);
        }
        if (length > KEY_MAX) {
            return Optional.of(Problem.KEY_TOO_LONG);
        }
        if (!charactersAllowed(key)) {
            return Optional.of(Problem.KEY_ILLEGAL);
        }
        return RESERVED_KEY_PREFIXES.stream().anyMatch(key::startsWith) ? Optional.of(Problem.KEY_RESERVED)
                : Optional.empty();
    }

    private static Optional<Problem> valueProblem(String value) {
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            return Optional.of(Problem.VALUE_EMPTY);
        }
        if (length > VALUE_MAX) {
            return Optional.of(Problem.VALUE_TOO_LONG);
        }
        return charactersAllowed(value) ? Optional.empty() : Optional.of(Problem.VALUE_ILLEGAL);
    }

    /**
     * Letters (Latin and Chinese), digits 0–9, the documented specials, and spaces between other characters ("not
     * starting or ending with spaces"). A loop, not a pattern: it runs for every tag of thousands of key pairs.
     */
    static boolean charactersAllowed(String text) {
        if (text.startsWith(" ") || text.endsWith(" ")) {
            return false;
        }
        return ProviderRules.illegalCharacters(text, 0, cp -> (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                || (cp >= '0' && cp <= '9') || cp == ' ' || SPECIALS.indexOf(cp) >= 0
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).isEmpty();
    }

    private static String explain(Problem problem) {
        return switch (problem) {
            case KEY_EMPTY -> "is empty: a tag key has 1 to " + KEY_MAX + " characters.";
            case KEY_TOO_LONG -> "is longer than " + KEY_MAX + " characters.";
            case KEY_ILLEGAL, VALUE_ILLEGAL -> "may hold only letters, digits 0-9, spaces (not first or last) and"
                    + " + - = . _ : / @ ( ) [ ] , ; > <.";
            case KEY_RESERVED -> "starts with a prefix the system reserves (" + String.join(", ",
                    RESERVED_KEY_PREFIXES) + ").";
            case VALUE_EMPTY -> "is empty: a tag value has 1 to " + VALUE_MAX + " characters.";
            case VALUE_TOO_LONG -> "is longer than " + VALUE_MAX + " characters.";
            case KEY_TWICE -> "is given more than once.";
        };
    }

    /** The code an action's definition gives a tag problem. */
    static ErrorCode code(ApiCall call, Problem problem) {
        return switch (call) {
            case IMPORT_KEY_PAIR -> ErrorCode.INVALID_PARAMETER_VALUE;
            case CREATE_KEY_PAIR -> problem == Problem.KEY_RESERVED ? ErrorCode.FAILED_OPERATION_TAG_KEY_RESERVED
                    : ErrorCode.INVALID_PARAMETER_VALUE;
            case MODIFY_RESOURCE_TAGS, TAG_RESOURCES, UNTAG_RESOURCES -> switch (problem) {
                case KEY_EMPTY -> ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_EMPTY;
                case KEY_TOO_LONG -> ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_LENGTH_EXCEEDED;
                case KEY_ILLEGAL -> ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_CHARACTER_ILLEGAL;
                case KEY_RESERVED -> ErrorCode.INVALID_PARAMETER_RESERVED_TAG_KEY;
                case VALUE_EMPTY -> call == ApiCall.TAG_RESOURCES ? ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_EMPTY
                        : ErrorCode.INVALID_PARAMETER_TAG;
                case VALUE_TOO_LONG -> ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_LENGTH_EXCEEDED;
                case VALUE_ILLEGAL -> ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_CHARACTER_ILLEGAL;
                case KEY_TWICE -> call == ApiCall.MODIFY_RESOURCE_TAGS ? ErrorCode.INVALID_PARAMETER_TAG
                        : ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_DUPLICATE;
            };
            case DESCRIBE_KEY_PAIRS, DELETE_KEY_PAIRS, JOIN_RESOURCE_GROUP, MODIFY_KEY_PAIR_ATTRIBUTE, DESCRIBE_INSTANCES ->
                    throw new IllegalArgumentException(call.action() + " takes no tags");
        };
    }

    private static ApiError tagError(ApiCall call, Problem problem, String message) {
        return error(code(call, problem), message);
    }

    private static ApiError tooManyTags(String parameter, int count) {
        return error(ErrorCode.LIMIT_EXCEEDED_TAG_NUM_PER_REQUEST, parameter + " takes at most "
                + MAX_TAGS_PER_REQUEST + ", not " + count + ".");
    }

    private static ApiError resourceDescriptionError(String why) {
        return error(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_DESCRIPTION_ERROR, "The resource description is"
                + " wrong: " + why + ".");
    }

    static ApiError error(ErrorCode code, String message) {
        return new ApiError(Provider.TENCENT, code, message);
    }
}
