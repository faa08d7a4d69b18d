package dev.keypairs.emulator.tencent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairResponse;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsResponse;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.RegionInfo;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.RecordingProxy;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fingerprints;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.store.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every Tencent action and refusal of the emulator, through {@code com.tencentcloudapi:tencentcloud-sdk-java-cvm} (TC3). */
class TencentSdkTest {

    static final String GUANGZHOU = "ap-guangzhou";
    static final String RSA = Fixtures.text("rsa-2048.pub");

    Emulator emulator;
    CvmClient cvm;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        cvm = client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET, GUANGZHOU, "POST");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    static CvmClient client(String hostAndPort, String secretId, String secretKey, String region, String method) {
        return TestEmulators.cvm(hostAndPort, secretId, secretKey, region, method);
    }

    static String refused(String code, Executable call) {
        TencentCloudSDKException error = assertThrows(TencentCloudSDKException.class, call);
        assertEquals(code, error.getErrorCode(), error.getMessage());
        assertTrue(error.getRequestId().matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}"), error.getRequestId());
        return error.getMessage();
    }

    static ImportKeyPairRequest importing(String name, String key, Long projectId) {
        ImportKeyPairRequest request = new ImportKeyPairRequest();
        request.setKeyName(name);
        request.setPublicKey(key);
        request.setProjectId(projectId);
        return request;
    }

    static DescribeKeyPairsRequest describing(UnaryOperator<DescribeKeyPairsRequest> shape) {
        return shape.apply(new DescribeKeyPairsRequest());
    }

    static Filter filter(String name, String... values) {
        Filter filter = new Filter();
        filter.setName(name);
        filter.setValues(values);
        return filter;
    }

    // ---- the actions ----

    @Test
    void importAnswersAKeyIdAndTheKeyReadsBackWithSshKeygensFingerprint() throws Exception {
        String keyId = cvm.ImportKeyPair(importing("deploy_key", RSA, 0L)).getKeyId();
        assertTrue(keyId.matches("skey-[a-z0-9]{8}"), keyId);
        KeyPair stored = cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()[0];
        assertEquals(keyId, stored.getKeyId());
        assertEquals("deploy_key", stored.getKeyName());
        assertEquals(0L, stored.getProjectId());
        assertTrue(stored.getCreatedTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), stored.getCreatedTime());
        assertEquals(TestEmulators.sshKeygenMd5("rsa-2048.pub"),
                PublicKeyReader.read(stored.getPublicKey()).fingerprints().md5());
        assertNull(stored.getPrivateKey());
    }

    @Test
    void createReturnsAPkcs1PrivateKeyOnce() throws Exception {
        CreateKeyPairRequest request = new CreateKeyPairRequest();
        request.setKeyName("made_here");
        request.setProjectId(7L);
        CreateKeyPairResponse response = cvm.CreateKeyPair(request);
        KeyPair created = response.getKeyPair();
        assertTrue(created.getKeyId().matches("skey-[a-z0-9]{8}"));
        assertEquals("made_here", created.getKeyName());
        assertEquals(7L, created.getProjectId());
        assertTrue(created.getPrivateKey().startsWith("-----BEGIN RSA PRIVATE KEY-----\n"), created.getPrivateKey());
        assertEquals(2048, PublicKeyReader.read(created.getPublicKey()).bits());
        KeyPair stored = cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()[0];
        assertEquals(created.getPublicKey(), stored.getPublicKey());
        assertNull(stored.getPrivateKey(), "the private key is returned once");
    }

    @Test
    void describePagesFiltersAndSelectsByKeyId() throws Exception {
        String[] ids = new String[25];
        for (int i = 0; i < 25; i++) {
            ids[i] = cvm.ImportKeyPair(importing(String.format("key_%02d", i), TestKeys.rsa(i), (long) (i % 3))).getKeyId();
        }
        DescribeKeyPairsResponse first = cvm.DescribeKeyPairs(new DescribeKeyPairsRequest());
        assertEquals(25L, first.getTotalCount());
        assertEquals(20, first.getKeyPairSet().length, "Limit defaults to 20");
        DescribeKeyPairsResponse rest = cvm.DescribeKeyPairs(describing(r -> {
            r.setOffset(20L);
            r.setLimit(100L);
            return r;
        }));
        assertEquals(List.of("key_20", "key_21", "key_22", "key_23", "key_24"), names(rest));

        assertEquals(List.of("key_03"), names(cvm.DescribeKeyPairs(describing(r -> {
            r.setKeyIds(new String[] {ids[3]});
            return r;
        }))));
        assertEquals(List.of("key_01", "key_02"), names(cvm.DescribeKeyPairs(describing(r -> {
            r.setFilters(new Filter[] {filter("key-name", "key_01", "key_02")});
            return r;
        }))));
        assertEquals(9, cvm.DescribeKeyPairs(describing(r -> {
            r.setFilters(new Filter[] {filter("project-id", "0")});
            return r;
        })).getTotalCount());

        CvmClient get = client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                GUANGZHOU, "GET");
        assertEquals(List.of("key_01", "key_04"), names(get.DescribeKeyPairs(describing(r -> {
            r.setFilters(new Filter[] {filter("key-name", "key_01", "key_04"), filter("project-id", "1")});
            return r;
        }))), "a GET query, lists flattened from 0, reads as the JSON body does");
        assertEquals(List.of("key_05"), names(get.DescribeKeyPairs(describing(r -> {
            r.setKeyIds(new String[] {ids[5]});
            return r;
        }))));
    }

    @Test
    void deleteTakesKeyIds() throws Exception {
        String keep = cvm.ImportKeyPair(importing("keep", TestKeys.rsa(0), 0L)).getKeyId();
        String drop = cvm.ImportKeyPair(importing("drop", TestKeys.rsa(1), 0L)).getKeyId();
        DeleteKeyPairsRequest request = new DeleteKeyPairsRequest();
        request.setKeyIds(new String[] {drop});
        assertNotNull(cvm.DeleteKeyPairs(request).getRequestId());
        assertArrayEquals(new String[] {keep}, Arrays.stream(cvm.DescribeKeyPairs(new DescribeKeyPairsRequest())
                .getKeyPairSet()).map(KeyPair::getKeyId).toArray());
        refused("MissingParameter", () -> cvm.DeleteKeyPairs(new DeleteKeyPairsRequest()));
        DeleteKeyPairsRequest unknown = new DeleteKeyPairsRequest();
        unknown.setKeyIds(new String[] {keep, "skey-00000000"});
        refused("InvalidKeyPairId.NotFound", () -> cvm.DeleteKeyPairs(unknown));
        DeleteKeyPairsRequest malformed = new DeleteKeyPairsRequest();
        malformed.setKeyIds(new String[] {"keep"});
        refused("InvalidKeyPairId.Malformed", () -> cvm.DeleteKeyPairs(malformed));
        assertEquals(1L, cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount(), "refusals delete none");
    }

    @Test
    void describeRegionsListsTheCatalogue() throws Exception {
        RegionInfo[] regions = cvm.DescribeRegions(new DescribeRegionsRequest()).getRegionSet();
        assertTrue(Arrays.stream(regions).anyMatch(region -> region.getRegion().equals(GUANGZHOU)
                && region.getRegionState().equals("AVAILABLE")));
    }

    // ---- the documented refusals ----

    @Test
    void namesAreCheckedAsDocumented() {
        refused("InvalidKeyPairNameEmpty", () -> cvm.ImportKeyPair(importing("", RSA, 0L)));
        refused("InvalidKeyPairNameTooLong", () -> cvm.ImportKeyPair(importing("a".repeat(26), RSA, 0L)));
        refused("InvalidKeyPairNameIncludeIllegalChar", () -> cvm.ImportKeyPair(importing("has-dash", RSA, 0L)));
    }

    @Test
    void namesAndPublicKeysAreUniqueInARegion() throws Exception {
        cvm.ImportKeyPair(importing("first", RSA, 0L));
        refused("InvalidKeyPairName.Duplicate", () -> cvm.ImportKeyPair(importing("first", TestKeys.rsa(2), 0L)));
        refused("InvalidPublicKey.Duplicate", () -> cvm.ImportKeyPair(importing("second", RSA, 0L)));
    }

    @Test
    void createFollowsImportsNameAndQuotaRules() throws Exception {
        refused("InvalidKeyPairNameIncludeIllegalChar", () -> cvm.CreateKeyPair(creating("has-dash")));
        refused("InvalidKeyPairNameTooLong", () -> cvm.CreateKeyPair(creating("c".repeat(26))));
        cvm.ImportKeyPair(importing("taken", RSA, 0L));
        refused("InvalidKeyPairName.Duplicate", () -> cvm.CreateKeyPair(creating("taken")));
        try (Emulator small = TestEmulators.start("tencentQuota=1", UnaryOperator.identity())) {
            CvmClient client = client(small.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                    GUANGZHOU, "POST");
            client.CreateKeyPair(creating("only_one"));
            refused("InvalidKeyPair.LimitExceeded", () -> client.CreateKeyPair(creating("one_more")));
        }
        // CreateKeyPair's own ten a second is pinned by the store's conformance suite
        // (tencentCreateKeyPairKeepsToItsOwnTenASecond): a create generates an RSA-2048 key first, so one SDK
        // client on two cores makes fewer than ten a second and cannot reach the limit here.
    }

    static CreateKeyPairRequest creating(String name) {
        CreateKeyPairRequest request = new CreateKeyPairRequest();
        request.setKeyName(name);
        request.setProjectId(0L);
        return request;
    }

    @Test
    void onlyOpenSshRsaKeysAreAccepted() {
        refused("InvalidPublicKey.Malformed", () -> cvm.ImportKeyPair(importing("ec", Fixtures.text("ecdsa-256.pub"), 0L)));
        refused("InvalidPublicKey.Malformed", () -> cvm.ImportKeyPair(importing("junk", "ssh-rsa AAAA", 0L)));
        refused("MissingParameter", () -> cvm.ImportKeyPair(importing("nokey", null, 0L)));
    }

    @Test
    void theQuotaIsTheStores() throws Exception {
        try (Emulator small = TestEmulators.start("rateLimit=off&tencentQuota=2", UnaryOperator.identity())) {
            CvmClient client = client(small.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                    GUANGZHOU, "POST");
            client.ImportKeyPair(importing("one", TestKeys.rsa(3), 0L));
            client.ImportKeyPair(importing("two", TestKeys.rsa(4), 0L));
            refused("InvalidKeyPair.LimitExceeded", () -> client.ImportKeyPair(importing("three", TestKeys.rsa(5), 0L)));
        }
    }

    @Test
    void regionsAndProjectsAreChecked() {
        CvmClient nowhere = client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                "ap-nowhere", "POST");
        refused("UnsupportedRegion", () -> nowhere.ImportKeyPair(importing("kk", RSA, 0L)));
        refused("UnsupportedRegion", () -> nowhere.DescribeKeyPairs(new DescribeKeyPairsRequest()));
        DeleteKeyPairsRequest somewhere = new DeleteKeyPairsRequest();
        somewhere.setKeyIds(new String[] {"skey-00000000"});
        refused("UnsupportedRegion", () -> nowhere.DeleteKeyPairs(somewhere));
        DeleteKeyPairsRequest tooMany = new DeleteKeyPairsRequest();
        tooMany.setKeyIds(java.util.stream.IntStream.range(0, 101).mapToObj(i -> String.format("skey-%08d", i))
                .toArray(String[]::new));
        refused("InvalidParameterValue.LimitExceeded", () -> cvm.DeleteKeyPairs(tooMany));
        refused("InvalidParameterValue", () -> cvm.ImportKeyPair(importing("kk", RSA, -1L)));
        refused("InvalidParameterValueLimit", () -> cvm.DescribeKeyPairs(describing(r -> {
            r.setLimit(101L);
            return r;
        })));
        refused("InvalidParameter", () -> cvm.DescribeKeyPairs(describing(r -> {
            r.setKeyIds(new String[] {"skey-00000000"});
            r.setFilters(new Filter[] {filter("key-name", "x")});
            return r;
        })));
    }

    @Test
    void importAndCreateArePacedAtTenASecond() throws Exception {
        try (Emulator paced = TestEmulators.start("", UnaryOperator.identity())) {
            CvmClient client = client(paced.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                    GUANGZHOU, "POST");
            TencentCloudSDKException limited = null;
            for (int i = 0; i < 12 && limited == null; i++) {
                try {
                    client.ImportKeyPair(importing("paced_" + i, TestKeys.rsa(i), 0L));
                } catch (TencentCloudSDKException e) {
                    limited = e;
                }
            }
            assertNotNull(limited, "eleven imports inside one second are not all accepted");
            assertEquals("RequestLimitExceeded", limited.getErrorCode());
        }
    }

    @Test
    void anUnknownActionIsRefused() {
        refused("InvalidAction", () -> cvm.call("RunInstances", "{}"));
    }

    @Test
    void malformedParametersAreRefused() {
        refused("InvalidParameter", () -> cvm.call("DescribeKeyPairs", "{\"Limit\":\"twenty\"}"));
        refused("InvalidParameter", () -> cvm.call("DescribeKeyPairs", "[1,2]"));
    }

    @Test
    void anUnknownSecretIdIsNotFound() {
        CvmClient stranger = client(emulator.hostAndPort(), "AKIDwho", Credentials.TEST_SECRET, GUANGZHOU, "POST");
        refused("AuthFailure.SecretIdNotFound", () -> stranger.DescribeRegions(new DescribeRegionsRequest()));
    }

    @Test
    void aWrongSecretKeyFailsTheSignature() throws Exception {
        CvmClient wrong = client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, "nope", GUANGZHOU, "POST");
        refused("AuthFailure.SignatureFailure", () -> wrong.ImportKeyPair(importing("kk", RSA, 0L)));
        assertEquals(0L, cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount());
    }

    @Test
    void aClockMoreThanFiveMinutesOffIsRefused() throws Exception {
        try (Emulator behind = TestEmulators.start("rateLimit=off", settings -> settings.withClock(
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6))))) {
            CvmClient client = client(behind.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                    GUANGZHOU, "POST");
            refused("AuthFailure.SignatureExpire", () -> client.DescribeRegions(new DescribeRegionsRequest()));
        }
        try (Emulator slightlyBehind = TestEmulators.start("rateLimit=off", settings -> settings.withClock(
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4))))) {
            CvmClient client = client(slightlyBehind.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID,
                    Credentials.TEST_SECRET, GUANGZHOU, "POST");
            assertTrue(client.DescribeRegions(new DescribeRegionsRequest()).getRegionSet().length > 0,
                    "4 minutes off is within the window");
        }
    }

    @Test
    void aReplayWithinTheWindowIsServedForTc3HasNoNonce() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(emulator.port())) {
            // Signed for the relay's host:port, then sent again as it was: the Host header still names the relay,
            // so it verifies; a client that signs one host and sends another does not.
            CvmClient relayed = client(proxy.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                    GUANGZHOU, "POST");
            relayed.DescribeRegions(new DescribeRegionsRequest());
            String replay = proxy.replayLast();
            assertTrue(replay.startsWith("HTTP/1.1 200"), replay);
            assertTrue(replay.contains("\"RegionSet\""), "TC3 has no nonce: a replay inside the window is served");
        }
    }

    @Test
    void nothingFailedInsideTheEmulator() throws Exception {
        cvm.DescribeRegions(new DescribeRegionsRequest());
        assertEquals(List.of(), TestEmulators.LOGGED);
    }

    private static List<String> names(DescribeKeyPairsResponse response) {
        return Arrays.stream(response.getKeyPairSet()).map(KeyPair::getKeyName).toList();
    }

    @SuppressWarnings("unused")
    private static String md5(String key) throws Exception {
        return Fingerprints.of(PublicKeyReader.read(key).blob()).md5();
    }
}
