package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.RecordingProxy;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.alibaba.AlibabaSdk.Imported;
import dev.keypairs.emulator.alibaba.AlibabaSdk.Page;
import dev.keypairs.emulator.alibaba.AlibabaSdk.Query;
import dev.keypairs.emulator.alibaba.AlibabaSdk.SdkError;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every Alibaba action and refusal of the emulator, through one official SDK: the subclasses name the SDK.
 */
abstract class AlibabaSdkConformance {

    static final String HANGZHOU = "cn-hangzhou";
    static final String RSA = Fixtures.text("rsa-2048.pub");
    static final String UUID_FORM = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";

    Emulator emulator;
    AlibabaSdk sdk;

    /** The SDK under test, signing with this key, pointed at the emulator. */
    abstract AlibabaSdk sdk(String hostAndPort, String accessKeyId, String secret) throws Exception;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        sdk = sdk(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    SdkError refused(String code, int status, Executable call) {
        SdkError error = assertThrows(SdkError.class, call);
        assertEquals(code, error.code, error.getMessage());
        if (sdk.reportsStatus()) {
            assertEquals(status, error.status, error.getMessage());
        }
        return error;
    }

    // ---- the actions ----

    @Test
    void importAnswersTheFingerprintSshKeygenPrints() throws Exception {
        for (String fixture : List.of("rsa-2048.pub", "ecdsa-256.pub", "dsa-1024.pub", "rsa-2048-cert.pub")) {
            String name = "k-" + fixture.replace(".pub", "").replace(".", "-");
            Imported imported = sdk.importKeyPair(HANGZHOU, name, Fixtures.text(fixture), null, null);
            assertEquals(name, imported.name());
            assertEquals(TestEmulators.sshKeygenMd5(fixture.equals("rsa-2048-cert.pub") ? "rsa-2048.pub" : fixture),
                    imported.fingerprint(), fixture);
            assertTrue(imported.requestId().matches(UUID_FORM), imported.requestId());
        }
        Page page = sdk.describeKeyPairs(Query.region(HANGZHOU).named("k-rsa-2048").withPublicKeys());
        assertEquals(1, page.totalCount());
        assertEquals(TestEmulators.sshKeygenMd5("rsa-2048.pub"), page.keyPairs().get(0).fingerprint());
        assertEquals(PublicKeyReader.read(RSA).blob(), PublicKeyReader.read(page.keyPairs().get(0).publicKey()).blob());
    }

    @Test
    void createReturnsAPkcs8PrivateKeyOnceAndKeepsThePublicHalf() throws Exception {
        AlibabaSdk.Created created = sdk.createKeyPair(HANGZHOU, "made-here", List.of(new Tag("team", "ops")),
                "rg-aek2bqk7zuvcfta");
        assertTrue(created.privateKeyBody().startsWith("-----BEGIN PRIVATE KEY-----\n"), created.privateKeyBody());
        assertTrue(created.privateKeyBody().strip().endsWith("-----END PRIVATE KEY-----"));
        assertTrue(created.keyPairId().matches("ssh-[a-z0-9]{18}"), "KeyPairId as the definitions' example: "
                + created.keyPairId());
        AlibabaSdk.KeyPair stored = sdk.describeKeyPairs(Query.region(HANGZHOU).withPublicKeys()).keyPairs().get(0);
        assertEquals(created.fingerprint(), stored.fingerprint());
        assertEquals(Map.of("team", "ops"), stored.tags());
        assertEquals("rg-aek2bqk7zuvcfta", stored.resourceGroupId());
        assertTrue(stored.publicKey().startsWith("ssh-rsa "), stored.publicKey());
        assertEquals(2048, PublicKeyReader.read(stored.publicKey()).bits());
    }

    @Test
    void describePagesWithTheCloudsDefaultsAndFilters() throws Exception {
        for (int i = 0; i < 23; i++) {
            sdk.importKeyPair(HANGZHOU, String.format("key-%02d", i), RSA,
                    i % 2 == 0 ? List.of(new Tag("env", "prod")) : List.of(), i < 5 ? "rg-five" : null);
        }
        Page first = sdk.describeKeyPairs(Query.region(HANGZHOU));
        assertEquals(23, first.totalCount());
        assertEquals(1, first.pageNumber());
        assertEquals(10, first.pageSize());
        assertEquals(10, first.keyPairs().size());
        assertNull(first.keyPairs().get(0).publicKey(), "IncludePublicKey defaults to false");
        assertTrue(first.keyPairs().get(0).creationTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ"),
                first.keyPairs().get(0).creationTime());

        Page last = sdk.describeKeyPairs(Query.region(HANGZHOU).page(3, 10));
        assertEquals(List.of("key-20", "key-21", "key-22"), names(last));
        Page all = sdk.describeKeyPairs(Query.region(HANGZHOU).page(1, 50));
        assertEquals(23, all.keyPairs().size());

        assertEquals(List.of("key-10", "key-11", "key-12"), names(sdk.describeKeyPairs(
                Query.region(HANGZHOU).named("key-1*").page(1, 3))));
        assertEquals(12, sdk.describeKeyPairs(Query.region(HANGZHOU).tagged(List.of(new Tag("env", "prod")))
                .page(1, 50)).totalCount());
        assertEquals(5, sdk.describeKeyPairs(Query.region(HANGZHOU).inGroup("rg-five")).totalCount());

        String colons = TestEmulators.sshKeygenMd5("rsa-2048.pub");
        assertEquals(23, sdk.describeKeyPairs(Query.region(HANGZHOU).fingerprinted(colons)).totalCount());
        assertEquals(23, sdk.describeKeyPairs(Query.region(HANGZHOU).fingerprinted(
                colons.replace(":", "").toUpperCase())).totalCount(), "either form of the fingerprint filters");
    }

    @Test
    void deleteTakesAJsonArrayOfNames() throws Exception {
        for (String name : List.of("a", "b", "c").stream().map(n -> "key-" + n).toList()) {
            sdk.importKeyPair(HANGZHOU, name, RSA, null, null);
        }
        assertTrue(sdk.deleteKeyPairs(HANGZHOU, "[\"key-a\",\"key-c\",\"never-there\"]").matches(UUID_FORM));
        assertEquals(List.of("key-b"), names(sdk.describeKeyPairs(Query.region(HANGZHOU))));

        refused("InvalidKeyPairNames.ValueNotSupported", 400, () -> sdk.deleteKeyPairs(HANGZHOU, "key-b"));
        refused("InvalidKeyPairNames.ValueNotSupported", 400, () -> sdk.deleteKeyPairs(HANGZHOU, "[1,2]"));
        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "\"n" + i + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        refused("InstanceKeyPairLimitExceeded", 403, () -> sdk.deleteKeyPairs(HANGZHOU, hundredAndOne));
        refused("MissingParameter", 400, () -> sdk.call("DeleteKeyPairs", Map.of("RegionId", HANGZHOU)));
        assertEquals(List.of("key-b"), names(sdk.describeKeyPairs(Query.region(HANGZHOU))), "refusals change nothing");
    }

    @Test
    void tagsAndResourceGroupsChangeInPlace() throws Exception {
        sdk.importKeyPair(HANGZHOU, "tagged", RSA, List.of(new Tag("team", "x")), null);
        sdk.tagResources(HANGZHOU, "keypair", List.of("tagged"), List.of(new Tag("team", "y"), new Tag("env", "prod")));
        assertEquals(Map.of("team", "y", "env", "prod"), only(HANGZHOU).tags());
        sdk.untagResources(HANGZHOU, List.of("tagged"), List.of("team"), null);
        assertEquals(Map.of("env", "prod"), only(HANGZHOU).tags());
        sdk.untagResources(HANGZHOU, List.of("tagged"), null, true);
        assertEquals(Map.of(), only(HANGZHOU).tags(), "All=true removes every tag");
        sdk.joinResourceGroup(HANGZHOU, "tagged", "rg-moved");
        assertEquals("rg-moved", only(HANGZHOU).resourceGroupId());

        refused("InvalidResourceId.NotFound", 404, () -> sdk.tagResources(HANGZHOU, "keypair", List.of("absent"),
                List.of(new Tag("a", "b"))));
        refused("InvalidResourceId.NotFound", 404, () -> sdk.joinResourceGroup(HANGZHOU, "absent", "rg-moved"));
        refused("InvalidResourceGroup.NotFound", 404, () -> sdk.joinResourceGroup(HANGZHOU, "tagged", "group-1"));
        assertEquals("rg-moved", only(HANGZHOU).resourceGroupId(), "refusals change nothing");
    }

    /** The codes and statuses the official definitions give each tag action and JoinResourceGroup. */
    @Test
    void tagActionsAndJoinResourceGroupRefuseAsTheDefinitionsSay() throws Exception {
        sdk.importKeyPair(HANGZHOU, "tagged", RSA, List.of(new Tag("team", "x")), null);
        List<Tag> one = List.of(new Tag("a", "b"));
        refused("InvalidResourceType.NotFound", 404, () -> sdk.tagResources(HANGZHOU, "instance", List.of("tagged"),
                one));
        refused("InvalidResourceType.NotFound", 404, () -> sdk.tagResources(HANGZHOU, "KeyPair", List.of("tagged"),
                one));
        refused("MissingParameter.ResourceType", 404, () -> sdk.call("TagResources", Map.of("RegionId", HANGZHOU,
                "ResourceId.1", "tagged", "Tag.1.Key", "a")));
        refused("MissingParameter.Tags", 404, () -> sdk.tagResources(HANGZHOU, "keypair", List.of("tagged"),
                List.of()));
        refused("MissingParameter.ResourceIds", 404, () -> sdk.call("TagResources", Map.of("RegionId", HANGZHOU,
                "ResourceType", "keypair", "Tag.1.Key", "a")));
        List<String> fiftyOne = IntStream.range(0, 51).mapToObj(i -> "k" + i).toList();
        refused("NumberExceed.ResourceIds", 400, () -> sdk.tagResources(HANGZHOU, "keypair", fiftyOne, one));
        List<Tag> twentyOne = IntStream.range(0, 21).mapToObj(i -> new Tag("t" + i, "v")).toList();
        refused("NumberExceed.Tags", 400, () -> sdk.tagResources(HANGZHOU, "keypair", List.of("tagged"), twentyOne));
        refused("OperationDenied.QuotaExceed", 400, () -> sdk.tagResources(HANGZHOU, "keypair", List.of("tagged"),
                twentyOne.subList(0, 20)));
        refused("Param.Conflict", 403, () -> sdk.untagResources(HANGZHOU, List.of("tagged"), List.of("team"), true));
        refused("MissingParameter.Tags", 404, () -> sdk.untagResources(HANGZHOU, List.of("tagged"), null, null));
        refused("InvalidResourceType.NotFound", 404, () -> sdk.call("UntagResources", Map.of("RegionId", HANGZHOU,
                "ResourceType", "disk", "ResourceId.1", "tagged", "TagKey.1", "env")));
        refused("InvalidResourceType.NotFound", 404, () -> sdk.call("JoinResourceGroup", Map.of("RegionId", HANGZHOU,
                "ResourceType", "instance", "ResourceId", "tagged", "ResourceGroupId", "rg-moved")));
        refused("InvalidResourceType.NotFound", 404, () -> sdk.call("JoinResourceGroup", Map.of("RegionId", HANGZHOU,
                "ResourceType", "KeyPair", "ResourceId", "tagged", "ResourceGroupId", "rg-moved")));
        refused("MissingParameter", 403, () -> sdk.call("JoinResourceGroup", Map.of("RegionId", HANGZHOU,
                "ResourceType", "keypair", "ResourceGroupId", "rg-moved")));
        refused("MissingParameter", 403, () -> sdk.call("JoinResourceGroup", Map.of("RegionId", HANGZHOU,
                "ResourceId", "tagged", "ResourceGroupId", "rg-moved")));
        assertEquals(Map.of("team", "x"), only(HANGZHOU).tags(), "refusals change nothing");
        assertEquals("", only(HANGZHOU).resourceGroupId());
        // A key of 128 characters and a value starting aliyun are the definitions' and are taken.
        sdk.tagResources(HANGZHOU, "keypair", List.of("tagged"), List.of(new Tag("k".repeat(128), "aliyun-made")));
        assertEquals("aliyun-made", only(HANGZHOU).tags().get("k".repeat(128)));
    }

    @Test
    void describeRegionsListsTheCatalogue() throws Exception {
        List<String> regions = sdk.describeRegions();
        assertTrue(regions.containsAll(List.of("cn-hangzhou", "cn-shanghai", "ap-southeast-1")), regions.toString());
    }

    // ---- the documented refusals ----

    @Test
    void namesAreCheckedAsDocumented() {
        refused("InvalidKeyPairName.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "1starts-with-digit", RSA, null, null));
        refused("InvalidKeyPairName.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "http://x", RSA, null, null));
        refused("InvalidKeyPairName.Malformed", 400, () -> sdk.createKeyPair(HANGZHOU, "a", null, null));
    }

    @Test
    void aNameIsUniqueInItsRegion() throws Exception {
        sdk.importKeyPair(HANGZHOU, "twice", RSA, null, null);
        refused("KeyPair.AlreadyExist", 400, () -> sdk.importKeyPair(HANGZHOU, "twice", RSA, null, null));
        refused("KeyPair.AlreadyExist", 400, () -> sdk.createKeyPair(HANGZHOU, "twice", null, null));
        sdk.importKeyPair("cn-shanghai", "twice", RSA, null, null);
    }

    @Test
    void keysAreCheckedAsDocumented() {
        refused("InvalidPublicKeyBody.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "bad", "ssh-rsa AAAAnotakey", null, null));
        refused("InvalidPublicKeyBody.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "ed", Fixtures.text("ed25519.pub"), null, null));
        SdkError missing = refused("MissingParameter", 400, () -> sdk.importKeyPair(HANGZHOU, "none", null, null, null));
        assertTrue(missing.getMessage().contains("PublicKeyBody"), "names the parameter: " + missing.getMessage());
    }

    @Test
    void theQuotaIsFiveHundredPerRegion() throws Exception {
        for (int i = 0; i < 500; i++) {
            sdk.importKeyPair(HANGZHOU, "q" + i, RSA, null, null);
        }
        refused("QuotaExceed.KeyPair", 403, () -> sdk.importKeyPair(HANGZHOU, "one-more", RSA, null, null));
        refused("QuotaExceed.KeyPair", 403, () -> sdk.createKeyPair(HANGZHOU, "one-more", null, null));
        assertEquals(500, sdk.describeKeyPairs(Query.region(HANGZHOU)).totalCount());
    }

    @Test
    void regionsResourceGroupsAndTagsAreChecked() {
        refused("InvalidRegionId.NotFound", 404, () -> sdk.importKeyPair("cn-nowhere", "kk", RSA, null, null));
        refused("InvalidRegionId.NotFound", 404, () -> sdk.describeKeyPairs(Query.region("cn-nowhere")));
        refused("InvalidResourceGroup.NotFound", 404, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA, null, "RG-UPPER"));
        refused("InvalidTagKey.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA,
                List.of(new Tag("aliyun-owned", "v")), null));
        refused("InvalidTagValue.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA,
                List.of(new Tag("key", "https://x")), null));
        refused("Duplicate.TagKey", 400, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA,
                List.of(new Tag("same", "1"), new Tag("same", "2")), null));
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(new Tag("t" + i, "v"));
        }
        refused("QuotaExceed.Tags", 403, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA, many, null));
        refused("QuotaExceed.Tags", 403, () -> sdk.createKeyPair(HANGZHOU, "kk", many, null));
        refused("InvalidTagValue.Malformed", 400, () -> sdk.importKeyPair(HANGZHOU, "kk", RSA,
                List.of(new Tag("key", "acs:x")), null));
        refused("InvalidParameter", 400, () -> sdk.describeKeyPairs(Query.region(HANGZHOU).page(1, 51)));
        refused("InvalidParameter", 400, () -> sdk.describeKeyPairs(Query.region(HANGZHOU).page(0, 10)));
    }

    @Test
    void anUnknownActionIsNotFound() {
        refused("InvalidAction.NotFound", 404, () -> sdk.call("RunInstances", Map.of("RegionId", HANGZHOU)));
    }

    @Test
    void anUnknownAccessKeyIsNotFound() throws Exception {
        AlibabaSdk stranger = sdk(emulator.hostAndPort(), "who-is-this", Credentials.TEST_SECRET);
        refused("InvalidAccessKeyId.NotFound", 404, () -> stranger.describeRegions());
    }

    @Test
    void aWrongSecretDoesNotMatch() throws Exception {
        AlibabaSdk wrong = sdk(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, "not-the-secret");
        refused(sdk.signatureMismatchCode(), 400, () -> wrong.importKeyPair(HANGZHOU, "kk", RSA, null, null));
        assertEquals(0, sdk.describeKeyPairs(Query.region(HANGZHOU)).totalCount(), "a refused call changes nothing");
    }

    @Test
    void aClockMoreThanFifteenMinutesOffIsRefused() throws Exception {
        try (Emulator ahead = TestEmulators.start("rateLimit=off", settings -> settings.withClock(
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16))))) {
            AlibabaSdk skewed = sdk(ahead.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET);
            refused("InvalidTimeStamp.Expired", 400, () -> skewed.describeRegions());
        }
        try (Emulator slightlyAhead = TestEmulators.start("rateLimit=off", settings -> settings.withClock(
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(14))))) {
            assertFalse(sdk(slightlyAhead.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET)
                    .describeRegions().isEmpty(), "14 minutes off is within the window");
        }
    }

    @Test
    void aReplayedRequestIsRefusedForItsNonce() throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(emulator.port())) {
            AlibabaSdk recorded = sdk(proxy.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID,
                    Credentials.TEST_SECRET);
            recorded.importKeyPair(HANGZHOU, "once", RSA, null, null);
            String replay = proxy.replayLast();
            assertTrue(replay.startsWith("HTTP/1.1 400"), replay);
            assertTrue(replay.contains("\"Code\":\"SignatureNonceUsed\""), replay);
        }
        assertEquals(Set.of("once"), Set.copyOf(names(sdk.describeKeyPairs(Query.region(HANGZHOU)))));
    }

    @Test
    void nothingFailedInsideTheEmulator() throws Exception {
        sdk.describeRegions();
        assertEquals(List.of(), TestEmulators.LOGGED);
    }

    private AlibabaSdk.KeyPair only(String regionId) throws SdkError {
        Page page = sdk.describeKeyPairs(Query.region(regionId));
        assertEquals(1, page.totalCount());
        return page.keyPairs().get(0);
    }

    static List<String> names(Page page) {
        return page.keyPairs().stream().map(AlibabaSdk.KeyPair::name).toList();
    }
}
