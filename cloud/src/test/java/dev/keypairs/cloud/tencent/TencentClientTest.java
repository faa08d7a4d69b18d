package dev.keypairs.cloud.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.cloud.client.CannedCloud;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the Tencent client puts on the wire through the official SDK for tags, renames and the Tag API, and what it
 * makes of the answers: against an endpoint answering canned JSON, as the CVM 2017-03-12 and Tag 2018-08-13
 * definitions shape it (TencentCloud/tencentcloud-cli, {@code tccli/services/{cvm/v20170312,tag/v20180813}}).
 */
class TencentClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccessKey KEY = new AccessKey("AKIDtest", "secret", null);
    private static final String RSA = Fixtures.key("rsa-2048.pub").toOpenSshLine();

    private final CannedCloud cloud = cannedCloud();

    private static CannedCloud cannedCloud() {
        try {
            return new CannedCloud();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private TencentClient client() {
        return TencentClient.withKey(cloud.settings(), KEY, AccessKeyInUse.Source.FRONT_END);
    }

    private static JsonNode body(CannedCloud.Request request) throws Exception {
        return JSON.readTree(request.body());
    }

    @Test
    void importAndCreateSendTheTagsAsOneTagSpecificationOfKeyPairs() throws Exception {
        cloud.answering("{\"Response\":{\"KeyId\":\"skey-1q8j7b93\",\"RequestId\":\"r-1\"}}",
                "{\"Response\":{\"KeyPair\":{\"KeyId\":\"skey-2q8j7b93\",\"KeyName\":\"made\",\"ProjectId\":0,"
                        + "\"PublicKey\":\"" + RSA + "\",\"PrivateKey\":\"-----BEGIN RSA PRIVATE KEY-----\\nAA==\\n"
                        + "-----END RSA PRIVATE KEY-----\\n\"},\"RequestId\":\"r-2\"}}");
        List<Tag> tags = List.of(new Tag("team", "infra"), new Tag("empty", ""));
        assertEquals("skey-1q8j7b93", client().importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "ci",
                RSA, 0L, tags)).keyId());
        client().createKeyPair(TencentKeyPairRequest.creating("ap-guangzhou", "made", 0L, tags));

        for (CannedCloud.Request request : cloud.requests()) {
            JsonNode specification = body(request).get("TagSpecification");
            assertEquals(1, specification.size(), request.body());
            assertEquals("keypair", specification.get(0).get("ResourceType").asText());
            JsonNode sent = specification.get(0).get("Tags");
            assertEquals(2, sent.size());
            assertEquals("team", sent.get(0).get("Key").asText());
            assertEquals("infra", sent.get(0).get("Value").asText());
            assertEquals("empty", sent.get(1).get("Key").asText());
            assertEquals("", sent.get(1).get("Value").asText());
        }
        assertEquals("ImportKeyPair", cloud.requests().get(0).header("X-TC-Action"));
        assertEquals("CreateKeyPair", cloud.requests().get(1).header("X-TC-Action"));
    }

    @Test
    void aKeyPairWithoutTagsIsImportedWithoutATagSpecification() throws Exception {
        cloud.answering("{\"Response\":{\"KeyId\":\"skey-1q8j7b93\",\"RequestId\":\"r-1\"}}");
        client().importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "ci", RSA, 0L));
        assertFalse(body(cloud.requests().get(0)).has("TagSpecification"), cloud.requests().get(0).body());
    }

    @Test
    void describedKeyPairsCarryTheirTagsDescriptionAndInstances() throws Exception {
        cloud.answering("{\"Response\":{\"TotalCount\":2,\"KeyPairSet\":["
                + "{\"KeyId\":\"skey-1q8j7b93\",\"KeyName\":\"bound\",\"ProjectId\":3,\"Description\":\"CI runners\","
                + "\"PublicKey\":\"" + RSA + " skey-1q8j7b93\",\"AssociatedInstanceIds\":[\"ins-aaaa1111\","
                + "\"ins-bbbb2222\"],\"CreatedTime\":\"2024-05-01T10:07:00Z\",\"Tags\":[{\"Key\":\"team\","
                + "\"Value\":\"infra\"},{\"Key\":\"env\",\"Value\":\"\"}]},"
                + "{\"KeyId\":\"skey-2q8j7b93\",\"KeyName\":\"bare\",\"ProjectId\":0,\"Description\":\"\","
                + "\"PublicKey\":\"" + RSA + "\",\"AssociatedInstanceIds\":[],\"Tags\":[]}],"
                + "\"RequestId\":\"r-1\"}}");
        List<StoredKeyPair> keyPairs = client().describeKeyPairs(new TencentDescribeKeyPairsRequest("ap-guangzhou",
                null, null, 0, 100)).keyPairs();

        StoredKeyPair bound = keyPairs.get(0);
        assertEquals(Provider.TENCENT, bound.provider());
        assertEquals(Map.of("team", "infra", "env", ""), bound.tags());
        assertEquals("CI runners", bound.description());
        assertEquals(List.of("ins-aaaa1111", "ins-bbbb2222"), bound.associatedInstanceIds());
        assertEquals(RSA, bound.publicKey());
        assertEquals(3L, bound.projectId());
        StoredKeyPair bare = keyPairs.get(1);
        assertEquals(Map.of(), bare.tags());
        assertNull(bare.description(), "an empty description is none");
        assertEquals(List.of(), bare.associatedInstanceIds());
    }

    @Test
    void modifyKeyPairAttributeRenamesByKeyIdAndSendsNothingLeftNull() throws Exception {
        cloud.answering("{\"Response\":{\"RequestId\":\"r-rename\"}}", "{\"Response\":{\"RequestId\":\"r-describe\"}}");
        assertEquals("r-rename", client().modifyKeyPairAttribute(new ModifyKeyPairAttributeRequest("ap-guangzhou",
                "skey-1q8j7b93", "new_name", null)).requestId());
        client().modifyKeyPairAttribute(new ModifyKeyPairAttributeRequest("ap-guangzhou", "skey-1q8j7b93", null,
                "CI runners"));

        CannedCloud.Request rename = cloud.requests().get(0);
        assertEquals("ModifyKeyPairAttribute", rename.header("X-TC-Action"));
        assertEquals("2017-03-12", rename.header("X-TC-Version"));
        assertEquals("ap-guangzhou", rename.header("X-TC-Region"));
        assertEquals(JSON.readTree("{\"KeyId\":\"skey-1q8j7b93\",\"KeyName\":\"new_name\"}"), body(rename));
        assertEquals(JSON.readTree("{\"KeyId\":\"skey-1q8j7b93\",\"Description\":\"CI runners\"}"),
                body(cloud.requests().get(1)));
    }

    @Test
    void modifyResourceTagsGoesToTheTagApiByItsVersionAtTheSameEndpoint() throws Exception {
        cloud.answering("{\"Response\":{\"RequestId\":\"r-tags\"}}");
        assertEquals("r-tags", client().modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou",
                "skey-1q8j7b93", List.of(new Tag("team", "infra"), new Tag("env", "")), List.of("old", "gone")))
                .requestId());

        CannedCloud.Request request = cloud.requests().get(0);
        assertEquals("ModifyResourceTags", request.header("X-TC-Action"));
        assertEquals("2018-08-13", request.header("X-TC-Version"));
        assertEquals("ap-guangzhou", request.header("X-TC-Region"));
        assertEquals(cloud.hostAndPort(), request.header("Host"));
        // The Java SDK signs as the service the first label of the endpoint's host: "tag" at tag.tencentcloudapi.com,
        // "127" here, as it does CVM's calls. At one endpoint the version tells the two APIs apart, not the scope.
        assertTrue(request.header("Authorization").contains("/127/tc3_request"), request.header("Authorization"));
        assertEquals(JSON.readTree("{\"Resource\":\"qcs::cvm:ap-guangzhou:uin/:keypair/skey-1q8j7b93\","
                + "\"ReplaceTags\":[{\"TagKey\":\"team\",\"TagValue\":\"infra\"},{\"TagKey\":\"env\",\"TagValue\":\"\"}],"
                + "\"DeleteTags\":[{\"TagKey\":\"old\"},{\"TagKey\":\"gone\"}]}"), body(request));
    }

    @Test
    void anEmptySideOfModifyResourceTagsIsLeftOutNeverSentEmpty() throws Exception {
        cloud.answering("{\"Response\":{\"RequestId\":\"r-1\"}}", "{\"Response\":{\"RequestId\":\"r-2\"}}");
        client().modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou", "skey-1q8j7b93",
                List.of(new Tag("team", "infra")), List.of()));
        client().modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou", "skey-1q8j7b93", List.of(),
                List.of("team")));
        assertEquals(JSON.readTree("{\"Resource\":\"qcs::cvm:ap-guangzhou:uin/:keypair/skey-1q8j7b93\","
                + "\"ReplaceTags\":[{\"TagKey\":\"team\",\"TagValue\":\"infra\"}]}"), body(cloud.requests().get(0)));
        assertEquals(JSON.readTree("{\"Resource\":\"qcs::cvm:ap-guangzhou:uin/:keypair/skey-1q8j7b93\","
                + "\"DeleteTags\":[{\"TagKey\":\"team\"}]}"), body(cloud.requests().get(1)));
    }

    @Test
    void theTagApisRefusalsArriveWithTheirCodesAndKinds() {
        cloud.answering("{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue.TagKeyLengthExceeded\","
                        + "\"Message\":\"tag key too long\"},\"RequestId\":\"r-refused\"}}",
                "{\"Response\":{\"Error\":{\"Code\":\"UnauthorizedOperation\",\"Message\":\"no permission\"},"
                        + "\"RequestId\":\"r-denied\"}}",
                "{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\",\"Message\":\"slow down\"},"
                        + "\"RequestId\":\"r-throttled\"}}",
                "not json");
        ModifyResourceTagsRequest request = new ModifyResourceTagsRequest("ap-guangzhou", "skey-1q8j7b93",
                List.of(new Tag("team", "infra")), List.of());

        ApiErrorException refused = assertThrows(ApiErrorException.class, () -> client().modifyResourceTags(request));
        assertEquals("InvalidParameterValue.TagKeyLengthExceeded", refused.error().code().code());
        assertEquals("r-refused", refused.requestId());
        assertEquals(ErrorKind.FINAL, refused.kind());
        ApiErrorException denied = assertThrows(ApiErrorException.class, () -> client().modifyResourceTags(request));
        assertEquals(ErrorKind.DENIED, denied.kind());
        assertEquals("AKIDtest", denied.accessKey().orElseThrow().id());
        assertEquals(ErrorKind.TRANSIENT, assertThrows(ApiErrorException.class,
                () -> client().modifyResourceTags(request)).kind());
        StoreUnavailableException unreadable = assertThrows(StoreUnavailableException.class,
                () -> client().modifyResourceTags(request));
        assertEquals(ErrorKind.TRANSIENT, unreadable.kind());
        assertTrue(unreadable.getMessage().contains("ModifyResourceTags at " + cloud.hostAndPort()),
                unreadable.getMessage());
    }

    @Test
    void anAnswerWithoutItsRequestIdIsUnreadable() {
        cloud.answering("{\"Response\":{}}");
        assertThrows(StoreUnavailableException.class, () -> client().modifyResourceTags(new ModifyResourceTagsRequest(
                "ap-guangzhou", "skey-1q8j7b93", List.of(), List.of("team"))));
    }

    @Test
    void theTagApiHasOnePublicEndpointForEveryRegionOrTheOneGiven() {
        TencentClient publicClouds = TencentClient.withKey(new ClientSettings(Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), KEY, AccessKeyInUse.Source.FRONT_END);
        assertEquals("tag.tencentcloudapi.com", publicClouds.tagEndpoint());
        TencentClient proxied = TencentClient.withKey(new ClientSettings(Optional.of(URI.create(
                "https://proxy.example:8443")), Duration.ofSeconds(1), Duration.ofSeconds(1)), KEY,
                AccessKeyInUse.Source.FRONT_END);
        assertEquals("proxy.example:8443", proxied.tagEndpoint());
        assertEquals(proxied.endpoint("ap-guangzhou"), proxied.tagEndpoint());
    }
}
