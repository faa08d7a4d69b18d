package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.keypairs.emulator.Emulator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * A class's emulator with a per-test one in a {@code @Nested} class: each parameter is the emulator of the
 * extension registered closest to the test, never JUnit's "competing ParameterResolvers". The classes run under
 * JUnit's {@link EngineTestKit}; surefire leaves them alone (nested classes of a test class).
 */
class KeypairsEmulatorExtensionNestedTest {

    private static final Map<String, Emulator> SEEN = new ConcurrentHashMap<>();

    private static Events run(Class<?> testClass) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter").configurationParameter(UnderTestKit.PARAMETER, "true")
                .selectors(selectClass(testClass)).execute().testEvents();
    }

    /** Runs the classes below only under the test kit, never when surefire picks them up (-Dtest=...*). */
    static final class UnderTestKit implements ExecutionCondition {

        static final String PARAMETER = "keypairs.emulator.junit.testKit";

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by the test kit")
                    : ConditionEvaluationResult.disabled("run by KeypairsEmulatorExtensionNestedTest's test kit");
        }
    }

    @Test
    void aNestedPerTestEmulatorWinsOverTheClassOne() {
        Events events = run(ClassAndNestedPerTest.class);
        events.assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        Emulator classOne = SEEN.get("outer");
        assertSame(classOne, SEEN.get("outer, after all"), "the class's tests and lifecycle keep the class's");
        for (String test : List.of("nested 1", "nested 2")) {
            assertNotEquals(classOne, SEEN.get(test), test + " has the nested class's own emulator");
            assertSame(SEEN.get(test), SEEN.get(test + ", before each"), "its @BeforeEach sees the same one");
        }
        assertNotEquals(SEEN.get("nested 1"), SEEN.get("nested 2"), "one for each test");
    }

    @Test
    void aNestedClassEmulatorWinsOverTheEnclosingDeclaredOne() {
        Events events = run(DeclaredAndNestedStatic.class);
        events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertNotEquals(SEEN.get("outer"), SEEN.get("nested"));
    }

    @Test
    void anEnclosingClassEmulatorStillServesANestedClassWithoutItsOwn() {
        Events events = run(ClassAndNestedWithout.class);
        events.assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
        assertEquals(SEEN.get("outer"), SEEN.get("nested"));
    }

    @ExtendWith(UnderTestKit.class)
    static class ClassAndNestedPerTest {

        @RegisterExtension
        static KeypairsEmulatorExtension shared = new KeypairsEmulatorExtension();

        @Test
        void outer(Emulator emulator) {
            SEEN.put("outer", emulator);
        }

        @AfterAll
        static void afterAll(Emulator emulator) {
            SEEN.put("outer, after all", emulator);
        }

        @Nested
        class PerTest {

            @RegisterExtension
            KeypairsEmulatorExtension own = new KeypairsEmulatorExtension();

            private Emulator beforeEach;

            @BeforeEach
            void remember(Emulator emulator) {
                beforeEach = emulator;
            }

            @RepeatedTest(2)
            void nested(Emulator emulator, RepetitionInfo repetition) {
                SEEN.put("nested " + repetition.getCurrentRepetition(), emulator);
                SEEN.put("nested " + repetition.getCurrentRepetition() + ", before each", beforeEach);
            }
        }
    }

    @ExtendWith({UnderTestKit.class, KeypairsEmulatorExtension.class})
    static class DeclaredAndNestedStatic {

        @Test
        void outer(Emulator emulator) {
            SEEN.put("outer", emulator);
        }

        @Nested
        class OwnClassEmulator {

            @RegisterExtension
            static KeypairsEmulatorExtension own = new KeypairsEmulatorExtension();

            @Test
            void nested(Emulator emulator) {
                SEEN.put("nested", emulator);
            }
        }
    }

    @ExtendWith(UnderTestKit.class)
    static class ClassAndNestedWithout {

        @RegisterExtension
        static KeypairsEmulatorExtension shared = new KeypairsEmulatorExtension();

        @Test
        void outer(Emulator emulator) {
            SEEN.put("outer", emulator);
        }

        @Nested
        class Without {

            @Test
            void nested(Emulator emulator) {
                SEEN.put("nested", emulator);
            }
        }
    }
}
