package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journal of the calls served, as the official SDKs make them: successes and refusals of both providers. */
class JournalSdkTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    private Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Client alibaba(String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID).setAccessKeySecret(secret)
                .setEndpoint(emulator.hostAndPort()).setProtocol("http").setRegionId("cn-hangzhou"));
    }

    private CvmClient tencent() {
        return TestEmulators.cvm(emulator.hostAndPort(), "ap-guangzhou");
    }

    private JournalEntry entry(Provider provider, String action, String region, String code, int status) {
        return new JournalEntry(Instant.EPOCH, provider, action, region, Credentials.TEST_ACCESS_KEY_ID,
                emulator.store().displayUri(), code, status, 0);
    }

    /** An entry with its time and duration set aside, which the test cannot know. */
    private static JournalEntry facts(JournalEntry entry) {
        return new JournalEntry(Instant.EPOCH, entry.provider(), entry.action(), entry.region(), entry.accessKeyId(),
                entry.account(), entry.code(), entry.httpStatus(), 0);
    }

    @Test
    void eachCallIsJournaledWithWhatTheApiLearntOfIt() throws Exception {
        Instant before = Instant.now();
        Client alibaba = alibaba(Credentials.TEST_SECRET);
        ImportKeyPairRequest importing = new ImportKeyPairRequest().setRegionId("cn-hangzhou").setKeyPairName("one")
                .setPublicKeyBody(RSA);
        alibaba.importKeyPair(importing);
        TeaException duplicate = assertThrows(TeaException.class, () -> alibaba.importKeyPair(importing));
        assertEquals("KeyPair.AlreadyExist", duplicate.getCode());
        CvmClient tencent = tencent();
        tencent.DescribeKeyPairs(new DescribeKeyPairsRequest());
        DeleteKeyPairsRequest delete = new DeleteKeyPairsRequest();
        delete.setKeyIds(new String[] {"skey-abcd1234"});
        TencentCloudSDKException missing = assertThrows(TencentCloudSDKException.class,
                () -> tencent.DeleteKeyPairs(delete));
        assertEquals("InvalidKeyPairId.NotFound", missing.getErrorCode());

        List<JournalEntry> calls = emulator.journal().calls();
        assertEquals(List.of(entry(Provider.ALIBABA, "ImportKeyPair", "cn-hangzhou", null, 200),
                entry(Provider.ALIBABA, "ImportKeyPair", "cn-hangzhou", "KeyPair.AlreadyExist", 400),
                entry(Provider.TENCENT, "DescribeKeyPairs", "ap-guangzhou", null, 200),
                entry(Provider.TENCENT, "DeleteKeyPairs", "ap-guangzhou", "InvalidKeyPairId.NotFound", 200)),
                calls.stream().map(JournalSdkTest::facts).toList());
        for (JournalEntry call : calls) {
            assertFalse(call.at().isBefore(before.minusSeconds(1)) || call.at().isAfter(Instant.now()), call.toString());
            assertTrue(call.durationMs() >= 0 && call.durationMs() < 10_000, call.toString());
        }
        assertEquals(calls, emulator.journal().calls(emulator.store().displayUri()));
        assertEquals(List.of(), emulator.journal().calls("memory:another"));
    }

    @Test
    void aRequestRefusedBeforeItsKeyIsVerifiedKnowsOnlyItsProvider() throws Exception {
        TeaException wrong = assertThrows(TeaException.class, () -> alibaba("not-the-secret").describeRegions(
                new com.aliyun.ecs20140526.models.DescribeRegionsRequest()));
        assertEquals("SignatureDoesNotMatch", wrong.getCode());
        String tooLarge = RawHttp.exchange(emulator.port(), ("POST / HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-TC-Action: DescribeKeyPairs\r\n"
                + "Content-Length: " + (1024 * 1024 + 1) + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(10));
        assertTrue(tooLarge.startsWith("HTTP/1.1 200 "), "Tencent answers its errors with 200: " + tooLarge);
        assertTrue(tooLarge.contains("RequestSizeLimitExceeded"), tooLarge);

        List<JournalEntry> calls = emulator.journal().calls();
        assertEquals(List.of(new JournalEntry(Instant.EPOCH, Provider.ALIBABA, null, null, null, null,
                        "SignatureDoesNotMatch", 400, 0),
                new JournalEntry(Instant.EPOCH, Provider.TENCENT, null, null, null, null, "RequestSizeLimitExceeded",
                        200, 0)), calls.stream().map(JournalSdkTest::facts).toList());
    }

    @Test
    void noEntryHoldsASecretOrAPrivateKeyAndClearForgetsThem() throws Exception {
        Client alibaba = alibaba(Credentials.TEST_SECRET);
        String alibabaPrivate = alibaba.createKeyPair(new CreateKeyPairRequest().setRegionId("cn-hangzhou")
                .setKeyPairName("made")).getBody().getPrivateKeyBody();
        com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest tencentCreate =
                new com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest();
        tencentCreate.setKeyName("made");
        tencentCreate.setProjectId(0L);
        String tencentPrivate = tencent().CreateKeyPair(tencentCreate).getKeyPair().getPrivateKey();
        assertThrows(TeaException.class, () -> alibaba("not-the-secret").describeRegions(
                new com.aliyun.ecs20140526.models.DescribeRegionsRequest()));

        List<JournalEntry> calls = emulator.journal().calls();
        assertEquals(3, calls.size());
        for (JournalEntry call : calls) {
            String text = call.toString();
            for (String secret : List.of(Credentials.TEST_SECRET, "not-the-secret", "PRIVATE KEY",
                    alibabaPrivate.lines().skip(1).findFirst().orElseThrow(),
                    tencentPrivate.lines().skip(1).findFirst().orElseThrow())) {
                assertFalse(text.contains(secret), text);
            }
        }
        emulator.journal().clear();
        assertEquals(List.of(), emulator.journal().calls());
        tencent().DescribeKeyPairs(new DescribeKeyPairsRequest());
        assertEquals(1, emulator.journal().calls().size());
        assertNull(emulator.journal().calls().get(0).code());
    }
}
