package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The emulator against Alibaba Cloud's official definition of ECS 2014-05-26 (the facts in
 * {@code alibaba-ecs-2014-05-26.json}, from Alibaba's OpenAPI metadata), through the official Tea SDK: every
 * documented parameter of every served action taken (or refused with a code the action documents), every
 * required one missing refused with a documented code, every documented response field answered with its type
 * and nothing undocumented, and every documented code answered, with its HTTP status, for the condition it
 * documents ({@link AlibabaConditions}) — or said why no emulated account can meet it.
 */
class EcsDefinitionConformanceTest {

    static final OfficialDefinition ECS = OfficialDefinition.read("alibaba-ecs-2014-05-26.json");

    /** The defined actions the emulator serves; the others are about instances, which it does not model. */
    static final Set<String> SERVED = Set.of("ImportKeyPair", "CreateKeyPair", "DescribeKeyPairs", "DeleteKeyPairs",
            "TagResources", "UntagResources", "ListTagResources", "JoinResourceGroup", "DescribeRegions");

    private static Emulator emulator;
    private static AlibabaSamples samples;

    @BeforeAll
    static void start() throws Exception {
        emulator = TestEmulators.start();
        samples = new AlibabaSamples(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theDefinitionHoldsEveryServedAction() {
        assertTrue(ECS.actions().keySet().containsAll(SERVED), ECS.actions().keySet().toString());
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedParameterIsTaken() {
        return served().flatMap(action -> action.parameters().stream().map(parameter -> DynamicTest.dynamicTest(
                action.name() + " " + parameter.name(), () -> {
                    Map<String, String> request = samples.base(action.name());
                    request.keySet().removeIf(name -> name.equals(parameter.name())
                            || name.startsWith(parameter.name() + "."));
                    request.putAll(samples.sample(action.name(), parameter, request));
                    WireAnswer answer = samples.wire().call(action.name(), request);
                    assertDocumented(action, answer, request);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredParameterMissingIsRefusedWithADocumentedCode() {
        return served().flatMap(action -> action.parameters().stream().filter(OfficialDefinition.Parameter::required)
                .map(parameter -> DynamicTest.dynamicTest(action.name() + " without " + parameter.name(), () -> {
                    Map<String, String> request = samples.base(action.name());
                    request.keySet().removeIf(name -> name.equals(parameter.name())
                            || name.startsWith(parameter.name() + "."));
                    WireAnswer answer = samples.wire().call(action.name(), request);
                    assertFalse(answer.succeeded(), action.name() + " without " + parameter.name() + ": " + answer);
                    assertTrue(answer.code().startsWith("MissingParameter"), answer.toString());
                    assertDocumented(action, answer, request);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerHasTheDocumentedFieldsWithTheirTypes() {
        return served().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            Map<String, String> request = samples.answering(action.name());
            WireAnswer answer = samples.wire().call(action.name(), request);
            assertTrue(answer.succeeded(), action.name() + " " + request + ": " + answer);
            assertEquals(List.of(), ResponseShape.differences(answer.body(), action.response(),
                    field -> AlibabaSamples.expectedIn(action.name(), field)), answer.body().toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCodeIsAnsweredForItsCondition() {
        return AlibabaConditions.all().stream().map(condition -> DynamicTest.dynamicTest(
                condition.action() + " " + condition.code(), () -> {
                    OfficialDefinition.Action action = ECS.action(condition.action());
                    assertTrue(action.errors().containsKey(condition.code()),
                            condition.action() + " documents no " + condition.code());
                    Map<String, String> request = condition.request().build(samples);
                    WireAnswer answer = samples.wire().call(condition.action(), request);
                    assertEquals(condition.code(), answer.code(), request + ": " + answer);
                    assertEquals(action.errors().get(condition.code()), answer.status(), answer.toString());
                }));
    }

    @Test
    void everyDocumentedCodeOfAServedActionIsMetOrSaysWhyNot() {
        assertEquals(Set.of(), ECS.unaccountedCodes(SERVED, AlibabaConditions.all().stream()
                .map(condition -> condition.action() + " " + condition.code()).collect(Collectors.toSet()),
                AlibabaConditions.UNMET.keySet()), "each documented code has a condition, or a reason no account meets it");
    }

    @Test
    void theActionsItDoesNotServeAreUnknownToIt() throws Exception {
        for (String action : ECS.actions().keySet()) {
            if (!SERVED.contains(action)) {
                WireAnswer answer = samples.wire().call(action, new LinkedHashMap<>(Map.of("RegionId",
                        AlibabaSamples.REGION)));
                assertEquals("InvalidAction.NotFound", answer.code(), action + ": " + answer);
                assertEquals(404, answer.status(), answer.toString());
            }
        }
    }

    /**
     * {@code MissingParameter} (400), which ImportKeyPair and DeleteKeyPairs document for a mandatory parameter
     * not supplied, is what ECS answers for one of any action that documents no {@code MissingParameter*} code
     * of its own (the tag actions and JoinResourceGroup document theirs).
     */
    private static Integer missingParameterOfAnyAction(OfficialDefinition.Action action, String code) {
        boolean ownCodes = action.errors().keySet().stream().anyMatch(own -> own.startsWith("MissingParameter"));
        return code.equals("MissingParameter") && !ownCodes ? 400 : null;
    }

    private static Stream<OfficialDefinition.Action> served() {
        return ECS.actions().values().stream().filter(action -> SERVED.contains(action.name()));
    }

    private static void assertDocumented(OfficialDefinition.Action action, WireAnswer answer,
            Map<String, String> request) {
        if (answer.succeeded()) {
            return;
        }
        Integer status = action.errors().containsKey(answer.code()) ? action.errors().get(answer.code())
                : missingParameterOfAnyAction(action, answer.code());
        if (status == null) {
            fail(action.name() + " documents no " + answer.code() + " (" + request + ")");
        }
        assertEquals(status, answer.status(), action.name() + " " + answer.code());
    }
}
