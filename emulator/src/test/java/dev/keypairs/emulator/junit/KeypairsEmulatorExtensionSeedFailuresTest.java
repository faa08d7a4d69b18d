package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.keypairs.emulator.Emulator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Seeds that fail the tests they cover, clearly: a resource not on the class path, a manifest refused with its codes;
 * and a seed without {@link ResetBetweenTests}, applied again before each test, which keeps the key it created. The
 * classes run under JUnit's {@link EngineTestKit}, as {@link KeypairsEmulatorExtensionNestedTest}'s do.
 */
class KeypairsEmulatorExtensionSeedFailuresTest {

    static final String MISSING = "dev/keypairs/emulator/junit/no-such-seed.yaml";
    static final String REFUSED = "dev/keypairs/emulator/junit/refused-seed.yaml";
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    private static Events run(Class<?> testClass) {
        SEEN.clear();
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(KeypairsEmulatorExtensionNestedTest.UnderTestKit.PARAMETER, "true")
                .selectors(selectClass(testClass)).execute().allEvents();
    }

    /** What failed each failed test or class, in order. */
    private static List<Throwable> failures(Events events) {
        return events.failed().stream().map(event -> event.getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow()).toList();
    }

    @Test
    void aClassSeedNotOnTheClassPathFailsTheClassNamingIt() {
        Events events = run(MissingClassSeed.class);
        List<Throwable> failures = failures(events);
        assertEquals(1, failures.size(), failures.toString());
        assertInstanceOf(ExtensionConfigurationException.class, failures.get(0));
        assertEquals("@KeypairsSeed names " + MISSING + ", which is not on the test class path"
                + " (src/test/resources/" + MISSING + " in a Maven project)", failures.get(0).getMessage());
        assertEquals(0, events.started().filter(event -> event.getTestDescriptor().isTest()).count(),
                "no test ran");
        assertEquals(Map.of(), SEEN);
    }

    @Test
    void aTestSeedNotOnTheClassPathFailsThatTestAlone() {
        Events events = run(MissingTestSeed.class);
        List<Event> failed = events.failed().list();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).getTestDescriptor().getDisplayName().startsWith("missing"));
        assertTrue(failures(events).get(0).getMessage().startsWith("@KeypairsSeed names /" + MISSING + ", which"),
                failures(events).get(0).getMessage());
        assertEquals(1, events.succeeded().filter(event -> event.getTestDescriptor().isTest()).count());
    }

    @Test
    void aRefusedSeedFailsTheTestWithEveryCodeAndAppliesNothing() {
        List<Throwable> failures = failures(run(RefusedSeed.class));
        assertEquals(1, failures.size(), failures.toString());
        String message = failures.get(0).getMessage();
        assertTrue(message.startsWith("@KeypairsSeed " + REFUSED + " was refused, and nothing of it applied:"
                + " PlanErrors: "), message);
        assertTrue(message.contains("ConflictingFields"), message);
        assertTrue(message.contains("InvalidKeyPairName.Malformed"), message);
        assertEquals(List.of("bastion", "deploy"), SEEN.get("after all"), "the seed before it, none of the refused");
    }

    @Test
    void withoutResetASeedIsAppliedAgainBeforeEachTestAndKeepsTheKeyItCreated() {
        Events events = run(SeedWithoutReset.class);
        assertEquals(List.of(), failures(events));
        assertEquals(2, events.succeeded().filter(event -> event.getTestDescriptor().isTest()).count());
        assertEquals(SEEN.get("first"), SEEN.get("second"), "the same private key, the key pair unchanged");
        assertEquals("imported 0, created 0, replaced 0, updated 0, deleted 0; 2 already as declared",
                SEEN.get("second summary"));
    }

    @ExtendWith({KeypairsEmulatorExtensionNestedTest.UnderTestKit.class, KeypairsEmulatorExtension.class})
    @KeypairsSeed(MISSING)
    static class MissingClassSeed {

        @Test
        void never(Emulator emulator) {
            SEEN.put("ran", emulator);
        }
    }

    @ExtendWith({KeypairsEmulatorExtensionNestedTest.UnderTestKit.class, KeypairsEmulatorExtension.class})
    static class MissingTestSeed {

        @Test
        @KeypairsSeed("/" + MISSING)
        void missing(Emulator emulator) {
            SEEN.put("ran", emulator);
        }

        @Test
        void unaffected(Emulator emulator) {
            SEEN.put("unaffected", emulator);
        }
    }

    @ExtendWith({KeypairsEmulatorExtensionNestedTest.UnderTestKit.class, KeypairsEmulatorExtension.class})
    static class RefusedSeed {

        @AfterAll
        static void keyPairs(Emulator emulator) throws Exception {
            SEEN.put("after all", KeypairsEmulatorExtensionSeedTest.alibaba(emulator).keySet().stream().sorted()
                    .toList());
        }

        @Test
        @KeypairsSeed({KeypairsEmulatorExtensionSeedTest.ALIBABA_SEED, REFUSED})
        void refused(Emulator emulator) {
            SEEN.put("ran", emulator);
        }
    }

    @ExtendWith({KeypairsEmulatorExtensionNestedTest.UnderTestKit.class, KeypairsEmulatorExtension.class})
    @KeypairsSeed(KeypairsEmulatorExtensionSeedTest.ALIBABA_SEED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class SeedWithoutReset {

        @Test
        @Order(1)
        void first(Seeded seeded) {
            SEEN.put("first", seeded.privateKey(KeypairsEmulatorExtensionSeedTest.BASTION));
        }

        @Test
        @Order(2)
        void second(Seeded seeded) {
            SEEN.put("second", seeded.privateKey(KeypairsEmulatorExtensionSeedTest.BASTION));
            SEEN.put("second summary", seeded.report(KeypairsEmulatorExtensionSeedTest.ALIBABA_SEED).summaryLine());
        }
    }
}
