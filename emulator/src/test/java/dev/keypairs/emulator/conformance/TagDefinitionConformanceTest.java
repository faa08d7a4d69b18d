package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The emulator against Tencent Cloud's official definition of the Tag API 2018-08-13 (the facts in
 * {@code tencent-tag-2018-08-13.json}, from the definition tccli and the SDKs are generated from), through the
 * official Java SDK's {@code CommonClient} (Tencent publishes no Tag module of the Java SDK on Maven Central; the
 * common client signs and sends any action of any of its APIs, as a user's own code would): every documented
 * parameter of the four served actions taken, every required one missing refused with a documented code, a parameter
 * nobody documents refused with {@code UnknownParameter}, every documented response field answered with its type and
 * nothing undocumented, and every documented code answered for the condition it documents ({@link TagConditions}),
 * or said why no emulated account meets it.
 */
class TagDefinitionConformanceTest {

    static final OfficialDefinition TAG = OfficialDefinition.read("tencent-tag-2018-08-13.json");

    /** The defined actions the emulator serves: all four, for key pairs. */
    static final Set<String> SERVED = Set.of("ModifyResourceTags", "DescribeResourceTagsByResourceIds",
            "TagResources", "UnTagResources");

    private static final String READ_ONLY_KEY = "AKIDtagreadonly";
    private static final String READ_ONLY_SECRET = "tag-read-only-secret";

    private static Emulator emulator;
    private static Path credentials;
    private static TagSamples samples;

    @BeforeAll
    static void start() throws Exception {
        credentials = Files.createTempFile("tag-conformance", ".credentials");
        Files.writeString(credentials, "tencent " + Credentials.TEST_ACCESS_KEY_ID + " " + Credentials.TEST_SECRET
                + "\ntencent " + READ_ONLY_KEY + " " + READ_ONLY_SECRET + " read-only\n", StandardCharsets.UTF_8);
        emulator = TestEmulators.start("rateLimit=off", settings -> settings.withCredentialsFile(credentials));
        samples = new TagSamples(emulator, READ_ONLY_KEY, READ_ONLY_SECRET);
    }

    @AfterAll
    static void stop() throws Exception {
        emulator.close();
        Files.deleteIfExists(credentials);
    }

    @Test
    void theDefinitionHoldsEveryServedAction() {
        assertEquals(SERVED, TAG.actions().keySet());
        assertEquals("2018-08-13", TAG.version());
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedParameterIsTaken() {
        return served().flatMap(action -> action.parameters().stream().map(parameter -> DynamicTest.dynamicTest(
                action.name() + " " + parameter.name(), () -> {
                    TagSamples.Request request = samples.base(action.name());
                    request.body().set(parameter.name(), samples.sample(action.name(), parameter));
                    WireAnswer answer = samples.call(action.name(), request);
                    assertNotEquals("UnknownParameter", answer.code(), request.toString());
                    assertTrue(answer.succeeded(), request + ": " + answer);
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredParameterMissingIsRefusedWithADocumentedCode() {
        return served().flatMap(action -> action.parameters().stream().filter(OfficialDefinition.Parameter::required)
                .map(parameter -> DynamicTest.dynamicTest(action.name() + " without " + parameter.name(), () -> {
                    TagSamples.Request request = samples.base(action.name());
                    request.body().remove(parameter.name());
                    WireAnswer answer = samples.call(action.name(), request);
                    assertEquals("MissingParameter", answer.code(), request + ": " + answer);
                    assertDocumented(action, answer, request);
                })));
    }

    @TestFactory
    Stream<DynamicTest> aParameterNobodyDocumentsIsUnknown() {
        return served().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            TagSamples.Request request = samples.base(action.name());
            request.body().put("KeyId", "skey-12345678");
            WireAnswer answer = samples.call(action.name(), request);
            assertEquals("UnknownParameter", answer.code(), answer.toString());
            assertTrue(TAG.commonErrors().contains(answer.code()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerHasTheDocumentedFieldsWithTheirTypes() {
        return served().map(action -> DynamicTest.dynamicTest(action.name(), () -> {
            TagSamples.Request request = samples.answering(action.name());
            WireAnswer answer = samples.call(action.name(), request);
            assertTrue(answer.succeeded(), action.name() + " " + request + ": " + answer);
            assertTrue(answer.body().path("RequestId").isTextual(), answer.toString());
            ((ObjectNode) answer.body()).remove("RequestId");
            assertEquals(List.of(), ResponseShape.differences(answer.body(), action.response(),
                    field -> field.required() || action.exampleFields().contains(field.path())),
                    answer.body().toString());
            for (String list : List.of("Tags", "FailedResources")) {
                assertFalse(answer.body().has(list) && answer.body().get(list).isEmpty(),
                        list + " holds a row, so that its members are checked: " + answer.body());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCodeIsAnsweredForItsCondition() {
        return TagConditions.all().stream().map(condition -> DynamicTest.dynamicTest(
                condition.action() + " " + condition.code(), () -> {
                    assertTrue(TAG.action(condition.action()).errors().containsKey(condition.code()),
                            condition.action() + " documents no " + condition.code());
                    TagSamples.Request request = condition.request().build(samples);
                    WireAnswer answer = samples.call(condition.action(), request);
                    assertEquals(condition.code(), answer.code(), request + ": " + answer);
                }));
    }

    @Test
    void everyDocumentedCodeOfAServedActionIsMetOrSaysWhyNot() {
        assertEquals(Set.of(), TAG.unaccountedCodes(SERVED, TagConditions.all().stream()
                .map(condition -> condition.action() + " " + condition.code()).collect(Collectors.toSet()),
                TagConditions.UNMET.keySet()), "each documented code has a condition, or a reason no account meets it");
    }

    @Test
    void aVersionItDoesNotServeIsNoSuchVersion() throws Exception {
        WireAnswer answer = new TencentWire(emulator.hostAndPort(), "tag", "2018-08-14").call(TagSamples.REGION,
                "DescribeResourceTagsByResourceIds", TagSamples.JSON.createObjectNode());
        assertEquals("NoSuchVersion", answer.code(), answer.toString());
        assertTrue(TAG.commonErrors().contains(answer.code()));
    }

    @Test
    void anActionItDoesNotServeIsUnknownToIt() throws Exception {
        WireAnswer answer = samples.wire().call(TagSamples.REGION, "DescribeTagKeys", TagSamples.JSON.createObjectNode());
        assertEquals("InvalidAction", answer.code(), answer.toString());
        assertTrue(TAG.commonErrors().contains(answer.code()));
    }

    private static Stream<OfficialDefinition.Action> served() {
        return TAG.actions().values().stream().filter(action -> SERVED.contains(action.name()));
    }

    private static void assertDocumented(OfficialDefinition.Action action, WireAnswer answer,
            TagSamples.Request request) {
        assertFalse(!answer.succeeded() && !action.documents(answer.code(), TAG.commonErrors()),
                action.name() + " documents no " + answer.code() + " (" + request + ")");
    }
}
