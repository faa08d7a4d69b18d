package dev.keypairs.emulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fault rules read from JSON into typed values, and every bad document refused with a code and a clear message. */
class FaultRulesJsonTest {

    private static FaultRulesException refused(ToolCode code, String json, String says) {
        FaultRulesException refused = assertThrows(FaultRulesException.class, () -> FaultRulesJson.read(json));
        assertEquals(code, refused.code(), refused.getMessage());
        assertTrue(refused.getMessage().contains(says), refused.getMessage());
        return refused;
    }

    @Test
    void aDocumentIsReadIntoTypedRulesWithItsCodesResolved() throws Exception {
        FaultRules rules = FaultRulesJson.read("""
                {"seed": 42, "rules": [
                  {"provider": "alibaba", "action": "ImportKeyPair", "region": "cn-hangzhou", "accessKeyId": "ci",
                   "code": "QuotaExceed.KeyPair", "probability": 0.25, "latencyMs": 150},
                  {"provider": "tencent", "code": "RequestLimitExceeded", "every": "3/10"},
                  {"latencyMs": 5}
                ]}""");
        assertEquals(42, rules.seed());
        FaultRule quota = rules.rules().get(0);
        assertEquals(Provider.ALIBABA, quota.provider());
        assertEquals("ImportKeyPair", quota.action());
        assertEquals("cn-hangzhou", quota.region());
        assertEquals("ci", quota.accessKeyId());
        assertEquals(Map.of(Provider.ALIBABA, ErrorCode.QUOTA_EXCEED_KEY_PAIR), quota.code().documented());
        assertEquals(0.25, quota.probability());
        assertEquals(Duration.ofMillis(150), quota.latency());
        FaultRule throttle = rules.rules().get(1);
        assertEquals(new FaultRule.Every(3, 10), throttle.every());
        assertEquals(Map.of(Provider.TENCENT, ErrorCode.REQUEST_LIMIT_EXCEEDED), throttle.code().documented());
        FaultRule latency = rules.rules().get(2);
        assertNull(latency.code());
        assertEquals(EnumSet.allOf(Provider.class), latency.providers());
    }

    @Test
    void theSeedIsOptionalAndRulesMayBeNone() throws Exception {
        assertEquals(FaultRules.NONE, FaultRulesJson.read("{\"rules\": []}"));
        assertEquals(new FaultRules(-7, java.util.List.of()), FaultRulesJson.read("{\"seed\": -7, \"rules\": []}"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        FaultRules rules = FaultRulesJson.read("""
                {"seed": 3, "rules": [{"provider": "alibaba", "action": "DescribeKeyPairs", "code": "Throttling",
                 "every": "1/2", "latencyMs": 10}, {"region": "ap-guangzhou", "accessKeyId": "k", "probability": 0.5,
                 "code": "InternalServerError"}]}""");
        String written = FaultRulesJson.write(rules).toString();
        assertEquals(rules, FaultRulesJson.read(written));
        assertEquals("{\"seed\":3,\"rules\":[{\"provider\":\"alibaba\",\"action\":\"DescribeKeyPairs\",\"code\":"
                + "\"Throttling\",\"every\":\"1/2\",\"latencyMs\":10},{\"region\":\"ap-guangzhou\",\"accessKeyId\":\"k\","
                + "\"code\":\"InternalServerError\",\"probability\":0.5}]}", written);
    }

    @Test
    void aCodeWithoutAProviderAppliesToTheProvidersThatAnswerIt() throws Exception {
        FaultRules rules = FaultRulesJson.read("""
                {"rules": [{"code": "Throttling"}, {"code": "RequestLimitExceeded"}, {"code": "InvalidParameter"},
                 {"code": "ServiceUnavailable"}, {"code": "InternalServerError"},
                 {"action": "ModifyKeyPairAttribute", "code": "InvalidParameter"}]}""");
        assertEquals(Set.of(Provider.ALIBABA), rules.rules().get(0).providers());
        assertEquals(Map.of(Provider.ALIBABA, ProtocolCode.THROTTLED), rules.rules().get(0).code().common());
        assertEquals(Set.of(Provider.TENCENT), rules.rules().get(1).providers());
        assertEquals(EnumSet.allOf(Provider.class), rules.rules().get(2).providers());
        assertEquals(Set.of(Provider.ALIBABA), rules.rules().get(3).providers());
        assertEquals(Map.of(Provider.ALIBABA, ProtocolCode.UNAVAILABLE), rules.rules().get(3).code().common());
        // InternalServerError: Tencent documents it; Alibaba answers no such code (its own is InternalError).
        assertEquals(Set.of(Provider.TENCENT), rules.rules().get(4).providers());
        // An action only Tencent serves narrows the rule to Tencent.
        assertEquals(Set.of(Provider.TENCENT), rules.rules().get(5).providers());
    }

    @Test
    void badDocumentsAreRefusedNamingTheFieldAndWhatItTakes() {
        refused(ToolCode.UNKNOWN_FIELD, "{\"rules\": [{\"code\": \"Throttling\", \"probabilty\": 0.5}]}",
                "rules[0] has an unknown field 'probabilty'");
        refused(ToolCode.UNKNOWN_FIELD, "{\"seeds\": 1, \"rules\": []}", "unknown field 'seeds'");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": \"Throttling\", \"probability\": 1.5}]}",
                "rules[0].probability is 1.5; it takes a number from 0 to 1");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": \"Throttling\", \"probability\": \"half\"}]}",
                "it takes a number from 0 to 1");
        refused(ToolCode.UNKNOWN_PROVIDER, "{\"rules\": [{\"provider\": \"aws\", \"code\": \"Throttling\"}]}",
                "rules[0].provider is 'aws'; it takes alibaba or tencent");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": \"Throttled\"}]}",
                "rules[0].code is 'Throttled', which neither provider answers");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"provider\": \"tencent\", \"code\": \"Throttling\"}]}",
                "rules[0].code Throttling is not answered by tencent");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"action\": \"ModifyKeyPairAttribute\", \"code\":"
                + " \"QuotaExceed.KeyPair\"}]}", "is not answered by the provider serving ModifyKeyPairAttribute");
        refused(ToolCode.CONFLICTING_FIELDS, "{\"rules\": [{\"code\": \"Throttling\", \"probability\": 0.5, \"every\":"
                + " \"1/2\"}]}", "rules[0] gives both probability and every");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": \"Throttling\", \"every\": \"3/2\"}]}",
                "rules[0].every is '3/2'; it takes \"N/M\"");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": \"Throttling\", \"every\": \"0/2\"}]}",
                "rules[0].every is '0/2'");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"action\": \"DescribeKeyPair\", \"code\": \"Throttling\"}]}",
                "rules[0].action is 'DescribeKeyPair', an action neither provider serves");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"provider\": \"alibaba\", \"action\": \"ModifyKeyPairAttribute\","
                + " \"latencyMs\": 1}]}", "rules[0].action is 'ModifyKeyPairAttribute', an action alibaba does not serve");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"latencyMs\": 60001}]}",
                "rules[0].latencyMs is 60001; it takes milliseconds from 0 to 60000");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"latencyMs\": -1}]}", "rules[0].latencyMs is -1");
        // Past 64 bits: never wrapped around to a small latency (2^64 + 1 would be 1 ms).
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"latencyMs\": 18446744073709551617}]}",
                "rules[0].latencyMs is 18446744073709551617");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"region\": \"cn-hangzhou\"}]}",
                "rules[0] does nothing: give it a code to answer, a latencyMs to wait, or both");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"region\": \"\", \"latencyMs\": 1}]}",
                "rules[0].region is \"\"; it takes a non-empty string");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"code\": 400}]}", "rules[0].code is 400");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [{\"latencyMs\": 1},]}", "the fault rules are not JSON");
        refused(ToolCode.INVALID_SETTING, "[]", "the fault rules are a JSON object");
        refused(ToolCode.INVALID_SETTING, "{\"seed\": 1}", "rules is missing; it takes a list of rules ([] for none)");
        refused(ToolCode.INVALID_SETTING, "{\"seed\": 1.5, \"rules\": []}", "seed is 1.5; it takes a whole number");
        refused(ToolCode.INVALID_SETTING, "{\"rules\": [\"Throttling\"]}", "rules[0] is \"Throttling\"; a rule is an"
                + " object");
    }
}
