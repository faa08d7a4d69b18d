package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tencent's tag rules as its tag documentation states them (Tag, "Use Limits": key 1–127, value 1–255 characters of
 * letters, digits, spaces inside and {@code + - = . _ : / @ ( ) [ ] , ; > <}; reserved prefixes; 50 a resource), each
 * with the code the action's official definition gives (TencentCloud/tencentcloud-sdk-go, tag/v20180813/client.go).
 */
class TencentTagRulesTest {

    private static final TencentRules TENCENT = (TencentRules) ProviderRules.of(Provider.TENCENT);
    private static final TencentTagRules TAGS = TENCENT.tags();
    private static final String KEY_PAIR = "qcs::cvm:ap-guangzhou:uin/:keypair/skey-a1b2c3d4";
    private static final List<Tag> ONE = List.of(new Tag("team", "web"));

    @ParameterizedTest
    @ValueSource(strings = {"team", "a", "owner@corp", "cost-center_1", "k=v+x.y:z/w", "(a)[b],c;d>e<f", "部门",
            "two words", "（中文）【标签】：值"})
    void documentedCharactersAreTaken(String text) {
        assertTrue(TencentTagRules.charactersAllowed(text), text);
        assertEquals(List.of(), TAGS.checkModifyResourceTags(List.of(new Tag(text, text)), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {" lead", "trail ", "tab\there", "hash#", "star*", "quote'", "émoji😀", "tilde~", "a&b"})
    void otherCharactersAndOuterSpacesAreRefused(String text) {
        assertFalse(TencentTagRules.charactersAllowed(text), text);
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_CHARACTER_ILLEGAL,
                ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_CHARACTER_ILLEGAL),
                codes(TAGS.checkModifyResourceTags(List.of(new Tag(text, text)), List.of())));
    }

    @Test
    void keysOf1To127AndValuesOf1To255CharactersCountedInCodePoints() {
        String han = "鍵";
        assertEquals(List.of(), TAGS.checkModifyResourceTags(List.of(new Tag(han.repeat(127), "v".repeat(255))),
                List.of()));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_LENGTH_EXCEEDED,
                ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_LENGTH_EXCEEDED),
                codes(TAGS.checkModifyResourceTags(List.of(new Tag(han.repeat(128), "v".repeat(256))), List.of())));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_EMPTY, ErrorCode.INVALID_PARAMETER_TAG),
                codes(TAGS.checkModifyResourceTags(List.of(new Tag("", "")), List.of())),
                "ModifyResourceTags has no TagValueEmpty: an empty value is its InvalidParameter.Tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qcloud", "qcloud:app", "tencent-owner", "project", "projectId", "qcs:x"})
    void reservedPrefixesAreRefused(String key) {
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_RESERVED_TAG_KEY),
                codes(TAGS.checkModifyResourceTags(List.of(new Tag(key, "v")), List.of())));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_RESERVED_TAG_KEY),
                codes(TAGS.checkModifyResourceTags(List.of(), List.of(key))), "removing one too");
    }

    @Test
    void keysThatOnlyContainAReservedWordAreTaken() {
        for (String key : List.of("my-project", "Project", "qcs", "xtencent")) {
            assertEquals(List.of(), TAGS.checkModifyResourceTags(List.of(new Tag(key, "v")), List.of()), key);
        }
    }

    @Test
    void modifyResourceTagsTakesReplaceTagsOrDeleteTagsUpToTenEachNeverTheSameKeyInBoth() {
        List<Tag> ten = IntStream.range(0, 10).mapToObj(i -> new Tag("k" + i, "v")).toList();
        List<String> tenKeys = IntStream.range(10, 20).mapToObj(i -> "k" + i).toList();
        assertEquals(List.of(), TAGS.checkModifyResourceTags(ten, tenKeys));
        assertEquals(List.of(ErrorCode.MISSING_PARAMETER), codes(TAGS.checkModifyResourceTags(List.of(), List.of())));
        List<Tag> eleven = IntStream.range(0, 11).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_TAG), codes(TAGS.checkModifyResourceTags(eleven, List.of())));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_TAG), codes(TAGS.checkModifyResourceTags(List.of(),
                IntStream.range(0, 11).mapToObj(i -> "k" + i).toList())));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_TAG), codes(TAGS.checkModifyResourceTags(
                List.of(new Tag("a", "1"), new Tag("a", "2")), List.of())), "a key twice");
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE_DELETE_TAGS_PARAM_ERROR),
                codes(TAGS.checkModifyResourceTags(List.of(new Tag("a", "1")), List.of("a"))));
    }

    @Test
    void aKeyPairHoldsAtMost50Tags() {
        assertTrue(TAGS.checkTagsHeld("skey-a1b2c3d4", 50).isEmpty());
        assertEquals(ErrorCode.LIMIT_EXCEEDED_RESOURCE_ATTACHED_TAGS,
                TAGS.checkTagsHeld("skey-a1b2c3d4", 51).orElseThrow().code());
    }

    @Test
    void aKeyPairIsNamedInSixSegmentsWithAnEmptyOrNumericUin() {
        TencentKeyPairResource resource = TencentKeyPairResource.parse(KEY_PAIR).orElseThrow();
        assertEquals(new TencentKeyPairResource("ap-guangzhou", "", "skey-a1b2c3d4"), resource);
        assertEquals(KEY_PAIR, TencentKeyPairResource.of("ap-guangzhou", "skey-a1b2c3d4").name());
        assertEquals("1250000000", TencentKeyPairResource.parse("qcs::cvm:ap-guangzhou:uin/1250000000:keypair/"
                + "skey-a1b2c3d4").orElseThrow().uin());
        assertTrue(TAGS.checkResourceName(KEY_PAIR).isEmpty());
        for (String wrong : List.of("qcs::cvm:ap-guangzhou:uin/:instance/ins-1", "qcs::cdb:ap-guangzhou:uin/:keypair/"
                + "skey-a1b2c3d4", "qcs::cvm:ap-guangzhou:uin/abc:keypair/skey-a1b2c3d4", "skey-a1b2c3d4",
                "qcs::cvm:ap-atlantis:uin/:keypair/skey-a1b2c3d4", "qcs::cvm:ap-guangzhou:uin/:keypair/skey-1")) {
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_DESCRIPTION_ERROR,
                    TAGS.checkResourceName(wrong).orElseThrow().code(), wrong);
        }
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_DESCRIPTION_ERROR,
                TAGS.resourceNotFound("ap-guangzhou", "skey-a1b2c3d4").code());
    }

    @Test
    void tagResourcesAndUnTagResourcesTakeTenResourcesAndTenTagsWithTheirCodes() {
        List<String> ten = IntStream.range(0, 10).mapToObj(i -> String.format(
                "qcs::cvm:ap-guangzhou:uin/:keypair/skey-%08d", i)).toList();
        List<String> eleven = IntStream.range(0, 11).mapToObj(i -> String.format(
                "qcs::cvm:ap-guangzhou:uin/:keypair/skey-%08d", i)).toList();
        List<Tag> elevenTags = IntStream.range(0, 11).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertTrue(TAGS.checkTagResources(ten, elevenTags.subList(0, 10)).isEmpty());
        refused(ErrorCode.MISSING_PARAMETER, TAGS.checkTagResources(List.of(), ONE));
        refused(ErrorCode.LIMIT_EXCEEDED_RESOURCE_NUM_PER_REQUEST, TAGS.checkTagResources(eleven, ONE));
        refused(ErrorCode.MISSING_PARAMETER, TAGS.checkTagResources(ten, List.of()));
        refused(ErrorCode.LIMIT_EXCEEDED_TAG_NUM_PER_REQUEST, TAGS.checkTagResources(ten, elevenTags));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_TAG_VALUE_EMPTY, TAGS.checkTagResources(ten,
                List.of(new Tag("k", ""))));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_DUPLICATE, TAGS.checkTagResources(ten,
                List.of(new Tag("k", "1"), new Tag("k", "2"))));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_DESCRIPTION_ERROR,
                TAGS.checkTagResources(List.of("ins-1"), ONE));

        assertTrue(TAGS.checkUnTagResources(ten, List.of("team")).isEmpty());
        refused(ErrorCode.MISSING_PARAMETER, TAGS.checkUnTagResources(ten, List.of()));
        refused(ErrorCode.LIMIT_EXCEEDED_TAG_NUM_PER_REQUEST, TAGS.checkUnTagResources(ten,
                IntStream.range(0, 11).mapToObj(i -> "k" + i).toList()));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_DUPLICATE, TAGS.checkUnTagResources(ten,
                List.of("a", "a")));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_TAG_KEY_EMPTY, TAGS.checkUnTagResources(ten, List.of("")));
    }

    @Test
    void describeResourceTagsByResourceIds() {
        TencentTagQueryRules query = TAGS.query();
        List<String> ids = List.of("skey-a1b2c3d4");
        assertTrue(query.check("cvm", "keypair", "ap-guangzhou", ids, 0, 15, null).isEmpty());
        assertTrue(query.check("cvm", "keypair", "ap-guangzhou", ids, 40, 20, "All").isEmpty());
        assertTrue(query.check("cvm", "instance", "ap-guangzhou", List.of("ins-1"), 0, 15, null).isEmpty(),
                "other resources' ids are theirs to check");
        assertTrue(query.check("cam", "role", "", List.of("r"), 0, 15, null).isEmpty(), "a resource without a region");
        refused(ErrorCode.MISSING_PARAMETER, query.check(null, "keypair", "ap-guangzhou", ids, 0, 15, null));
        refused(ErrorCode.MISSING_PARAMETER, query.check("cvm", "keypair", "ap-guangzhou", List.of(), 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_SERVICE_TYPE_INVALID,
                query.check("c v m", "keypair", "ap-guangzhou", ids, 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_PREFIX_INVALID,
                query.check("cvm", "key/pair", "ap-guangzhou", ids, 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_REGION_INVALID,
                query.check("cvm", "keypair", "", ids, 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_REGION_INVALID,
                query.check("cvm", "keypair", "ap-atlantis", ids, 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_ID_INVALID,
                query.check("cvm", "keypair", "ap-guangzhou", List.of("ins-1"), 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE_RESOURCE_ID_INVALID, query.check("cvm", "keypair", "ap-guangzhou",
                IntStream.range(0, 51).mapToObj(i -> String.format("skey-%08d", i)).toList(), 0, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE, query.check("cvm", "keypair", "ap-guangzhou", ids, 10, 15, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE, query.check("cvm", "keypair", "ap-guangzhou", ids, 0, 0, null));
        refused(ErrorCode.INVALID_PARAMETER_VALUE, query.check("cvm", "keypair", "ap-guangzhou", ids, 0, 15, "Mine"));
    }

    private static void refused(ErrorCode code, Optional<ApiError> error) {
        ApiError refusal = error.orElseThrow(() -> new AssertionError("accepted, expected " + code));
        assertEquals(code, refusal.code(), refusal.message());
        assertEquals(OptionalInt.empty(), refusal.httpStatus(), "Tencent answers errors in a normal response");
    }

    private static List<ApiCode> codes(List<ApiError> errors) {
        return errors.stream().map(ApiError::code).toList();
    }
}
