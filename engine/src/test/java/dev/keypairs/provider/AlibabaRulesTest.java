package dev.keypairs.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlibabaRulesTest {

    private static final ProviderRules RULES = ProviderRules.of(Provider.ALIBABA);
    private static final String RSA = Fixtures.text("rsa-2048.pub");
    /** U+1D49C MATHEMATICAL SCRIPT CAPITAL A: a letter outside the Basic Multilingual Plane (two UTF-16 units). */
    private static final String SCRIPT_A = new String(Character.toChars(0x1D49C));

    @ParameterizedTest
    @ValueSource(strings = {"ab", "deploy-key", "ci:key_1", "Z9", "k密钥", "kКлюч-1", "aΩ٣"})
    void validNames(String name) {
        assertEquals(List.of(), RULES.checkName(name));
    }

    @Test
    void namesAreCountedInCodePoints() {
        String longest = "a" + SCRIPT_A.repeat(127);
        assertEquals(256 - 1, longest.length(), "UTF-16 units");
        assertEquals(List.of(), RULES.checkName(longest));
        assertEquals(List.of(), RULES.checkName("a" + SCRIPT_A));

        List<ApiError> tooLong = RULES.checkName(longest + SCRIPT_A);
        assertEquals(1, tooLong.size());
        assertEquals(ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED, tooLong.get(0).code());
        assertTrue(tooLong.get(0).message().contains("not 129"), tooLong.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "", "1abc", "-abc", "éabc", "Ключ", "\uD835\uDC9Cabc", "has space", "dot.ted", "sla/sh",
        "https://x", "HTTP://x", "a\u0000b"})
    void invalidNames(String name) {
        List<ApiError> errors = RULES.checkName(name);
        assertFalse(errors.isEmpty(), name);
        errors.forEach(error -> {
            assertEquals(ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED, error.code());
            assertEquals(OptionalInt.of(400), error.httpStatus());
        });
    }

    @Test
    void everyBrokenNameRuleIsReported() {
        List<ApiError> errors = RULES.checkName("1" + "x y".repeat(50));
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void urlPrefixIsNamed() {
        assertTrue(RULES.checkName("http://example").stream()
                .anyMatch(error -> error.message().contains("http:// or https://")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rsa-1024.pub", "rsa-2048.pub", "rsa-4096.pub", "dsa-1024.pub", "ecdsa-256.pub",
        "ecdsa-384.pub", "ecdsa-521.pub", "rsa-2048-cert.pub", "dsa-1024-cert.pub", "ecdsa-256-cert.pub",
        "ecdsa-384-cert.pub", "ecdsa-521-cert.pub", "rsa-2048.rfc4716"})
    void acceptedKeys(String fixture) {
        ValidationResult result = RULES.validate(importing("deploy", Fixtures.text(fixture)));
        assertEquals(List.of(), result.errors());
        assertTrue(result.publicKey().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ed25519.pub", "ed25519-cert.pub"})
    void ed25519IsRefusedAsMalformed(String fixture) {
        List<ApiError> errors = RULES.validate(importing("deploy", Fixtures.text(fixture))).errors();
        assertEquals(1, errors.size());
        assertEquals(ErrorCode.INVALID_PUBLIC_KEY_BODY_MALFORMED, errors.get(0).code());
        assertTrue(errors.get(0).message().contains("does not accept ssh-ed25519"), errors.get(0).message());
    }

    @Test
    void privateKeyIsMalformedAndNamed() {
        String privateKey = Fixtures.text("private-pkcs8.txt");
        ApiError error = RULES.validate(importing("deploy", privateKey)).errors().get(0);
        assertEquals(ErrorCode.INVALID_PUBLIC_KEY_BODY_MALFORMED, error.code());
        assertTrue(error.message().contains("this is a private key"), error.message());
        privateKey.lines().filter(line -> !line.startsWith("-----"))
                .forEach(line -> assertFalse(error.message().contains(line.substring(0, 16)), error.message()));
    }

    @Test
    void missingParametersAreNamed() {
        List<ApiError> errors = RULES.validate(AlibabaKeyPairRequest.importing(null, null, null, null, null)).errors();
        assertEquals(List.of("RegionId", "KeyPairName", "PublicKeyBody"), errors.stream()
                .peek(error -> assertEquals(ErrorCode.MISSING_PARAMETER, error.code()))
                .peek(error -> assertEquals(OptionalInt.of(400), error.httpStatus()))
                .map(error -> error.message().replaceAll(".*\"(.*)\".*", "$1")).toList());
    }

    @Test
    void createNeedsNoPublicKey() {
        ValidationResult result = RULES.validate(AlibabaKeyPairRequest.creating("cn-hangzhou", "bastion",
                List.of(new Tag("team", "ops")), "rg-aek2abc"));
        assertTrue(result.isValid(), result.errors().toString());
        assertTrue(result.publicKey().isEmpty());
    }

    @Test
    void unknownRegionIs404() {
        ApiError error = RULES.checkRegion("cn-atlantis").orElseThrow();
        assertEquals(ErrorCode.INVALID_REGION_ID_NOT_FOUND, error.code());
        assertEquals(OptionalInt.of(404), error.httpStatus());
    }

    @Test
    void tagRules() {
        assertEquals(List.of(), tagCodes(new Tag("k".repeat(128), "v".repeat(128)), new Tag("team", ""),
                new Tag(SCRIPT_A.repeat(128), SCRIPT_A.repeat(128)), new Tag("k".repeat(65), "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("", "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("k".repeat(129), "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("aliyun-team", "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("acs:team", "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("ACS:team", "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_KEY_MALFORMED), tagCodes(new Tag("see-https://x", "v")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_VALUE_MALFORMED), tagCodes(new Tag("k", "v".repeat(129))));
        // A value may start with aliyun (the official definitions); acs: stays reserved, in any case.
        assertEquals(List.of(), tagCodes(new Tag("k", "aliyun"), new Tag("k2", "Aliyun-made")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_VALUE_MALFORMED), tagCodes(new Tag("k", "acs:x")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_VALUE_MALFORMED), tagCodes(new Tag("k", "ACS:x")));
        assertEquals(List.of(ErrorCode.INVALID_TAG_VALUE_MALFORMED), tagCodes(new Tag("k", "at http://x")));
        assertEquals(List.of(ErrorCode.DUPLICATE_TAG_KEY), tagCodes(new Tag("k", "1"), new Tag("k", "2")));
    }

    @Test
    void twentyTagsFitAndTwentyOneDoNot() {
        List<Tag> twenty = IntStream.rangeClosed(1, 20).mapToObj(i -> new Tag("k" + i, "v")).toList();
        assertEquals(List.of(), tagCodes(twenty.toArray(Tag[]::new)));
        List<Tag> more = new ArrayList<>(twenty);
        more.add(new Tag("k21", "v"));
        assertEquals(List.of(ErrorCode.QUOTA_EXCEED_TAGS), tagCodes(more.toArray(Tag[]::new)));
        assertEquals(OptionalInt.of(403), ((AlibabaRules) RULES).checkTags(more).get(0).httpStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"rg-", "RG-abc", "rg-ABC", "rg_abc", "abc", "rg-abc def"})
    void malformedResourceGroupIsNotFound(String resourceGroupId) {
        List<ApiError> errors = RULES.validate(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA,
                List.of(), resourceGroupId)).errors();
        assertEquals(1, errors.size());
        assertEquals(ErrorCode.INVALID_RESOURCE_GROUP_NOT_FOUND, errors.get(0).code());
        assertEquals(OptionalInt.of(404), errors.get(0).httpStatus());
    }

    @Test
    void oneCallReturnsEveryProblem() {
        AlibabaKeyPairRequest request = AlibabaKeyPairRequest.importing("cn-atlantis", "1bad",
                Fixtures.text("ed25519.pub"), List.of(new Tag("acs:x", "v")), "rg-UPPER");

        List<ApiCode> codes = RULES.validate(request).errors().stream().map(ApiError::code).toList();

        assertEquals(List.of(ErrorCode.INVALID_REGION_ID_NOT_FOUND, ErrorCode.INVALID_KEY_PAIR_NAME_MALFORMED,
                ErrorCode.INVALID_PUBLIC_KEY_BODY_MALFORMED, ErrorCode.INVALID_TAG_KEY_MALFORMED,
                ErrorCode.INVALID_RESOURCE_GROUP_NOT_FOUND), codes);
    }

    @Test
    void documentedLimits() {
        assertEquals(500, RULES.defaultQuota());
        assertEquals(50, RULES.maxDescribePageSize());
        assertEquals(100, RULES.maxDeleteBatch());
        for (ApiCall call : ApiCall.values()) {
            assertEquals(OptionalInt.empty(), RULES.requestsPerSecond(call), call.action());
        }
        assertEquals(ErrorCode.QUOTA_EXCEED_KEY_PAIR, RULES.quotaExceeded("cn-hangzhou", 500).code());
        assertEquals(OptionalInt.of(403), RULES.quotaExceeded("cn-hangzhou", 500).httpStatus());
        assertEquals(ErrorCode.KEY_PAIR_ALREADY_EXIST, RULES.nameTaken("cn-hangzhou", "x").code());
    }

    @Test
    void describePagesAndDeleteBatches() {
        assertTrue(RULES.checkDescribePage(1, 50).isEmpty());
        assertTrue(RULES.checkDescribePage(7, 1).isEmpty());
        for (int[] page : new int[][] {{0, 10}, {1, 0}, {1, 51}, {-1, 10}}) {
            ApiError error = RULES.checkDescribePage(page[0], page[1]).orElseThrow();
            assertEquals(ErrorCode.INVALID_PARAMETER, error.code());
            assertEquals(OptionalInt.of(400), error.httpStatus());
        }
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "k" + i).toList();
        assertTrue(RULES.checkDeleteBatch(hundred).isEmpty());
        List<String> more = new ArrayList<>(hundred);
        more.add("k100");
        ApiError tooMany = RULES.checkDeleteBatch(more).orElseThrow();
        assertEquals(ErrorCode.INSTANCE_KEY_PAIR_LIMIT_EXCEEDED, tooMany.code());
        assertEquals(OptionalInt.of(403), tooMany.httpStatus());
        ApiError none = RULES.checkDeleteBatch(List.of()).orElseThrow();
        assertEquals(ErrorCode.MISSING_PARAMETER, none.code());
        assertTrue(none.message().contains("\"KeyPairNames\""));
        assertEquals(ErrorCode.INVALID_RESOURCE_ID_NOT_FOUND, ((AlibabaRules) RULES).resourceNotFound("cn-hangzhou", "x")
                .code());
    }

    private static AlibabaKeyPairRequest importing(String name, String key) {
        return AlibabaKeyPairRequest.importing("cn-hangzhou", name, key, List.of(), null);
    }

    private static List<ApiCode> tagCodes(Tag... tags) {
        return RULES.validate(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA, List.of(tags), null))
                .errors().stream().map(ApiError::code).toList();
    }

    @Test
    void tagErrorsNameTheTagKeyNotOnlyItsPlace() {
        List<ApiError> errors = RULES.validate(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA,
                List.of(new Tag("team", "x"), new Tag("aliyun-team", "a"), new Tag("url", "see https://x")), null))
                .errors();
        assertEquals(List.of("Tag.2.Key 'aliyun-team' must not start with 'aliyun' or 'acs:'.",
                "Tag.3.Value of 'url' must not contain http:// or https://."),
                errors.stream().map(ApiError::message).toList());
    }

    /** JoinResourceGroup's definition gives MissingParameter 403, and takes ResourceType keypair in lowercase only. */
    @Test
    void joinResourceGroupAnswersItsOwnStatuses() {
        AlibabaRules alibaba = (AlibabaRules) RULES;
        for (ApiError missing : List.of(alibaba.checkJoinResourceGroup(null, "k", "rg-a").orElseThrow(),
                alibaba.checkJoinResourceGroup("cn-hangzhou", null, "rg-a").orElseThrow(),
                alibaba.checkJoinResourceGroup("cn-hangzhou", "k", null).orElseThrow(),
                alibaba.checkJoinResourceType(null).orElseThrow())) {
            assertEquals(ErrorCode.MISSING_PARAMETER, missing.code(), missing.message());
            assertEquals(OptionalInt.of(403), missing.httpStatus(), missing.message());
        }
        assertTrue(alibaba.checkJoinResourceGroup("cn-hangzhou", "k", "rg-a").isEmpty());
        assertEquals(ErrorCode.INVALID_RESOURCE_GROUP_NOT_FOUND,
                alibaba.checkJoinResourceGroup("cn-hangzhou", "k", "RG-A").orElseThrow().code());
        assertEquals(ErrorCode.INVALID_REGION_ID_NOT_FOUND,
                alibaba.checkJoinResourceGroup("cn-atlantis", "k", "rg-a").orElseThrow().code());
        assertEquals(OptionalInt.of(404), alibaba.checkRegion(ApiCall.TAG_RESOURCES, null).orElseThrow().httpStatus());
        assertEquals(ErrorCode.MISSING_PARAMETER_REGION_ID, alibaba.checkRegion(ApiCall.UNTAG_RESOURCES, null)
                .orElseThrow().code());
        assertEquals(OptionalInt.of(403), alibaba.checkRegion(ApiCall.JOIN_RESOURCE_GROUP, null).orElseThrow()
                .httpStatus());
        assertEquals(OptionalInt.of(400), alibaba.checkRegion(ApiCall.DELETE_KEY_PAIRS, null).orElseThrow()
                .httpStatus());
        assertTrue(alibaba.checkRegion(ApiCall.JOIN_RESOURCE_GROUP, "cn-hangzhou").isEmpty());
        assertTrue(alibaba.checkJoinResourceType("keypair").isEmpty());
        for (String other : List.of("KeyPair", "KEYPAIR", "instance")) {
            ApiError error = alibaba.checkJoinResourceType(other).orElseThrow();
            assertEquals(ErrorCode.INVALID_RESOURCE_TYPE_NOT_FOUND, error.code(), other);
            assertEquals(OptionalInt.of(404), error.httpStatus());
        }
    }
}
