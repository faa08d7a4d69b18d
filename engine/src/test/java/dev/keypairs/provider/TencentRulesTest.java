package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TencentRulesTest {

    private static final TencentRules RULES = (TencentRules) ProviderRules.of(Provider.TENCENT);
    private static final String RSA = Fixtures.text("rsa-2048.pub");

    @ParameterizedTest
    @ValueSource(strings = {"a", "deploy_key", "A1_b2", "_", "0123456789012345678901234"})
    void validNames(String name) {
        assertEquals(List.of(), RULES.checkName(name));
    }

    @Test
    void emptyTooLongAndIllegalEachHaveTheirCode() {
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_EMPTY), codes(RULES.checkName("")));
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_TOO_LONG), codes(RULES.checkName("a".repeat(26))));
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR), codes(RULES.checkName("deploy-key")));
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_TOO_LONG, ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR),
                codes(RULES.checkName("a-".repeat(13))));
    }

    @Test
    void namesAreCountedInCodePoints() {
        String scriptA = new String(Character.toChars(0x1D49C));
        List<ApiCode> twentyFive = codes(RULES.checkName(scriptA.repeat(25)));
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR), twentyFive,
                "25 supplementary letters are 25 characters: illegal, not too long");
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_TOO_LONG, ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR),
                codes(RULES.checkName(scriptA.repeat(26))));
    }

    @Test
    void onlyOpenSshRsaIsAccepted() {
        assertTrue(RULES.validate(importing("deploy", RSA)).isValid());
        assertTrue(RULES.validate(importing("deploy", Fixtures.text("rsa-4096.pub"))).isValid());
        for (String fixture : List.of("dsa-1024.pub", "ecdsa-256.pub", "ed25519.pub", "rsa-2048-cert.pub")) {
            List<ApiError> errors = RULES.validate(importing("deploy", Fixtures.text(fixture))).errors();
            assertEquals(List.of(ErrorCode.INVALID_PUBLIC_KEY_MALFORMED), codes(errors), fixture);
            assertEquals(OptionalInt.empty(), errors.get(0).httpStatus());
        }
    }

    @Test
    void projectIdMustBeZeroOrMore() {
        assertTrue(RULES.validate(TencentKeyPairRequest.importing("ap-guangzhou", "k", RSA, 0L)).isValid());
        assertTrue(RULES.validate(TencentKeyPairRequest.importing("ap-guangzhou", "k", RSA, 1_234_567L)).isValid());
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE),
                codes(RULES.validate(TencentKeyPairRequest.importing("ap-guangzhou", "k", RSA, -1L)).errors()));
    }

    @Test
    void missingParametersAndUnknownRegion() {
        List<ApiError> errors = RULES.validate(TencentKeyPairRequest.importing(null, null, null, null)).errors();
        assertEquals(4, errors.size());
        errors.forEach(error -> assertEquals(ErrorCode.MISSING_PARAMETER, error.code()));
        assertTrue(errors.get(0).message().contains("\"Region\""));

        assertEquals(ErrorCode.UNSUPPORTED_REGION, RULES.checkRegion("cn-hangzhou").orElseThrow().code());
        assertTrue(RULES.checkRegion("ap-shenzhen-fsi").isEmpty());
    }

    @Test
    void oneCallReturnsEveryProblem() {
        List<ApiCode> codes = codes(RULES.validate(
                TencentKeyPairRequest.importing("ap-atlantis", "", Fixtures.text("private-openssh.txt"), -5L)).errors());
        assertEquals(List.of(ErrorCode.UNSUPPORTED_REGION, ErrorCode.INVALID_KEY_PAIR_NAME_EMPTY,
                ErrorCode.INVALID_PARAMETER_VALUE, ErrorCode.INVALID_PUBLIC_KEY_MALFORMED), codes);
    }

    @Test
    void documentedLimitsAndErrors() {
        assertEquals(500, RULES.defaultQuota());
        assertEquals(100, RULES.maxDescribePageSize());
        assertEquals(100, RULES.maxDeleteBatch());
        for (ApiCall call : List.of(ApiCall.IMPORT_KEY_PAIR, ApiCall.CREATE_KEY_PAIR, ApiCall.DESCRIBE_KEY_PAIRS,
                ApiCall.DELETE_KEY_PAIRS, ApiCall.MODIFY_KEY_PAIR_ATTRIBUTE)) {
            assertEquals(OptionalInt.of(10), RULES.requestsPerSecond(call), call.action());
        }
        assertEquals(OptionalInt.of(20), RULES.requestsPerSecond(ApiCall.MODIFY_RESOURCE_TAGS), "the Tag API's 20");
        assertTrue(RULES.requestLimitExceeded(ApiCall.MODIFY_RESOURCE_TAGS).message().contains("20"));
        assertEquals(OptionalInt.empty(), RULES.requestsPerSecond(ApiCall.TAG_RESOURCES));
        assertEquals(ErrorCode.INVALID_KEY_PAIR_LIMIT_EXCEEDED, RULES.quotaExceeded("ap-guangzhou", 500).code());
        assertEquals(ErrorCode.INVALID_KEY_PAIR_NAME_DUPLICATE, RULES.nameTaken("ap-guangzhou", "k").code());
        assertEquals(ErrorCode.INVALID_PUBLIC_KEY_DUPLICATE, RULES.publicKeyTaken("ap-guangzhou", "k").code());
        assertEquals(ErrorCode.REQUEST_LIMIT_EXCEEDED, RULES.requestLimitExceeded(ApiCall.IMPORT_KEY_PAIR).code());
    }

    @Test
    void importAndCreateCheckTheirTagSpecificationWithTheirOwnCodes() {
        List<Tag> good = List.of(new Tag("team", "web"), new Tag("环境", "生产 A"));
        assertTrue(RULES.validate(TencentKeyPairRequest.importing("ap-guangzhou", "k", RSA, 0L, good)).isValid());
        List<Tag> reserved = List.of(new Tag("qcloud:owner", "x"));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE), codes(RULES.validate(
                TencentKeyPairRequest.importing("ap-guangzhou", "k", RSA, 0L, reserved)).errors()),
                "ImportKeyPair's definition lists no TagKeyReserved");
        assertEquals(List.of(ErrorCode.FAILED_OPERATION_TAG_KEY_RESERVED), codes(RULES.validate(
                TencentKeyPairRequest.creating("ap-guangzhou", "k", 0L, reserved)).errors()));
        List<Tag> fiftyOne = IntStream.range(0, 51).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals(List.of(ErrorCode.LIMIT_EXCEEDED_TAG_RESOURCE_QUOTA), codes(RULES.checkTags(
                ApiCall.CREATE_KEY_PAIR, fiftyOne)));
        assertEquals(List.of(), RULES.checkTags(ApiCall.IMPORT_KEY_PAIR, fiftyOne.subList(0, 50)));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE, ErrorCode.INVALID_PARAMETER_VALUE),
                codes(RULES.checkTags(ApiCall.IMPORT_KEY_PAIR, List.of(new Tag("a", ""), new Tag("a", "b")))),
                "an empty value, a key twice");
        assertThrows(IllegalArgumentException.class, () -> RULES.checkTags(ApiCall.MODIFY_RESOURCE_TAGS, good));
    }

    @Test
    void modifyKeyPairAttributeTakesAKeyIdAndANameOrADescription() {
        assertEquals(List.of(), RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", "new_name", null));
        assertEquals(List.of(), RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", null, "d".repeat(60)));
        assertEquals(List.of(), RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", "n", ""));
        assertEquals(List.of(ErrorCode.MISSING_PARAMETER), codes(RULES.checkModifyKeyPairAttribute(null, "n", null)));
        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_ID_MALFORMED),
                codes(RULES.checkModifyKeyPairAttribute("key-1", "n", null)));
        assertEquals(List.of(ErrorCode.MISSING_PARAMETER),
                codes(RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", null, null)), "neither name nor description");
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE),
                codes(RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", null, "鍵".repeat(61))),
                "61 characters, counted as characters");
        // The action's definition lists none of ImportKeyPair's name codes: each broken name rule is its own.
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE, ErrorCode.INVALID_PARAMETER_VALUE),
                codes(RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", "a-".repeat(13), null)));
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_VALUE),
                codes(RULES.checkModifyKeyPairAttribute("skey-a1b2c3d4", "", null)));
    }

    @Test
    void describePagesAndDeleteBatches() {
        assertTrue(RULES.checkDescribePage(1, 100).isEmpty());
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_OFFSET, RULES.checkDescribePage(0, 10).orElseThrow().code());
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_OFFSET, RULES.checkDescribeWindow(-1, 10).orElseThrow().code());
        for (int limit : new int[] {0, -1, 101}) {
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_LIMIT, RULES.checkDescribeWindow(0, limit).orElseThrow().code());
        }
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> String.format("skey-%08d", i)).toList();
        assertTrue(RULES.checkDeleteBatch(hundred).isEmpty());
        List<String> more = new ArrayList<>(hundred);
        more.add("skey-00000999");
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED, RULES.checkDeleteBatch(more).orElseThrow().code());
        for (String malformed : List.of("skey-1", "skey-ABCDEFGH", "key-00000000", "skey-0000000000", "deploy")) {
            assertEquals(ErrorCode.INVALID_KEY_PAIR_ID_MALFORMED,
                    RULES.checkDeleteBatch(List.of(malformed)).orElseThrow().code(), malformed);
        }
        assertEquals(ErrorCode.MISSING_PARAMETER, RULES.checkDeleteBatch(List.of()).orElseThrow().code());
    }

    @Test
    void describeSelectsByKeyIdsOrTheFiveDocumentedFilters() {
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> String.format("skey-%08d", i)).toList();
        assertTrue(RULES.describe().checkSelection(hundred, List.of()).isEmpty());
        List<String> more = new ArrayList<>(hundred);
        more.add("skey-00000999");
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED, selection(more).code());
        for (String malformed : List.of("skey-1", "skey-ABCDEFGH", "deploy", "")) {
            assertEquals(ErrorCode.INVALID_KEY_PAIR_ID_MALFORMED, selection(List.of(malformed)).code(), malformed);
        }
        assertEquals(ErrorCode.INVALID_PARAMETER, RULES.describe().checkSelection(List.of("skey-00000000"),
                List.of(Map.entry("key-name", List.of("a")))).orElseThrow().code(), "KeyIds and Filters together");

        for (String name : List.of("key-name", "project-id", "tag-key", "tag-value", "tag:team", "tag:a:b")) {
            assertTrue(RULES.describe().checkSelection(List.of(), List.of(Map.entry(name, List.of("1", "2", "3", "4",
                    "5")))).isEmpty(), name);
        }
        for (String name : List.of("key-id", "tag:", "Key-Name", "tag", "zone", "")) {
            assertEquals(ErrorCode.INVALID_FILTER, filters(Map.entry(name, List.of("a"))).code(), name);
        }
        assertEquals(ErrorCode.INVALID_FILTER_VALUE_LIMIT_EXCEEDED,
                filters(Map.entry("key-name", List.of("1", "2", "3", "4", "5", "6"))).code());
        assertEquals(ErrorCode.MISSING_PARAMETER, filters(Map.entry("tag-key", List.of())).code());
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, filters(Map.entry("project-id", List.of("seven"))).code());
        List<Map.Entry<String, List<String>>> ten = IntStream.range(0, 10)
                .mapToObj(i -> Map.entry("tag:k" + i, List.of("v"))).toList();
        assertTrue(RULES.describe().checkSelection(List.of(), ten).isEmpty());
        List<Map.Entry<String, List<String>>> eleven = new ArrayList<>(ten);
        eleven.add(Map.entry("key-name", List.of("a")));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE_LIMIT_EXCEEDED,
                RULES.describe().checkSelection(List.of(), eleven).orElseThrow().code());
        assertEquals(Optional.of("a:b"), TencentRules.tagFilterKey("tag:a:b"));
        assertEquals(Optional.empty(), TencentRules.tagFilterKey("tag-key"));
    }

    private static ApiError selection(List<String> keyIds) {
        return RULES.describe().checkSelection(keyIds, List.of()).orElseThrow();
    }

    @SafeVarargs
    private static ApiError filters(Map.Entry<String, List<String>>... filters) {
        return RULES.describe().checkSelection(List.of(), List.of(filters)).orElseThrow();
    }

    @Test
    void anotherProvidersRequestIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RULES.validate(
                AlibabaKeyPairRequest.creating("cn-hangzhou", "x", List.of(), null)));
    }

    private static TencentKeyPairRequest importing(String name, String key) {
        return TencentKeyPairRequest.importing("ap-guangzhou", name, key, 0L);
    }

    private static List<ApiCode> codes(List<ApiError> errors) {
        return errors.stream().map(ApiError::code).toList();
    }
}
