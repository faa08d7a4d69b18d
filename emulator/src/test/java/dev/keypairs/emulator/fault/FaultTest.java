package dev.keypairs.emulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Fault rules written in a test's terms are the rules the same document gives, and are refused as it would be. */
class FaultTest {

    private static void refused(ToolCode code, String message, Fault... faults) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Fault.rules(faults));
        assertEquals(code.code() + ": " + message, refused.getMessage());
        assertEquals(code, assertInstanceOf(FaultRulesException.class, refused.getCause()).code());
    }

    @Test
    void theTypedRulesAreTheDocumentsRules() throws Exception {
        FaultRules typed = Fault.rules(42,
                Fault.answering("QuotaExceed.KeyPair").provider(Provider.ALIBABA).action("ImportKeyPair")
                        .region("cn-hangzhou").accessKeyId("ci").probability(0.25).latency(Duration.ofMillis(150)),
                Fault.answering("RequestLimitExceeded").provider(Provider.TENCENT).every(3, 10),
                Fault.waiting(Duration.ofMillis(5)));

        assertEquals(FaultRulesJson.read("""
                {"seed": 42, "rules": [
                  {"provider": "alibaba", "action": "ImportKeyPair", "region": "cn-hangzhou", "accessKeyId": "ci",
                   "code": "QuotaExceed.KeyPair", "probability": 0.25, "latencyMs": 150},
                  {"provider": "tencent", "code": "RequestLimitExceeded", "every": "3/10"},
                  {"latencyMs": 5}
                ]}"""), typed);
        assertEquals(FaultRules.DEFAULT_SEED, Fault.rules(Fault.answering("Throttling")).seed());
        assertEquals(FaultRules.NONE, Fault.rules());
    }

    @Test
    void aRuleTheDocumentWouldRefuseIsRefusedWithItsCode() {
        refused(ToolCode.INVALID_SETTING, "rules[0].code Throttling is not answered by tencent; Throttling is"
                + " alibaba's", Fault.answering("Throttling").provider(Provider.TENCENT));
        refused(ToolCode.CONFLICTING_FIELDS, "rules[1] gives both probability and every; a rule fires either by"
                + " chance or on the first N of every M calls", Fault.waiting(Duration.ofMillis(1)),
                Fault.answering("Throttling").probability(0.5).every(1, 2));
        refused(ToolCode.INVALID_SETTING, "rules[0].every is '3/2'; it takes \"N/M\", the first N of every M matching"
                + " calls, 0 < N <= M (e.g. \"3/10\")", Fault.answering("Throttling").every(3, 2));
        refused(ToolCode.INVALID_SETTING, "rules[0] does nothing: give it a code to answer, a latencyMs to wait, or"
                + " both", Fault.waiting(Duration.ZERO));
    }
}
