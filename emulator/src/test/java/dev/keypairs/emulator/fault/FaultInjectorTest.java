package dev.keypairs.emulator.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.wire.CallFacts;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which calls the rules match and fire on, repeatably; what they answer; and their replacement. */
class FaultInjectorTest {

    private static final CallFacts ALIBABA_IMPORT = new CallFacts(Provider.ALIBABA, "ImportKeyPair", "cn-hangzhou",
            "key-a", "memory:x");
    private static final CallFacts TENCENT_DESCRIBE = new CallFacts(Provider.TENCENT, "DescribeKeyPairs",
            "ap-guangzhou", "key-t", "memory:x");

    /** The code a call is refused with; null when it is let through. */
    private static String outcome(FaultInjector injector, CallFacts call) {
        try {
            injector.admit(call);
            return null;
        } catch (WireException refusal) {
            return refusal.code().code(call.provider());
        } catch (ApiErrorException refusal) {
            return refusal.error().code().code();
        }
    }

    private static FaultInjector injector(String json) throws FaultRulesException {
        return new FaultInjector(FaultRulesJson.read(json));
    }

    @Test
    void eachFieldGivenNarrowsTheCallsMatched() throws Exception {
        for (String field : List.of("\"provider\": \"alibaba\"", "\"action\": \"ImportKeyPair\"",
                "\"region\": \"cn-hangzhou\"", "\"accessKeyId\": \"key-a\"")) {
            FaultInjector injector = injector("{\"rules\": [{" + field + ", \"code\": \"InvalidParameter\"}]}");
            assertEquals("InvalidParameter", outcome(injector, ALIBABA_IMPORT), field);
            assertEquals(null, outcome(injector, TENCENT_DESCRIBE), field);
        }
        FaultInjector all = injector("{\"rules\": [{\"code\": \"InvalidParameter\"}]}");
        assertEquals("InvalidParameter", outcome(all, ALIBABA_IMPORT));
        assertEquals("InvalidParameter", outcome(all, TENCENT_DESCRIBE));
        FaultInjector alibabasCode = injector("{\"rules\": [{\"code\": \"Throttling\"}]}");
        assertEquals("Throttling", outcome(alibabasCode, ALIBABA_IMPORT));
        assertEquals(null, outcome(alibabasCode, TENCENT_DESCRIBE), "a code only Alibaba answers");
    }

    @Test
    void documentedCodesComeAsTheAccountModelsAndCommonOnesAsTheWires() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"provider\": \"alibaba\", \"code\": \"QuotaExceed.KeyPair\"},"
                + " {\"provider\": \"tencent\", \"code\": \"RequestLimitExceeded\"}]}");
        ApiErrorException quota = (ApiErrorException) assertRefused(injector, ALIBABA_IMPORT);
        assertEquals(ErrorCode.QUOTA_EXCEED_KEY_PAIR, quota.error().code());
        assertEquals(403, quota.error().httpStatus().orElseThrow());
        assertTrue(quota.error().message().contains("rules[0]"), quota.error().message());
        ApiErrorException limit = (ApiErrorException) assertRefused(injector, TENCENT_DESCRIBE);
        assertEquals(ErrorCode.REQUEST_LIMIT_EXCEEDED, limit.error().code());

        WireException unavailable = (WireException) assertRefused(injector("{\"rules\": [{\"code\":"
                + " \"ServiceUnavailable\"}]}"), ALIBABA_IMPORT);
        assertEquals(ProtocolCode.UNAVAILABLE, unavailable.code());
    }

    @Test
    void aStatusTheDefinitionsGivePerActionIsThatActionsStatus() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"provider\": \"alibaba\", \"code\": \"MissingParameter\"}]}");
        ApiErrorException join = (ApiErrorException) assertRefused(injector, new CallFacts(Provider.ALIBABA,
                "JoinResourceGroup", "cn-hangzhou", "k", "memory:x"));
        assertEquals(403, join.error().httpStatus().orElseThrow());
        ApiErrorException describe = (ApiErrorException) assertRefused(injector, ALIBABA_IMPORT);
        assertEquals(400, describe.error().httpStatus().orElseThrow());
    }

    private static Exception assertRefused(FaultInjector injector, CallFacts call) {
        try {
            injector.admit(call);
        } catch (WireException | ApiErrorException refusal) {
            return refusal;
        }
        throw new AssertionError("let through: " + call);
    }

    @Test
    void everyNOfMFiresOnTheFirstNOfEachCycleCountingEachRulesMatchesApart() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"provider\": \"alibaba\", \"code\": \"Throttling\","
                + " \"every\": \"2/5\"}, {\"provider\": \"tencent\", \"code\": \"RequestLimitExceeded\", \"every\":"
                + " \"1/3\"}]}");
        List<String> alibaba = new ArrayList<>();
        List<String> tencent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            alibaba.add(outcome(injector, ALIBABA_IMPORT));
            tencent.add(outcome(injector, TENCENT_DESCRIBE));
        }
        List<String> expectedAlibaba = new ArrayList<>();
        List<String> expectedTencent = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            expectedAlibaba.add(i % 5 < 2 ? "Throttling" : null);
            expectedTencent.add(i % 3 < 1 ? "RequestLimitExceeded" : null);
        }
        assertEquals(expectedAlibaba, alibaba);
        assertEquals(expectedTencent, tencent);
    }

    @Test
    void probabilitiesRepeatUnderASeedAndFollowTheirRate() throws Exception {
        String rules = "\"rules\": [{\"code\": \"InvalidParameter\", \"probability\": 0.3}]";
        List<String> first = draws(injector("{\"seed\": 7, " + rules + "}"), 2_000);
        List<String> again = draws(injector("{\"seed\": 7, " + rules + "}"), 2_000);
        List<String> other = draws(injector("{\"seed\": 8, " + rules + "}"), 2_000);
        assertEquals(first, again, "the same seed and calls give the same faults");
        assertNotEquals(first, other);
        long refused = first.stream().filter(code -> code != null).count();
        assertTrue(refused > 500 && refused < 700, refused + " of 2000 at 0.3");
        assertEquals(0, draws(injector("{\"rules\": [{\"code\": \"InvalidParameter\", \"probability\": 0}]}"), 500)
                .stream().filter(code -> code != null).count());
        assertEquals(500, draws(injector("{\"rules\": [{\"code\": \"InvalidParameter\", \"probability\": 1}]}"), 500)
                .stream().filter(code -> code != null).count());
    }

    private static List<String> draws(FaultInjector injector, int calls) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            outcomes.add(outcome(injector, i % 2 == 0 ? ALIBABA_IMPORT : TENCENT_DESCRIBE));
        }
        return outcomes;
    }

    @Test
    void latenciesOfTheRulesFiredAddUpAndTheFirstCodeFiredAnswers() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"latencyMs\": 60}, {\"action\": \"DescribeKeyPairs\","
                + " \"latencyMs\": 1000}, {\"code\": \"InvalidParameter\", \"every\": \"1/2\", \"latencyMs\": 60},"
                + " {\"code\": \"MissingParameter\"}]}");
        long started = System.nanoTime();
        Exception refusal = assertRefused(injector, ALIBABA_IMPORT);
        long waited = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waited >= 120 && waited < 1_000, waited + " ms");
        assertEquals("InvalidParameter", ((ApiErrorException) refusal).error().code().code());
        // The third rule's second match does not fire: the fourth answers.
        assertEquals("MissingParameter", outcome(injector, ALIBABA_IMPORT));
    }

    @Test
    void replacingTheRulesTakesEffectAtOnceWithCountsAfresh() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"code\": \"Throttling\", \"every\": \"1/2\"}]}");
        assertEquals("Throttling", outcome(injector, ALIBABA_IMPORT));
        assertEquals(null, outcome(injector, ALIBABA_IMPORT));
        FaultRules next = FaultRulesJson.read("{\"rules\": [{\"code\": \"Throttling\", \"every\": \"1/3\"}]}");
        injector.replace(next);
        assertEquals(next, injector.rules());
        assertEquals("Throttling", outcome(injector, ALIBABA_IMPORT), "a fresh count");
        injector.replace(FaultRules.NONE);
        for (int i = 0; i < 5; i++) {
            assertEquals(null, outcome(injector, ALIBABA_IMPORT));
        }
    }

    @Test
    void anInterruptedWaitIsRefusedAsTheEmulatorStopping() throws Exception {
        FaultInjector injector = injector("{\"rules\": [{\"latencyMs\": 10000}]}");
        Thread.currentThread().interrupt();
        try {
            WireException stopping = assertInstanceOf(WireException.class, assertRefused(injector, ALIBABA_IMPORT));
            assertEquals(ProtocolCode.UNAVAILABLE, stopping.code());
            assertTrue(Thread.interrupted(), "the interrupt is kept");
        } finally {
            Thread.interrupted();
        }
    }
}
