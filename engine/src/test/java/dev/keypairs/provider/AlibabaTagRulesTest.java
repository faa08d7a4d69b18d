package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The checks of TagResources, UntagResources and ListTagResources, each with the code and HTTP status the ECS
 * official API definitions (aliyun/aliyun-openapi-meta, ecs 2014-05-26) give that action and condition.
 */
class AlibabaTagRulesTest {

    private static final AlibabaTagRules TAGS = ((AlibabaRules) ProviderRules.of(Provider.ALIBABA)).tags();
    private static final String HANGZHOU = "cn-hangzhou";
    private static final List<Tag> ONE = List.of(new Tag("team", "ops"));
    private static final List<String> FIFTY = IntStream.range(0, 50).mapToObj(i -> "k" + i).toList();
    private static final List<String> FIFTY_ONE = IntStream.range(0, 51).mapToObj(i -> "k" + i).toList();
    private static final List<Tag> TWENTY_ONE = IntStream.range(0, 21).mapToObj(i -> new Tag("t" + i, "v")).toList();

    private static void refused(ErrorCode code, int status, Optional<ApiError> error) {
        ApiError refusal = error.orElseThrow(() -> new AssertionError("accepted, expected " + code));
        assertEquals(code, refusal.code(), refusal.message());
        assertEquals(OptionalInt.of(status), refusal.httpStatus(), refusal.message());
    }

    @Test
    void resourceTypeIsKeypairInLowercase() {
        assertTrue(TAGS.checkResourceType("keypair").isEmpty());
        refused(ErrorCode.MISSING_PARAMETER_RESOURCE_TYPE, 404, TAGS.checkResourceType(null));
        refused(ErrorCode.MISSING_PARAMETER_RESOURCE_TYPE, 404, TAGS.checkResourceType(""));
        refused(ErrorCode.INVALID_RESOURCE_TYPE_NOT_FOUND, 404, TAGS.checkResourceType("instance"));
        refused(ErrorCode.INVALID_RESOURCE_TYPE_NOT_FOUND, 404, TAGS.checkResourceType("KeyPair"));
    }

    @Test
    void tagResources() {
        assertTrue(TAGS.checkTagResources(HANGZHOU, FIFTY, ONE).isEmpty());
        refused(ErrorCode.MISSING_PARAMETER_REGION_ID, 404, TAGS.checkTagResources(null, FIFTY, ONE));
        refused(ErrorCode.INVALID_REGION_ID_NOT_FOUND, 404, TAGS.checkTagResources("cn-atlantis", FIFTY, ONE));
        refused(ErrorCode.MISSING_PARAMETER_RESOURCE_IDS, 404, TAGS.checkTagResources(HANGZHOU, List.of(), ONE));
        refused(ErrorCode.NUMBER_EXCEED_RESOURCE_IDS, 400, TAGS.checkTagResources(HANGZHOU, FIFTY_ONE, ONE));
        refused(ErrorCode.MISSING_PARAMETER_TAGS, 404, TAGS.checkTagResources(HANGZHOU, FIFTY, List.of()));
        refused(ErrorCode.NUMBER_EXCEED_TAGS, 400, TAGS.checkTagResources(HANGZHOU, FIFTY, TWENTY_ONE));
        assertTrue(TAGS.checkTagResources(HANGZHOU, FIFTY, TWENTY_ONE.subList(0, 20)).isEmpty());
        refused(ErrorCode.INVALID_TAG_KEY_MALFORMED, 400, TAGS.checkTagResources(HANGZHOU, FIFTY,
                List.of(new Tag("k".repeat(129), "v"))));
        refused(ErrorCode.INVALID_TAG_VALUE_MALFORMED, 400, TAGS.checkTagResources(HANGZHOU, FIFTY,
                List.of(new Tag("k", "acs:v"))));
        assertTrue(TAGS.checkTagResources(HANGZHOU, FIFTY, List.of(new Tag("k", "aliyun-v"))).isEmpty());
        refused(ErrorCode.DUPLICATE_TAG_KEY, 400, TAGS.checkTagResources(HANGZHOU, FIFTY,
                List.of(new Tag("k", "1"), new Tag("k", "2"))));
    }

    @Test
    void aKeyPairHoldsAtMostTwentyTagsAfterTagResources() {
        Map<String, String> tags = new TreeMap<>();
        TWENTY_ONE.subList(0, 20).forEach(tag -> tags.put(tag.key(), tag.value()));
        assertTrue(TAGS.checkTagsHeld("k", tags).isEmpty());
        tags.put("one-more", "v");
        refused(ErrorCode.OPERATION_DENIED_QUOTA_EXCEED, 400, TAGS.checkTagsHeld("k", tags));
    }

    @Test
    void untagResources() {
        assertTrue(TAGS.checkUntagResources(HANGZHOU, FIFTY, List.of("team"), false).isEmpty());
        assertTrue(TAGS.checkUntagResources(HANGZHOU, FIFTY, List.of(), true).isEmpty());
        refused(ErrorCode.PARAM_CONFLICT, 403, TAGS.checkUntagResources(HANGZHOU, FIFTY, List.of("team"), true));
        refused(ErrorCode.MISSING_PARAMETER_TAGS, 404, TAGS.checkUntagResources(HANGZHOU, FIFTY, List.of(), false));
        refused(ErrorCode.NUMBER_EXCEED_TAGS, 400, TAGS.checkUntagResources(HANGZHOU, FIFTY,
                TWENTY_ONE.stream().map(Tag::key).toList(), false));
        refused(ErrorCode.MISSING_PARAMETER_RESOURCE_IDS, 404, TAGS.checkUntagResources(HANGZHOU, List.of(),
                List.of("team"), false));
        refused(ErrorCode.NUMBER_EXCEED_RESOURCE_IDS, 400, TAGS.checkUntagResources(HANGZHOU, FIFTY_ONE,
                List.of("team"), false));
        refused(ErrorCode.MISSING_PARAMETER_REGION_ID, 404, TAGS.checkUntagResources(null, FIFTY, List.of("t"), false));
    }

    @Test
    void listTagResources() {
        List<TagFilter> none = List.of();
        TagFilter team = new TagFilter("team", List.of("ops", "dev"));
        assertTrue(TAGS.checkListTagResources(HANGZHOU, FIFTY, List.of(), none).isEmpty(), "Terraform's call");
        assertTrue(TAGS.checkListTagResources(HANGZHOU, List.of(), ONE, none).isEmpty());
        assertTrue(TAGS.checkListTagResources(HANGZHOU, List.of(), List.of(), List.of(team)).isEmpty());
        refused(ErrorCode.BOTH_EMPTY_TAGS_AND_RESOURCES, 403, TAGS.checkListTagResources(HANGZHOU, List.of(),
                List.of(), none));
        refused(ErrorCode.INVALID_TAGS_MALFORMED, 400, TAGS.checkListTagResources(HANGZHOU, FIFTY, ONE,
                List.of(team)));
        refused(ErrorCode.NUMBER_EXCEED_RESOURCE_IDS, 400, TAGS.checkListTagResources(HANGZHOU, FIFTY_ONE,
                List.of(), none));
        refused(ErrorCode.NUMBER_EXCEED_TAGS, 400, TAGS.checkListTagResources(HANGZHOU, List.of(), TWENTY_ONE, none));
        List<TagFilter> six = IntStream.range(0, 6).mapToObj(i -> new TagFilter("k" + i, List.of())).toList();
        refused(ErrorCode.INVALID_TAG_FILTER_MALFORMED, 403, TAGS.checkListTagResources(HANGZHOU, List.of(),
                List.of(), six));
        assertTrue(TAGS.checkListTagResources(HANGZHOU, List.of(), List.of(), six.subList(0, 5)).isEmpty());
        refused(ErrorCode.INVALID_TAG_FILTER_MALFORMED, 403, TAGS.checkListTagResources(HANGZHOU, List.of(),
                List.of(), List.of(new TagFilter(null, List.of("v")))));
        refused(ErrorCode.NUMBER_EXCEED_TAG_VALUES, 403, TAGS.checkListTagResources(HANGZHOU, List.of(), List.of(),
                List.of(new TagFilter("k", List.of("1", "2", "3", "4", "5", "6")))));
        refused(ErrorCode.MISSING_PARAMETER_REGION_ID, 404, TAGS.checkListTagResources(null, FIFTY, List.of(), none));
        refused(ErrorCode.INVALID_NEXT_TOKEN, 403, Optional.of(TAGS.invalidNextToken()));
        assertEquals(50, AlibabaTagRules.LIST_PAGE_SIZE);
    }
}
