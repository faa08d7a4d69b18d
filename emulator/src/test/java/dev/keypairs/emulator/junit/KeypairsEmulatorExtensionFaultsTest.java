package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.fault.Fault;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Provider;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fault rules set in a test ({@link Fault}) answer the official SDKs' calls with their codes, the journal shows the
 * calls, and after the test the rules in force before it (those the emulator started with) are back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class KeypairsEmulatorExtensionFaultsTest {

    /** A rule the emulator starts with, that the tests' calls never meet. */
    static final FaultRules AT_START = Fault.rules(Fault.waiting(Duration.ofMillis(5)).provider(Provider.TENCENT)
            .action("ModifyKeyPairAttribute"));

    @RegisterExtension
    static KeypairsEmulatorExtension extension = KeypairsEmulatorExtension.withSettings(
            settings -> settings.withStore("memory:junit-faults-" + System.nanoTime() + "?rateLimit=off")
                    .withFaults(AT_START));

    static Client alibaba(Emulator emulator) throws Exception {
        return new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http")
                .setRegionId("cn-hangzhou"));
    }

    static void importKeyPair(Emulator emulator, String name) throws Exception {
        alibaba(emulator).importKeyPair(new ImportKeyPairRequest().setRegionId("cn-hangzhou").setKeyPairName(name)
                .setPublicKeyBody(Fixtures.text("rsa-2048.pub").strip()));
    }

    static JournalEntry lastCall(Emulator emulator) {
        List<JournalEntry> calls = emulator.journal().calls();
        return calls.get(calls.size() - 1);
    }

    @Test
    @Order(1)
    void rulesSetInATestAnswerTheSdksCallsWithTheirCodes(Emulator emulator) throws Exception {
        assertEquals(AT_START, emulator.faultRules());
        emulator.replaceFaultRules(Fault.rules(
                Fault.answering("Throttling").action("ImportKeyPair").region("cn-hangzhou"),
                Fault.answering("RequestLimitExceeded").provider(Provider.TENCENT).every(1, 2)));

        TeaException throttled = assertThrows(TeaException.class, () -> importKeyPair(emulator, "throttled"));
        assertEquals("Throttling", throttled.getCode(), throttled.getMessage());
        assertEquals(400, throttled.getStatusCode());
        JournalEntry call = lastCall(emulator);
        assertEquals(List.of("ImportKeyPair", "Throttling", 400), List.of(call.action(), call.code(),
                call.httpStatus()), "the journal shows the call and what it got");

        TencentCloudSDKException limited = assertThrows(TencentCloudSDKException.class,
                () -> KeypairsEmulatorExtensionTest.cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest()));
        assertEquals("RequestLimitExceeded", limited.getErrorCode());
        assertEquals(0L, KeypairsEmulatorExtensionTest.cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest())
                .getTotalCount(), "the first of every 2 calls only");
    }

    @Test
    @Order(2)
    void theNextTestHasTheRulesOfTheStartBackAndItsCallsSucceed(Emulator emulator) throws Exception {
        assertEquals(AT_START, emulator.faultRules(), "the test's rules are gone");
        importKeyPair(emulator, "not_throttled");
        assertNull(lastCall(emulator).code());
        assertEquals(0L, KeypairsEmulatorExtensionTest.cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest())
                .getTotalCount());
        assertTrue(lastCall(emulator).succeeded());
    }

    /** Rules a {@code @Nested} class sets for all its tests, in its {@code @BeforeAll}. */
    @Nested
    @Order(1)
    class RulesForAWholeClass {

        @BeforeAll
        static void throttleEveryImport(Emulator emulator) {
            emulator.replaceFaultRules(Fault.rules(Fault.answering("Throttling").action("ImportKeyPair")));
        }

        @Test
        void itsTestsMeetThem(Emulator emulator) {
            TeaException throttled = assertThrows(TeaException.class, () -> importKeyPair(emulator, "whole_class"));
            assertEquals("Throttling", throttled.getCode());
        }
    }

    /** The class after it. */
    @Nested
    @Order(2)
    class TheClassAfterIt {

        @Test
        void hasTheRulesFromBeforeThatClassBack(Emulator emulator) throws Exception {
            assertEquals(AT_START, emulator.faultRules(), "a class's @BeforeAll rules end with the class");
            importKeyPair(emulator, "after_the_class");
            assertNull(lastCall(emulator).code());
        }
    }
}
