package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.fault.FaultRulesException;
import dev.keypairs.emulator.fault.FaultRulesJson;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.ToolCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault rules as the official SDKs meet them: each code in its provider's envelope with the HTTP status the provider
 * gives it, matched per provider, action, region and access key, after the signature and before the action; latency;
 * repeatable probabilities; and rules replaced while serving.
 */
class FaultRulesSdkTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub").strip();

    @TempDir
    Path directory;

    private Emulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private Emulator start(String rules) throws Exception {
        emulator = TestEmulators.start("rateLimit=off", settings -> settings.withFaults(read(rules)));
        return emulator;
    }

    private static FaultRules read(String json) {
        try {
            return FaultRulesJson.read(json);
        } catch (FaultRulesException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private Client alibaba(String accessKeyId, String secret) throws Exception {
        return new Client(new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(secret)
                .setEndpoint(emulator.hostAndPort()).setProtocol("http").setRegionId("cn-hangzhou"));
    }

    private Client alibaba() throws Exception {
        return alibaba(Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET);
    }

    private static TeaException alibabaRefusal(String code, int status, TeaCall call) {
        TeaException refused = assertThrows(TeaException.class, call::run);
        assertEquals(code, refused.getCode(), refused.getMessage());
        assertEquals(status, refused.getStatusCode(), refused.getMessage());
        assertTrue(refused.getMessage().contains("Injected by the emulator's fault rules"), refused.getMessage());
        return refused;
    }

    @FunctionalInterface
    private interface TeaCall {
        void run() throws Exception;
    }

    private static ImportKeyPairRequest importing(String name) {
        return new ImportKeyPairRequest().setRegionId("cn-hangzhou").setKeyPairName(name).setPublicKeyBody(RSA);
    }

    private static CreateKeyPairRequest creating(String name) {
        CreateKeyPairRequest request = new CreateKeyPairRequest();
        request.setKeyName(name);
        request.setProjectId(0L);
        return request;
    }

    private static String tencentCode(TencentCall call) {
        return assertThrows(TencentCloudSDKException.class, call::run).getErrorCode();
    }

    @FunctionalInterface
    private interface TencentCall {
        void run() throws Exception;
    }

    @Test
    void alibabasCodesComeInItsEnvelopeWithTheStatusItGivesThem() throws Exception {
        start("""
                {"rules": [{"provider": "alibaba", "action": "ImportKeyPair", "code": "QuotaExceed.KeyPair"},
                  {"action": "JoinResourceGroup", "code": "MissingParameter"},
                  {"action": "DescribeRegions", "code": "ServiceUnavailable"},
                  {"action": "DescribeKeyPairs", "code": "Throttling"}]}""");
        Client alibaba = alibaba();
        alibabaRefusal("QuotaExceed.KeyPair", 403, () -> alibaba.importKeyPair(importing("a")));
        // MissingParameter is 403 at JoinResourceGroup, as its definition gives it, 400 elsewhere.
        alibabaRefusal("MissingParameter", 403, () -> alibaba.joinResourceGroup(new JoinResourceGroupRequest()
                .setRegionId("cn-hangzhou").setResourceType("keypair").setResourceId("a").setResourceGroupId("rg-1")));
        alibabaRefusal("ServiceUnavailable", 503, () -> alibaba.describeRegions(
                new com.aliyun.ecs20140526.models.DescribeRegionsRequest()));
        alibabaRefusal("Throttling", 400, () -> alibaba.describeKeyPairs(new DescribeKeyPairsRequest()
                .setRegionId("cn-hangzhou")));
        assertEquals(0, emulator.store().describeKeyPairs(new dev.keypairs.store.AlibabaDescribeKeyPairsRequest(
                "cn-hangzhou", null, null, null, List.of(), false, 1, 50)).totalCount(), "the action never ran");
        assertEquals(List.of("QuotaExceed.KeyPair 403", "MissingParameter 403", "ServiceUnavailable 503",
                "Throttling 400"), emulator.journal().calls().stream()
                .map(call -> call.code() + " " + call.httpStatus()).toList());
    }

    @Test
    void tencentsCodesComeInItsEnvelopeWithHttp200() throws Exception {
        start("""
                {"rules": [{"provider": "tencent", "action": "CreateKeyPair", "code": "InvalidKeyPair.LimitExceeded"},
                  {"action": "DescribeKeyPairs", "code": "RequestLimitExceeded"},
                  {"action": "DescribeRegions", "code": "InternalServerError"}]}""");
        CvmClient tencent = TestEmulators.cvm(emulator.hostAndPort(), "ap-guangzhou");
        assertEquals("InvalidKeyPair.LimitExceeded", tencentCode(() -> tencent.CreateKeyPair(creating("t"))));
        assertEquals("RequestLimitExceeded", tencentCode(() -> tencent.DescribeKeyPairs(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())));
        assertEquals("InternalServerError", tencentCode(() -> tencent.DescribeRegions(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest())));
        assertEquals(List.of("InvalidKeyPair.LimitExceeded 200", "RequestLimitExceeded 200", "InternalServerError 200"),
                emulator.journal().calls().stream().map(call -> call.code() + " " + call.httpStatus()).toList());
    }

    @Test
    void rulesMatchOnRegionAndAccessKey() throws Exception {
        Path credentials = directory.resolve("credentials");
        Files.writeString(credentials, "alibaba ci-key ci-secret\nalibaba dev-key dev-secret\n"
                + "tencent ci-key ci-secret\n");
        emulator = TestEmulators.start("rateLimit=off", settings -> settings.withCredentialsFile(credentials)
                .withFaults(read("{\"rules\": [{\"accessKeyId\": \"ci-key\", \"region\": \"cn-shanghai\","
                        + " \"code\": \"Throttling\"}, {\"region\": \"ap-shanghai\", \"code\": \"RequestLimitExceeded\"}]}")));
        Client ci = alibaba("ci-key", "ci-secret");
        Client dev = alibaba("dev-key", "dev-secret");
        ci.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou"));
        dev.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-shanghai"));
        alibabaRefusal("Throttling", 400, () -> ci.describeKeyPairs(new DescribeKeyPairsRequest()
                .setRegionId("cn-shanghai")));
        TestEmulators.cvm(emulator.hostAndPort(), "ci-key", "ci-secret", "ap-guangzhou", "POST")
                .DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest());
        assertEquals("RequestLimitExceeded", tencentCode(() -> TestEmulators.cvm(emulator.hostAndPort(), "ci-key",
                "ci-secret", "ap-shanghai", "POST").DescribeKeyPairs(
                        new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())));
        assertEquals(List.of("ci-key cn-hangzhou null", "dev-key cn-shanghai null", "ci-key cn-shanghai Throttling",
                "ci-key ap-guangzhou null", "ci-key ap-shanghai RequestLimitExceeded"), emulator.journal().calls()
                .stream().map(call -> call.accessKeyId() + " " + call.region() + " " + call.code()).toList());
    }

    @Test
    void aRequestSignedWronglyIsRefusedAsSuchWhateverTheRules() throws Exception {
        start("{\"rules\": [{\"code\": \"InvalidParameter\", \"latencyMs\": 2000}]}");
        long started = System.nanoTime();
        TeaException wrong = assertThrows(TeaException.class, () -> alibaba(Credentials.TEST_ACCESS_KEY_ID, "wrong")
                .describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou")));
        assertEquals("SignatureDoesNotMatch", wrong.getCode());
        assertEquals("AuthFailure.SignatureFailure", tencentCode(() -> TestEmulators.cvm(emulator.hostAndPort(),
                Credentials.TEST_ACCESS_KEY_ID, "wrong", "ap-guangzhou", "POST").DescribeKeyPairs(
                        new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000, "no latency before the signature holds");
    }

    @Test
    void latencyIsWaitedBeforeTheAnswerAndJournaled() throws Exception {
        start("{\"rules\": [{\"provider\": \"alibaba\", \"action\": \"DescribeKeyPairs\", \"latencyMs\": 300}]}");
        Client alibaba = alibaba();
        long started = System.nanoTime();
        alibaba.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou"));
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 300);
        started = System.nanoTime();
        alibaba.describeRegions(new com.aliyun.ecs20140526.models.DescribeRegionsRequest());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 300, "another action waits nothing");
        List<JournalEntry> calls = emulator.journal().calls();
        assertTrue(calls.get(0).durationMs() >= 300, calls.get(0).toString());
        assertTrue(calls.get(1).durationMs() < 300, calls.get(1).toString());
    }

    @Test
    void everyNOfMAndSeededProbabilitiesThroughTheSdks() throws Exception {
        String rules = "{\"seed\": 11, \"rules\": [{\"provider\": \"alibaba\", \"code\": \"Throttling\", \"every\": \"2/3\"},"
                + " {\"provider\": \"tencent\", \"code\": \"RequestLimitExceeded\", \"probability\": 0.5}]}";
        List<String> first = outcomes(rules);
        emulator.close();
        List<String> again = outcomes(rules);
        assertEquals(first, again, "the same seed and calls, the same faults");
        assertEquals(List.of("Throttling", "Throttling", "ok", "Throttling", "Throttling", "ok", "Throttling",
                "Throttling", "ok"), first.subList(0, 9));
        List<String> tencent = first.subList(9, first.size());
        assertTrue(tencent.contains("ok") && tencent.contains("RequestLimitExceeded"), tencent.toString());
    }

    private List<String> outcomes(String rules) throws Exception {
        start(rules);
        Client alibaba = alibaba();
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            try {
                alibaba.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou"));
                outcomes.add("ok");
            } catch (TeaException refused) {
                outcomes.add(refused.getCode());
            }
        }
        CvmClient tencent = TestEmulators.cvm(emulator.hostAndPort(), "ap-guangzhou");
        for (int i = 0; i < 20; i++) {
            try {
                tencent.DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest());
                outcomes.add("ok");
            } catch (TencentCloudSDKException refused) {
                outcomes.add(refused.getErrorCode());
            }
        }
        return outcomes;
    }

    @Test
    void rulesAreReplacedWhileServing() throws Exception {
        start("{\"rules\": []}");
        Client alibaba = alibaba();
        alibaba.importKeyPair(importing("before"));
        FaultRules quota = read("{\"seed\": 5, \"rules\": [{\"action\": \"ImportKeyPair\", \"code\":"
                + " \"QuotaExceed.KeyPair\"}]}");
        emulator.replaceFaultRules(quota);
        assertEquals(quota, emulator.faultRules());
        alibabaRefusal("QuotaExceed.KeyPair", 403, () -> alibaba.importKeyPair(importing("during")));
        emulator.replaceFaultRules(FaultRules.NONE);
        alibaba.importKeyPair(importing("after"));
        assertEquals(List.of("null", "QuotaExceed.KeyPair", "null"), emulator.journal().calls().stream()
                .map(call -> String.valueOf(call.code())).toList());
    }

    @Test
    void throttleAndLatencySettingsAreRulesCountedPerProvider() throws Exception {
        Path faults = directory.resolve("faults.json");
        Files.writeString(faults, "{\"rules\": [{\"provider\": \"tencent\", \"action\": \"CreateKeyPair\","
                + " \"code\": \"InvalidKeyPair.LimitExceeded\"}]}");
        EmulatorSettings settings = Main.settings(List.of("--faults", faults.toString(), "--latency", "20",
                "--throttle", "1/2", "--port", "0", "--store", "memory:faults-main-" + System.nanoTime()));
        assertEquals(read("{\"rules\": [{\"provider\": \"tencent\", \"action\": \"CreateKeyPair\", \"code\":"
                + " \"InvalidKeyPair.LimitExceeded\"}, {\"latencyMs\": 20}, {\"provider\": \"alibaba\", \"code\":"
                + " \"Throttling\", \"every\": \"1/2\"}, {\"provider\": \"tencent\", \"code\": \"RequestLimitExceeded\","
                + " \"every\": \"1/2\"}]}"), settings.faults());
        emulator = Emulator.start(settings, TestEmulators.LOGGED::add);
        Client alibaba = alibaba();
        CvmClient tencent = TestEmulators.cvm(emulator.hostAndPort(), "ap-guangzhou");
        // Counted per provider: each one's first call is throttled, its second served.
        alibabaRefusal("Throttling", 400, () -> alibaba.describeKeyPairs(new DescribeKeyPairsRequest()
                .setRegionId("cn-hangzhou")));
        assertEquals("RequestLimitExceeded", tencentCode(() -> tencent.DescribeKeyPairs(
                new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())));
        alibaba.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou"));
        tencent.DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest());
        assertEquals("InvalidKeyPair.LimitExceeded", tencentCode(() -> tencent.CreateKeyPair(creating("x"))));
        assertTrue(emulator.journal().calls().stream().allMatch(call -> call.durationMs() >= 20));
    }

    @Test
    void aFaultsFileThatCannotBeUsedIsACodedStartUpRefusal() throws Exception {
        Path faults = directory.resolve("faults.json");
        Files.writeString(faults, "{\"rules\": [{\"provider\": \"tencent\", \"code\": \"Throttling\"}]}");
        EmulatorException refused = assertThrows(EmulatorException.class, () -> Main.settings(List.of("--faults",
                faults.toString())));
        assertEquals(ToolCode.INVALID_SETTING, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.faults: rules[0].code Throttling is not answered"
                + " by tencent"), refused.getMessage());
        EmulatorException missing = assertThrows(EmulatorException.class, () -> Main.settings(List.of("--faults",
                directory.resolve("none.json").toString())));
        assertEquals(ToolCode.FILE_NOT_FOUND, missing.code());
    }
}
