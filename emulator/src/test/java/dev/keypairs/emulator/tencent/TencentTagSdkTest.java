package dev.keypairs.emulator.tencent;

import static dev.keypairs.emulator.tencent.TencentSdkTest.GUANGZHOU;
import static dev.keypairs.emulator.tencent.TencentSdkTest.filter;
import static dev.keypairs.emulator.tencent.TencentSdkTest.importing;
import static dev.keypairs.emulator.tencent.TencentSdkTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.ModifyKeyPairAttributeRequest;
import com.tencentcloudapi.cvm.v20170312.models.Tag;
import com.tencentcloudapi.cvm.v20170312.models.TagSpecification;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.store.TestKeys;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tencent's tags and renames on the emulator, through the official Java SDK: CVM's {@code TagSpecification} kept and
 * answered as {@code Tags}, the tag filters, ModifyKeyPairAttribute, and the Tag API (2018-08-13) on the same port
 * reading and writing the very same tags, routed by the service it is signed for or its version.
 */
class TencentTagSdkTest {

    Emulator emulator;
    CvmClient cvm;
    TagWire tag;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        cvm = TencentSdkTest.client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                GUANGZHOU, "POST");
        tag = new TagWire(emulator.hostAndPort(), GUANGZHOU);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    static TagSpecification keyPairTags(String... keysAndValues) {
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Tag tag = new Tag();
            tag.setKey(keysAndValues[i]);
            tag.setValue(keysAndValues[i + 1]);
            tags.add(tag);
        }
        TagSpecification specification = new TagSpecification();
        specification.setResourceType("keypair");
        specification.setTags(tags.toArray(Tag[]::new));
        return specification;
    }

    static Map<String, String> tags(KeyPair keyPair) {
        Map<String, String> tags = new TreeMap<>();
        for (Tag tag : keyPair.getTags()) {
            tags.put(tag.getKey(), tag.getValue());
        }
        return tags;
    }

    KeyPair described(String keyId) throws Exception {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setKeyIds(new String[] {keyId});
        KeyPair[] found = cvm.DescribeKeyPairs(request).getKeyPairSet();
        assertEquals(1, found.length);
        return found[0];
    }

    List<String> namesFiltered(Filter filter) throws Exception {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setFilters(new Filter[] {filter});
        return java.util.Arrays.stream(cvm.DescribeKeyPairs(request).getKeyPairSet()).map(KeyPair::getKeyName).toList();
    }

    @Test
    void tagSpecificationIsKeptAnsweredAndFilteredOn() throws Exception {
        ImportKeyPairRequest imported = importing("web_key", TestKeys.rsa(0), 0L);
        imported.setTagSpecification(new TagSpecification[] {keyPairTags("team", "web", "env", "prod")});
        String web = cvm.ImportKeyPair(imported).getKeyId();
        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("ops_key");
        create.setProjectId(0L);
        create.setTagSpecification(new TagSpecification[] {keyPairTags("team", "ops")});
        KeyPair created = cvm.CreateKeyPair(create).getKeyPair();
        assertEquals(Map.of("team", "ops"), tags(created), "CreateKeyPair answers the tags it set");
        cvm.ImportKeyPair(importing("bare_key", TestKeys.rsa(1), 0L));

        assertEquals(Map.of("env", "prod", "team", "web"), tags(described(web)));
        assertEquals("", described(web).getDescription());
        assertEquals(0, described(web).getAssociatedInstanceIds().length);
        assertEquals(List.of("ops_key", "web_key"), namesFiltered(filter("tag-key", "team")));
        assertEquals(List.of("web_key"), namesFiltered(filter("tag-value", "prod")));
        assertEquals(List.of("ops_key"), namesFiltered(filter("tag:team", "ops")));

        ImportKeyPairRequest reserved = importing("reserved", TestKeys.rsa(2), 0L);
        reserved.setTagSpecification(new TagSpecification[] {keyPairTags("qcloud:app", "x")});
        refused("InvalidParameterValue", () -> cvm.ImportKeyPair(reserved));
        CreateKeyPairRequest reservedCreate = new CreateKeyPairRequest();
        reservedCreate.setKeyName("reserved");
        reservedCreate.setProjectId(0L);
        reservedCreate.setTagSpecification(new TagSpecification[] {keyPairTags("tencent-owner", "x")});
        refused("FailedOperation.TagKeyReserved", () -> cvm.CreateKeyPair(reservedCreate));
    }

    @Test
    void modifyKeyPairAttributeRenamesInPlaceAndDescribes() throws Exception {
        ImportKeyPairRequest imported = importing("ops_old", TestKeys.rsa(0), 3L);
        imported.setTagSpecification(new TagSpecification[] {keyPairTags("team", "ops")});
        String keyId = cvm.ImportKeyPair(imported).getKeyId();
        cvm.ImportKeyPair(importing("taken", TestKeys.rsa(1), 0L));

        ModifyKeyPairAttributeRequest rename = new ModifyKeyPairAttributeRequest();
        rename.setKeyId(keyId);
        rename.setKeyName("ops_2026");
        assertTrue(cvm.ModifyKeyPairAttribute(rename).getRequestId().length() > 0);
        KeyPair renamed = described(keyId);
        assertEquals("ops_2026", renamed.getKeyName());
        assertEquals(3L, renamed.getProjectId());
        assertEquals(Map.of("team", "ops"), tags(renamed), "the same key pair: its tags stay");

        ModifyKeyPairAttributeRequest describe = new ModifyKeyPairAttributeRequest();
        describe.setKeyId(keyId);
        describe.setDescription("Ops' key, 2026");
        TencentSdkTest.client(emulator.hostAndPort(), Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET,
                GUANGZHOU, "GET").ModifyKeyPairAttribute(describe);
        assertEquals("Ops' key, 2026", described(keyId).getDescription());

        ModifyKeyPairAttributeRequest duplicate = new ModifyKeyPairAttributeRequest();
        duplicate.setKeyId(keyId);
        duplicate.setKeyName("taken");
        refused("InvalidKeyPairName.Duplicate", () -> cvm.ModifyKeyPairAttribute(duplicate));
        ModifyKeyPairAttributeRequest absent = new ModifyKeyPairAttributeRequest();
        absent.setKeyId("skey-00000000");
        absent.setKeyName("x");
        refused("InvalidKeyPairId.NotFound", () -> cvm.ModifyKeyPairAttribute(absent));
        ModifyKeyPairAttributeRequest neither = new ModifyKeyPairAttributeRequest();
        neither.setKeyId(keyId);
        refused("MissingParameter", () -> cvm.ModifyKeyPairAttribute(neither));
    }

    @Test
    void whatOneApiWritesTheOtherReads() throws Exception {
        ImportKeyPairRequest imported = importing("shared", TestKeys.rsa(0), 0L);
        imported.setTagSpecification(new TagSpecification[] {keyPairTags("team", "web", "env", "dev")});
        String keyId = cvm.ImportKeyPair(imported).getKeyId();
        String other = cvm.ImportKeyPair(importing("other", TestKeys.rsa(1), 0L)).getKeyId();

        ObjectNode describe = TagWire.body().put("ServiceType", "cvm").put("ResourcePrefix", "keypair")
                .put("ResourceRegion", GUANGZHOU);
        describe.putArray("ResourceIds").add(keyId).add(other);
        JsonNode rows = tag.call("DescribeResourceTagsByResourceIds", describe);
        assertEquals(2, rows.path("TotalCount").asInt());
        assertEquals(0, rows.path("Offset").asInt());
        assertEquals(15, rows.path("Limit").asInt(), "the definition's default");
        JsonNode first = rows.path("Tags").get(0);
        assertEquals(List.of(keyId, "cvm", "env", "dev", md5("env"), md5("dev")), List.of(first.path("ResourceId")
                .asText(), first.path("ServiceType").asText(), first.path("TagKey").asText(),
                first.path("TagValue").asText(), first.path("TagKeyMd5").asText(), first.path("TagValueMd5").asText()));

        ObjectNode modify = TagWire.body().put("Resource", TagWire.resource(GUANGZHOU, keyId));
        modify.putArray("ReplaceTags").addObject().put("TagKey", "env").put("TagValue", "prod");
        modify.putArray("DeleteTags").addObject().put("TagKey", "team");
        tag.call("ModifyResourceTags", modify);
        assertEquals(Map.of("env", "prod"), tags(described(keyId)), "ModifyResourceTags, read by CVM");

        ObjectNode tagBoth = TagWire.body();
        tagBoth.putArray("ResourceList").add(TagWire.resource(GUANGZHOU, keyId))
                .add("qcs::cvm:" + GUANGZHOU + ":uin/1250000000:keypair/" + other)
                .add(TagWire.resource(GUANGZHOU, "skey-00000000"));
        tagBoth.putArray("Tags").addObject().put("TagKey", "owner").put("TagValue", "platform");
        JsonNode tagged = tag.call("TagResources", tagBoth);
        assertEquals(1, tagged.path("FailedResources").size(), tagged.toString());
        assertEquals(TagWire.resource(GUANGZHOU, "skey-00000000"), tagged.path("FailedResources").get(0)
                .path("Resource").asText());
        assertEquals("InvalidParameterValue.ResourceDescriptionError", tagged.path("FailedResources").get(0)
                .path("Code").asText());
        assertEquals(Map.of("env", "prod", "owner", "platform"), tags(described(keyId)));
        assertEquals(Map.of("owner", "platform"), tags(described(other)), "a numeric uin names the same account");

        ObjectNode untag = TagWire.body();
        untag.putArray("ResourceList").add(TagWire.resource(GUANGZHOU, other));
        untag.putArray("TagKeys").add("owner").add("absent");
        assertEquals(0, tag.call("UnTagResources", untag).path("FailedResources").size());
        assertEquals(Map.of(), tags(described(other)));
        assertEquals(List.of("shared"), namesFiltered(filter("tag:owner", "platform")), "CVM's filters see them");
    }

    @Test
    void describeResourceTagsPagesByOffsetAndLimit() throws Exception {
        ImportKeyPairRequest imported = importing("many_tags", TestKeys.rsa(0), 0L);
        List<String> keysAndValues = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keysAndValues.add(String.format("k%02d", i));
            keysAndValues.add("v" + i);
        }
        imported.setTagSpecification(new TagSpecification[] {keyPairTags(keysAndValues.toArray(String[]::new))});
        String keyId = cvm.ImportKeyPair(imported).getKeyId();
        List<String> read = new ArrayList<>();
        for (int offset = 0; ; offset += 20) {
            ObjectNode page = TagWire.body().put("ServiceType", "cvm").put("ResourcePrefix", "keypair")
                    .put("ResourceRegion", GUANGZHOU).put("Offset", offset).put("Limit", 20);
            page.putArray("ResourceIds").add(keyId);
            JsonNode answer = tag.call("DescribeResourceTagsByResourceIds", page);
            assertEquals(25, answer.path("TotalCount").asInt());
            answer.path("Tags").forEach(row -> read.add(row.path("TagKey").asText()));
            if (answer.path("Tags").size() < 20) {
                break;
            }
        }
        assertEquals(25, read.size());
        assertEquals("k00", read.get(0));
        assertEquals("k24", read.get(24));
        ObjectNode misaligned = TagWire.body().put("ServiceType", "cvm").put("ResourcePrefix", "keypair")
                .put("ResourceRegion", GUANGZHOU).put("Offset", 5).put("Limit", 20);
        misaligned.putArray("ResourceIds").add(keyId);
        refused("InvalidParameterValue", () -> tag.call("DescribeResourceTagsByResourceIds", misaligned));
        ObjectNode instances = TagWire.body().put("ServiceType", "cvm").put("ResourcePrefix", "instance")
                .put("ResourceRegion", GUANGZHOU);
        instances.putArray("ResourceIds").add("ins-12345678");
        assertEquals(0, tag.call("DescribeResourceTagsByResourceIds", instances).path("TotalCount").asInt(),
                "an account without instances holds no instance's tags");
    }

    @Test
    void theTagApiIsRoutedByItsSignedServiceOrItsVersion() throws Exception {
        String keyId = cvm.ImportKeyPair(importing("routed", TestKeys.rsa(0), 0L)).getKeyId();
        String body = "{\"Resource\":\"" + TagWire.resource(GUANGZHOU, keyId)
                + "\",\"ReplaceTags\":[{\"TagKey\":\"via\",\"TagValue\":\"go\"}]}";
        // Terraform's provider (the Go SDK) signs for the service tag, at tag.DOMAIN.
        assertTrue(tc3("tag", "ModifyResourceTags", "2018-08-13", body).contains("\"RequestId\""));
        assertEquals(Map.of("via", "go"), tags(described(keyId)));
        assertTrue(tc3("cvm", "ModifyResourceTags", "2018-08-13", body).contains("\"Code\":\"NoSuchVersion\""),
                "signed for CVM, which has no such version");
        assertTrue(tc3("tag", "DescribeKeyPairs", "2017-03-12", "{}").contains("\"Code\":\"NoSuchVersion\""),
                "signed for the Tag API, which has no such version");

        Map<String, String> v1 = WireSigner.tencentV1Parameters("DescribeResourceTagsByResourceIds", GUANGZHOU,
                Credentials.TEST_ACCESS_KEY_ID, "HmacSHA256");
        v1.put("Version", "2018-08-13");
        v1.put("ServiceType", "cvm");
        v1.put("ResourcePrefix", "keypair");
        v1.put("ResourceRegion", GUANGZHOU);
        v1.put("ResourceIds.0", keyId);
        v1.put("Signature", WireSigner.tencentV1("POST", emulator.hostAndPort(), v1, "HmacSHA256",
                Credentials.TEST_SECRET));
        String answer = http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WireSigner.tencentForm(v1))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(answer.contains("\"TagKey\":\"via\""), answer);
    }

    private String tc3(String service, String action, String version, String body) throws Exception {
        long now = Instant.now().getEpochSecond();
        String authorization = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), service,
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET);
        return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .header("X-TC-Action", action).header("X-TC-Version", version)
                .header("X-TC-Timestamp", String.valueOf(now))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String md5(String text) throws Exception {
        return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(
                text.getBytes(StandardCharsets.UTF_8))));
    }
}
