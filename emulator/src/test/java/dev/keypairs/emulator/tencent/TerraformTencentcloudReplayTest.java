package dev.keypairs.emulator.tencent;

import static dev.keypairs.emulator.tencent.TencentSdkTest.GUANGZHOU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.ModifyKeyPairAttributeRequest;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calls Terraform's tencentcloud provider makes for a {@code tencentcloud_key_pair}, replayed through Tencent's
 * official SDKs in the order it makes them, as read from its public source
 * (tencentcloudstack/terraform-provider-tencentcloud: {@code tencentcloud/services/cvm/resource_tc_key_pair.go},
 * {@code service_tencentcloud_cvm.go} {@code DescribeKeyPairById}, {@code ModifyKeyPairName}, {@code DeleteKeyPair};
 * {@code tencentcloud/services/tag/service_tencentcloud_tag.go} {@code ModifyTags}, {@code DescribeResourceTags},
 * {@code DiffTags}; {@code tencentcloud/common} {@code BuildTagResourceName}): create (import or generate, then the
 * tags through the Tag API), read, update of tags and name, import, delete, and read after delete.
 */
class TerraformTencentcloudReplayTest {

    /** {@code DESCRIBE_TAGS_LIMIT}: the page the provider reads tags by, reading on while a page is full. */
    static final int DESCRIBE_TAGS_LIMIT = 20;

    Emulator emulator;
    CvmClient cvm;
    TagWire tag;

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

    /** The state Terraform keeps after a read: key_name, project_id, public_key (two words), tags. */
    record State(String keyName, long projectId, String publicKey, Map<String, String> tags) {
    }

    @Test
    void aKeyPairsWholeLifeAsTerraformLivesIt() throws Exception {
        // Create with public_key and tags: ImportKeyPair, then ModifyTags(resourceName, tags, nil).
        ImportKeyPairRequest importing = new ImportKeyPairRequest();
        importing.setKeyName("tf_deploy");
        importing.setProjectId(0L);
        importing.setPublicKey(Fixtures.text("rsa-2048.pub").strip());
        String keyId = cvm.ImportKeyPair(importing).getKeyId();
        modifyTags(keyId, Map.of("team", "web", "env", "dev"), List.of());
        State created = read(keyId);
        assertEquals(new State("tf_deploy", 0L, twoWords(Fixtures.text("rsa-2048.pub")), Map.of("team", "web",
                "env", "dev")), created);

        // Update of tags: DiffTags(old, new) gives the values to replace and the keys to delete, in one call.
        modifyTags(keyId, Map.of("env", "prod", "owner", "platform"), List.of("team"));
        assertEquals(Map.of("env", "prod", "owner", "platform"), read(keyId).tags());

        // Update of key_name: ModifyKeyPairName, then a read by the same id.
        ModifyKeyPairAttributeRequest rename = new ModifyKeyPairAttributeRequest();
        rename.setKeyId(keyId);
        rename.setKeyName("tf_deploy_2026");
        cvm.ModifyKeyPairAttribute(rename);
        State renamed = read(keyId);
        assertEquals("tf_deploy_2026", renamed.keyName());
        assertEquals(Map.of("env", "prod", "owner", "platform"), renamed.tags(), "the same key pair, its tags kept");

        // terraform import tencentcloud_key_pair.x KEYID: ImportStatePassthrough, then a read.
        assertEquals(renamed, read(keyId));

        // Delete: a read by id, no instances to unbind (AssociatedInstanceIds empty), DeleteKeyPair, a read after.
        assertEquals(0, describeById(keyId).getAssociatedInstanceIds().length);
        DeleteKeyPairsRequest delete = new DeleteKeyPairsRequest();
        delete.setKeyIds(new String[] {keyId});
        cvm.DeleteKeyPairs(delete);
        assertNull(describeById(keyId), "the read after delete finds none: Terraform drops it from its state");
    }

    @Test
    void aGeneratedKeyPairWithManyTagsIsReadPageByPage() throws Exception {
        // Create without public_key: CreateKeyPair(key_name, project_id), then the tags.
        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("tf_generated");
        create.setProjectId(7L);
        String keyId = cvm.CreateKeyPair(create).getKeyPair().getKeyId();
        Map<String, String> many = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            many.put(String.format("tag%02d", i), "v" + i);
        }
        // ModifyResourceTags takes 10 tags a call: more go in further calls.
        List<String> keys = List.copyOf(many.keySet());
        for (int from = 0; from < keys.size(); from += 10) {
            Map<String, String> batch = new LinkedHashMap<>();
            keys.subList(from, Math.min(keys.size(), from + 10)).forEach(key -> batch.put(key, many.get(key)));
            modifyTags(keyId, batch, List.of());
        }
        State state = read(keyId);
        assertEquals(7L, state.projectId());
        assertEquals(many, state.tags(), "read as two full pages of 20 and one of 10");
    }

    /** {@code TagService.ModifyTags}: ModifyResourceTags on {@code BuildTagResourceName("cvm", "keypair", ...)}. */
    private void modifyTags(String keyId, Map<String, String> replaceTags, List<String> deleteKeys) throws Exception {
        ObjectNode request = TagWire.body().put("Resource", "qcs::cvm:" + GUANGZHOU + ":uin/:keypair/" + keyId);
        if (!replaceTags.isEmpty()) {
            ArrayNode replace = request.putArray("ReplaceTags");
            replaceTags.forEach((key, value) -> replace.addObject().put("TagKey", key).put("TagValue", value));
        }
        if (!deleteKeys.isEmpty()) {
            ArrayNode delete = request.putArray("DeleteTags");
            deleteKeys.forEach(key -> delete.addObject().put("TagKey", key));
        }
        tag.call("ModifyResourceTags", request);
    }

    /** {@code resourceTencentCloudKeyPairRead}: DescribeKeyPairById, then DescribeResourceTags page by page. */
    private State read(String keyId) throws Exception {
        KeyPair keyPair = describeById(keyId);
        Map<String, String> tags = new TreeMap<>();
        long offset = 0;
        int count = DESCRIBE_TAGS_LIMIT;
        while (count == DESCRIBE_TAGS_LIMIT) {
            ObjectNode request = TagWire.body().put("ServiceType", "cvm").put("ResourcePrefix", "keypair")
                    .put("ResourceRegion", GUANGZHOU).put("Limit", DESCRIBE_TAGS_LIMIT).put("Offset", offset);
            request.putArray("ResourceIds").add(keyId);
            JsonNode page = tag.call("DescribeResourceTagsByResourceIds", request).path("Tags");
            count = page.size();
            for (JsonNode row : page) {
                if (row.path("ResourceId").asText().equals(keyId)) {
                    tags.put(row.path("TagKey").asText(), row.path("TagValue").asText());
                }
            }
            offset += count;
        }
        return new State(keyPair.getKeyName(), keyPair.getProjectId(), twoWords(keyPair.getPublicKey()), tags);
    }

    /** {@code DescribeKeyPairById}: DescribeKeyPairs by KeyIds; null when the set is empty. */
    private KeyPair describeById(String keyId) throws Exception {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setKeyIds(new String[] {keyId});
        KeyPair[] found = cvm.DescribeKeyPairs(request).getKeyPairSet();
        return found.length > 0 ? found[0] : null;
    }

    /** The public key as the provider keeps it: its first two words ({@code strings.Split(…)[0:2]}). */
    private static String twoWords(String publicKey) {
        String[] words = publicKey.strip().split(" ");
        return words.length > 2 ? words[0] + " " + words[1] : publicKey.strip();
    }
}
