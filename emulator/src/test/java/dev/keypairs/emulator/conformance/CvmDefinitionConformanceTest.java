package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The emulator against Tencent Cloud's official definition of CVM 2017-03-12 (the facts in
 * {@code tencent-cvm-2017-03-12.json}, from the definition tccli and the SDKs are generated from), through the
 * official Java SDK: every documented parameter of every served action taken (or refused with a code the action
 * or the API documents), every required one missing refused with a documented code, a parameter nobody
 * documents refused with {@code UnknownParameter}, every documented response field answered with its type (those
 * the definition requires and those its example shows) and nothing undocumented, and every documented code
 * answered for the condition it documents ({@link TencentConditions}) — or said why no emulated account meets it.
 */
class CvmDefinitionConformanceTest {

    static final OfficialDefinition CVM = OfficialDefinition.read("tencent-cvm-2017-03-12.json");

    /** The defined actions the emulator serves; the others are about instances. */
    static final Set<String> SERVED = Set.of("ImportKeyPair", "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPairs",
            "ModifyKeyPairAttribute", "DescribeRegions");

    private static Emulator emulator;
    private static Emulator quotaOfOne;
    private static TencentSamples samples;

    @BeforeAll
    static void start() throws Exception {
        emulator = TestEmulators.start();
        quotaOfOne = TestEmulators.start("rateLimit=off&tencentQuota=1", UnaryOperator.identity());
        samples = new TencentSamples(emulator, quotaOfOne);
    }

    @AfterAll
    static void stop() {
        emulator.close();
        quotaOfOne.close();
    }

    @Test
    void theDefinitionHoldsEveryServedAction() {
        assertTrue(CVM.actions().keySet().containsAll(SERVED), CVM.actions().keySet().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedParameterIsTaken() {
        return served().flatMap(action -> action.parameters().stream().map(parameter -> DynamicTest.dynamicTest(
                action.name() + " " + parameter.name(), () -> {
                    TencentSamples.Request request = samples.base(action.name());
                    request.body().set(parameter.name(), samples.sample(action.name(), parameter, request));
                    WireAnswer answer = samples.call(action.name(), request);
                    // A documented parameter is never unknown, however the API documents that code.
                    assertNotEquals("UnknownParameter", answer.code(), request.toString());
                    assertDocumented(action, answer, request);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredParameterMissingIsRefusedWithADocumentedCode() {
        return served().flatMap(action -> action.parameters().stream().filter(OfficialDefinition.Parameter::required)
                .map(parameter -> DynamicTest.dynamicTest(action.name() + " without " + parameter.name(), () -> {
                    TencentSamples.Request request = samples.base(action.name());
                    request.body().remove(parameter.name());
                    WireAnswer answer = samples.call(action.name(), request);
                    assertEquals("MissingParameter", answer.code(), request + ": " + answer);
                    assertDocumented(action, answer, request);
                })));
    }

    @TestFactory
    Stream<DynamicTest> aParameterNobodyDocumentsIsUnknown() {
        return served().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            TencentSamples.Request request = samples.base(action.name());
            request.body().put("KeyPairName", "deploy");
            WireAnswer answer = samples.call(action.name(), request);
            assertEquals("UnknownParameter", answer.code(), answer.toString());
            assertTrue(CVM.commonErrors().contains(answer.code()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerHasTheDocumentedFieldsWithTheirTypes() {
        return served().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            TencentSamples.Request request = samples.answering(action.name());
            WireAnswer answer = samples.call(action.name(), request);
            assertTrue(answer.succeeded(), action.name() + " " + request + ": " + answer);
            assertTrue(answer.body().path("RequestId").isTextual(), answer.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) answer.body()).remove("RequestId");
            assertEquals(List.of(), ResponseShape.differences(answer.body(), action.response(),
                    field -> field.required() || action.exampleFields().contains(field.path())
                            && !field.path().endsWith("PrivateKey")),
                    answer.body().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCodeIsAnsweredForItsCondition() {
        return TencentConditions.all().stream().map(condition -> DynamicTest.dynamicTest(
                condition.action() + " " + condition.code(), () -> {
                    assertTrue(CVM.action(condition.action()).errors().containsKey(condition.code()),
                            condition.action() + " documents no " + condition.code());
                    TencentSamples.Request request = condition.request().build(samples);
                    WireAnswer answer = samples.call(condition.action(), request);
                    assertEquals(condition.code(), answer.code(), request + ": " + answer);
                }));
    }

    @Test
    void everyDocumentedCodeOfAServedActionIsMetOrSaysWhyNot() {
        assertEquals(Set.of(), CVM.unaccountedCodes(SERVED, TencentConditions.all().stream()
                .map(condition -> condition.action() + " " + condition.code()).collect(Collectors.toSet()),
                TencentConditions.UNMET.keySet()), "each documented code has a condition, or a reason no account meets it");
    }

    @Test
    void aVersionItDoesNotServeIsNoSuchVersion() throws Exception {
        WireAnswer answer = new TencentWire(emulator.hostAndPort(), "cvm", "2017-03-13").call(TencentSamples.REGION,
                "DescribeKeyPairs", TencentSamples.JSON.createObjectNode());
        assertEquals("NoSuchVersion", answer.code(), answer.toString());
        assertTrue(CVM.commonErrors().contains(answer.code()));
    }

    @Test
    void theActionsItDoesNotServeAreUnknownToIt() throws Exception {
        for (String action : CVM.actions().keySet()) {
            if (!SERVED.contains(action)) {
                WireAnswer answer = samples.wire().call(TencentSamples.REGION, action,
                        TencentSamples.JSON.createObjectNode());
                assertEquals("InvalidAction", answer.code(), action + ": " + answer);
            }
        }
    }

    private static Stream<OfficialDefinition.Action> served() {
        return CVM.actions().values().stream().filter(action -> SERVED.contains(action.name()));
    }

    private static void assertDocumented(OfficialDefinition.Action action, WireAnswer answer,
            TencentSamples.Request request) {
        assertFalse(!answer.succeeded() && !action.documents(answer.code(), CVM.commonErrors()),
                action.name() + " documents no " + answer.code() + " (" + request + ")");
    }
}
