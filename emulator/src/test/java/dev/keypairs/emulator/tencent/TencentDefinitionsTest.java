package dev.keypairs.emulator.tencent;

import static dev.keypairs.emulator.tencent.TencentSdkTest.GUANGZHOU;
import static dev.keypairs.emulator.tencent.TencentSdkTest.RSA;
import static dev.keypairs.emulator.tencent.TencentSdkTest.describing;
import static dev.keypairs.emulator.tencent.TencentSdkTest.filter;
import static dev.keypairs.emulator.tencent.TencentSdkTest.importing;
import static dev.keypairs.emulator.tencent.TencentSdkTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.Tag;
import com.tencentcloudapi.cvm.v20170312.models.TagSpecification;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.store.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator held to Tencent Cloud's official CVM definitions (TencentCloud/tencentcloud-cli,
 * {@code tccli/services/cvm/v20170312/api.json} and {@code examples.json}; the codes each action documents from
 * TencentCloud/tencentcloud-sdk-go, {@code tencentcloud/cvm/v20170312/client.go}): the codes answered, the
 * parameters taken, the fields returned. Through the official Java SDK, and signed by hand where no SDK sends it.
 */
class TencentDefinitionsTest {

    Emulator emulator;
    CvmClient cvm;
    CvmClient get;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        cvm = TestEmulators.cvm(emulator.hostAndPort(), GUANGZHOU);
        get = TestEmulators.cvm(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                GUANGZHOU, "GET");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    // ---- DescribeKeyPairs and DeleteKeyPairs: the codes their definitions list ----

    @Test
    void describeAnswersTheCodesItsDefinitionLists() {
        refused("InvalidFilter", () -> cvm.DescribeKeyPairs(filters(filter("key-id", "skey-00000000"))));
        refused("InvalidFilter", () -> cvm.DescribeKeyPairs(filters(filter("tag:", "x"))));
        refused("InvalidParameterValueOffset", () -> cvm.DescribeKeyPairs(describing(r -> {
            r.setOffset(-1L);
            return r;
        })));
        for (long limit : new long[] {0, 101, 1L << 40}) {
            refused("InvalidParameterValueLimit", () -> cvm.DescribeKeyPairs(describing(r -> {
                r.setLimit(limit);
                return r;
            })));
        }
        refused("InvalidParameterValue.LimitExceeded", () -> cvm.DescribeKeyPairs(keyIds(101)));
        refused("InvalidKeyPairId.Malformed", () -> cvm.DescribeKeyPairs(describing(r -> {
            r.setKeyIds(new String[] {"deploy_key"});
            return r;
        })));
        refused("InvalidFilterValue.LimitExceeded",
                () -> cvm.DescribeKeyPairs(filters(filter("key-name", "a", "b", "c", "d", "e", "f"))));
        refused("InvalidParameterValue.LimitExceeded", () -> cvm.DescribeKeyPairs(filters(IntStream.range(0, 11)
                .mapToObj(i -> filter("tag:k" + i, "v")).toArray(Filter[]::new))));
        refused("InvalidParameter", () -> cvm.DescribeKeyPairs(describing(r -> {
            r.setKeyIds(new String[] {"skey-00000000"});
            r.setFilters(new Filter[] {filter("key-name", "x")});
            return r;
        })));
    }

    @Test
    void describeTakesTheFiveDocumentedFilters() throws Exception {
        cvm.ImportKeyPair(importing("web", RSA, 3L));
        assertEquals(1L, cvm.DescribeKeyPairs(filters(filter("key-name", "web"), filter("project-id", "3")))
                .getTotalCount());
        // Tencent's key pairs keep no tags yet: the tag filters are taken, and select none.
        assertEquals(0L, cvm.DescribeKeyPairs(filters(filter("tag-key", "team"), filter("tag-value", "ops"),
                filter("tag:team", "ops"))).getTotalCount());
        assertEquals(0L, get.DescribeKeyPairs(filters(filter("tag:team", "ops", "dev"))).getTotalCount());
    }

    @Test
    void deleteOfMoreThanAHundredKeyIdsExceedsTheLimit() {
        DeleteKeyPairsRequest tooMany = new DeleteKeyPairsRequest();
        tooMany.setKeyIds(keyIds(101).getKeyIds());
        refused("InvalidParameterValue.LimitExceeded", () -> cvm.DeleteKeyPairs(tooMany));
    }

    // ---- ImportKeyPair and CreateKeyPair ----

    @Test
    void projectIdIsRequiredAndAWholeNumber() {
        refused("MissingParameter", () -> cvm.ImportKeyPair(importing("no_project", RSA, null)));
        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("no_project");
        refused("MissingParameter", () -> cvm.CreateKeyPair(create));
        refused("MissingParameter", () -> cvm.ImportKeyPair(importing(null, RSA, 0L)));
        refused("InvalidParameterValue", () -> cvm.ImportKeyPair(importing("negative", RSA, -1L)));
        refused("InvalidParameter", () -> cvm.call("ImportKeyPair",
                "{\"KeyName\":\"k\",\"ProjectId\":\"seven\",\"PublicKey\":\"" + RSA.strip() + "\"}"));
        refused("InvalidParameter", () -> cvm.call("CreateKeyPair", "{\"KeyName\":\"k\",\"ProjectId\":1.5}"));
    }

    @Test
    void tagSpecificationIsReadAlikeFromAQueryAndAJsonBody() throws Exception {
        ImportKeyPairRequest overGet = importing("over_get", TestKeys.rsa(1), 0L);
        overGet.setTagSpecification(new TagSpecification[] {keyPairTags("keypair", tag("team", "ops"))});
        assertTrue(get.ImportKeyPair(overGet).getKeyId().startsWith("skey-"),
                "TagSpecification.0.Tags.0.Key: five segments, as deep as the definitions go");
        ImportKeyPairRequest overPost = importing("over_post", TestKeys.rsa(2), 0L);
        overPost.setTagSpecification(new TagSpecification[] {keyPairTags("keypair", tag("team", "ops"))});
        assertTrue(cvm.ImportKeyPair(overPost).getKeyId().startsWith("skey-"));
        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("created_tagged");
        create.setProjectId(0L);
        create.setTagSpecification(new TagSpecification[] {keyPairTags("keypair", tag("a", "b")),
                keyPairTags("keypair", tag("c", "d"))});
        KeyPair created = get.CreateKeyPair(create).getKeyPair();
        assertEquals(Map.of("a", "b", "c", "d"), tags(created), "the tags of every TagSpecification, answered");
        for (KeyPair described : cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()) {
            assertEquals(described.getKeyName().equals("created_tagged") ? Map.of("a", "b", "c", "d")
                    : Map.of("team", "ops"), tags(described), "kept, from a query and a body alike");
        }
        // Tencent's tag documentation: a value has 1 to 255 characters (an empty one was taken before #25).
        CreateKeyPairRequest emptyValue = new CreateKeyPairRequest();
        emptyValue.setKeyName("empty_value");
        emptyValue.setProjectId(0L);
        emptyValue.setTagSpecification(new TagSpecification[] {keyPairTags("keypair", tag("c", ""))});
        refused("InvalidParameterValue", () -> get.CreateKeyPair(emptyValue));

        for (CvmClient client : List.of(cvm, get)) {
            ImportKeyPairRequest instance = importing("instance_tags", TestKeys.rsa(3), 0L);
            instance.setTagSpecification(new TagSpecification[] {keyPairTags("instance", tag("team", "ops"))});
            refused("InvalidParameterValue", () -> client.ImportKeyPair(instance));
            ImportKeyPairRequest noValue = importing("no_value", TestKeys.rsa(3), 0L);
            Tag keyOnly = new Tag();
            keyOnly.setKey("team");
            noValue.setTagSpecification(new TagSpecification[] {keyPairTags("keypair", keyOnly)});
            refused("MissingParameter", () -> client.ImportKeyPair(noValue));
        }
    }

    private static Map<String, String> tags(KeyPair keyPair) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag tag : keyPair.getTags()) {
            tags.put(tag.getKey(), tag.getValue());
        }
        return tags;
    }

    // ---- the wire: parameters, versions ----

    @Test
    void aParameterNoDefinitionHasIsUnknown() throws Exception {
        refused("UnknownParameter", () -> cvm.call("DescribeKeyPairs", "{\"Foo\":1}"));
        refused("UnknownParameter", () -> cvm.call("DescribeKeyPairs",
                "{\"Filters\":[{\"Name\":\"key-name\",\"Values\":[\"a\"],\"Foo\":\"x\"}]}"));
        refused("UnknownParameter", () -> cvm.call("ImportKeyPair", "{\"KeyName\":\"k\",\"ProjectId\":0,"
                + "\"PublicKey\":\"x\",\"TagSpecification\":[{\"ResourceType\":\"keypair\",\"Tags\":[],\"Bar\":1}]}"));
        refused("UnknownParameter", () -> cvm.call("DescribeRegions", "{\"Limit\":1}"));
        DescribeKeyPairsRequest withExtra = new DescribeKeyPairsRequest();
        withExtra.set("IncludePublicKey", true);
        refused("UnknownParameter", () -> cvm.DescribeKeyPairs(withExtra));

        assertEquals("UnknownParameter", code(signedGet("DescribeKeyPairs", "Filters.0.Name=key-name"
                + "&Filters.0.Values.0=a&Filters.0.Foo=x")));
        assertEquals("UnknownParameter", code(signedGet("ImportKeyPair", "KeyName=k&ProjectId=0&PublicKey=x"
                + "&TagSpecification.0.ResourceType=keypair&TagSpecification.0.Bar=1")));
        assertEquals("UnknownParameter", code(signedGet("DescribeKeyPairs", "Filters.0.Values.0.Deeper.0=x")));
        assertEquals("InvalidParameter", code(signedGet("DescribeKeyPairs", "Limit=twenty")));
        assertEquals("InvalidParameter", code(signedGet("DescribeKeyPairs", "Filters.0=key-name")));
    }

    @Test
    void theCommonParametersOfEverySignatureAndSdkAreNotTheActions() throws Exception {
        JsonNode answer = json.readTree(signedGet("DescribeKeyPairs", "Limit=5&Action=DescribeKeyPairs"
                + "&Version=2017-03-12&Region=ap-guangzhou&Language=zh-CN&RequestClient=SDK_NODEJS_4.0.0&Token="
                + "&Nonce=123&Timestamp=" + Instant.now().getEpochSecond()));
        assertEquals(0, answer.path("Response").path("TotalCount").asInt(), answer.toString());
    }

    @Test
    void anotherVersionIsNoSuchVersion() {
        HttpProfile httpProfile = new HttpProfile();
        httpProfile.setEndpoint(emulator.hostAndPort());
        httpProfile.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(httpProfile);
        CommonClient older = new CommonClient("cvm", "2017-03-13", new Credential(Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET), GUANGZHOU, profile);
        refused("NoSuchVersion", () -> older.call("DescribeRegions", "{}"));
    }

    // ---- the answers' fields ----

    @Test
    void publicKeysCarryTheKeyIdAsTheirComment() throws Exception {
        String keyId = cvm.ImportKeyPair(importing("commented", RSA, 0L)).getKeyId();
        String answered = cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()[0].getPublicKey();
        assertEquals(RSA.strip().split(" ")[0] + " " + RSA.strip().split(" ")[1] + " " + keyId, answered);
        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("made");
        create.setProjectId(0L);
        KeyPair created = cvm.CreateKeyPair(create).getKeyPair();
        String[] words = created.getPublicKey().split(" ");
        assertEquals(3, words.length, created.getPublicKey());
        assertEquals(created.getKeyId(), words[2]);
        assertEquals(2048, PublicKeyReader.read(created.getPublicKey()).bits());
    }

    /** Each output object's fields and their JSON types, from the definitions' {@code KeyPair}, {@code RegionInfo}, …. */
    static final Map<String, String> KEY_PAIR = fields("KeyId", "string", "KeyName", "string", "ProjectId", "int",
            "Description", "string", "PublicKey", "string", "AssociatedInstanceIds", "list", "CreatedTime", "string",
            "Tags", "list");

    @Test
    void everyAnswerHasTheFieldsTheDefinitionsGive() throws Exception {
        JsonNode imported = response(cvm.call("ImportKeyPair", "{\"KeyName\":\"fields\",\"ProjectId\":0,"
                + "\"PublicKey\":\"" + RSA.strip() + "\"}"));
        assertEquals(fields("KeyId", "string", "RequestId", "string"), types(imported));

        JsonNode created = response(cvm.call("CreateKeyPair", "{\"KeyName\":\"made\",\"ProjectId\":0}"));
        assertEquals(fields("KeyPair", "object", "RequestId", "string"), types(created));
        Map<String, String> withPrivateKey = new LinkedHashMap<>(KEY_PAIR);
        withPrivateKey.put("PrivateKey", "string");
        assertEquals(sorted(withPrivateKey), sorted(types(created.get("KeyPair"))));

        JsonNode described = response(cvm.call("DescribeKeyPairs", "{}"));
        assertEquals(sorted(fields("TotalCount", "int", "KeyPairSet", "list", "RequestId", "string")),
                sorted(types(described)));
        for (JsonNode keyPair : described.get("KeyPairSet")) {
            assertEquals(sorted(KEY_PAIR), sorted(types(keyPair)));
            assertTrue(keyPair.get("CreatedTime").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        }

        JsonNode regions = response(cvm.call("DescribeRegions", "{}"));
        assertEquals(sorted(fields("TotalCount", "int", "RegionSet", "list", "RequestId", "string")),
                sorted(types(regions)));
        assertEquals(regions.get("RegionSet").size(), regions.get("TotalCount").asInt());
        for (JsonNode region : regions.get("RegionSet")) {
            assertEquals(sorted(fields("Region", "string", "RegionName", "string", "RegionState", "string")),
                    sorted(types(region)));
        }
    }

    // ---- helpers ----

    private String signedGet(String action, String query) throws Exception {
        long now = Instant.now().getEpochSecond();
        String authorization = WireSigner.tc3("GET", query, "application/x-www-form-urlencoded",
                emulator.hostAndPort(), "cvm", WireSigner.sha256Hex(new byte[0]), now, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET);
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/?" + query)).GET()
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", authorization)
                .header("X-TC-Action", action).header("X-TC-Version", "2017-03-12")
                .header("X-TC-Region", GUANGZHOU).header("X-TC-Timestamp", String.valueOf(now)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private String code(String answer) throws Exception {
        return json.readTree(answer).path("Response").path("Error").path("Code").asText(answer);
    }

    private JsonNode response(String answer) throws Exception {
        return json.readTree(answer).get("Response");
    }

    private static Map<String, String> types(JsonNode object) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            types.put(field.getKey(), value.isTextual() ? "string" : value.isIntegralNumber() ? "int"
                    : value.isArray() ? "list" : value.isObject() ? "object" : value.getNodeType().toString());
        }
        return types;
    }

    private static Map<String, String> fields(String... namesAndTypes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return fields;
    }

    private static Map<String, String> sorted(Map<String, String> fields) {
        return new java.util.TreeMap<>(fields);
    }

    private static DescribeKeyPairsRequest filters(Filter... filters) {
        return describing(r -> {
            r.setFilters(filters);
            return r;
        });
    }

    private static DescribeKeyPairsRequest keyIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("skey-%08d", i));
        }
        return describing(r -> {
            r.setKeyIds(ids.toArray(String[]::new));
            return r;
        });
    }

    private static TagSpecification keyPairTags(String resourceType, Tag... tags) {
        TagSpecification specification = new TagSpecification();
        specification.setResourceType(resourceType);
        specification.setTags(tags);
        return specification;
    }

    private static Tag tag(String key, String value) {
        Tag tag = new Tag();
        tag.setKey(key);
        tag.setValue(value);
        return tag;
    }
}
