package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesResponseBody;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.ecs20140526.models.UntagResourcesRequest;
import com.aliyun.teaopenapi.models.Config;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The calls Terraform's alicloud provider makes for an {@code alicloud_ecs_key_pair}, replayed through Alibaba's
 * official SDK in the order it makes them, as read from its public source (aliyun/terraform-provider-alicloud:
 * {@code alicloud/resource_alicloud_ecs_key_pair.go}; {@code service_alicloud_ecs.go} {@code DescribeEcsKeyPair},
 * {@code ListTagResources}, {@code SetResourceTags}): create (import or generate, with tags and a resource group),
 * read, update of tags and resource group, a new name (the attribute forces a new key pair: a delete and a
 * create), import, delete and read after delete; and its {@code alicloud_ecs_key_pairs} data source, which asks for
 * the instances of each key pair.
 */
class TerraformAlicloudReplayTest {

    static final String REGION = "cn-hangzhou";

    Emulator emulator;
    Client ecs;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        ecs = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http")
                .setRegionId(REGION).setConnectTimeout(5_000).setReadTimeout(10_000));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    /** The state Terraform keeps after a read: finger_print, resource_group_id, tags. */
    record State(String fingerprint, String resourceGroupId, Map<String, String> tags) {
    }

    @Test
    void aKeyPairsWholeLifeAsTerraformLivesIt() throws Exception {
        // Create with public_key, tags and resource_group_id: ImportKeyPair with Tag.N and ResourceGroupId.
        ecs.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-deploy")
                .setPublicKeyBody(Fixtures.text("rsa-2048.pub").strip()).setResourceGroupId("rg-aek2abc")
                .setTag(List.of(new ImportKeyPairRequest.ImportKeyPairRequestTag().setKey("team").setValue("web"),
                        new ImportKeyPairRequest.ImportKeyPairRequestTag().setKey("env").setValue("dev"))));
        State created = read("tf-deploy");
        assertEquals(new State(TestEmulators.sshKeygenMd5("rsa-2048.pub"), "rg-aek2abc",
                Map.of("team", "web", "env", "dev")), created);

        // Update: SetResourceTags (UntagResources of the keys gone, TagResources of the new and changed), then
        // JoinResourceGroup, then a read.
        ecs.untagResources(new UntagResourcesRequest().setRegionId(REGION).setResourceType("keypair")
                .setResourceId(List.of("tf-deploy")).setTagKey(List.of("team")));
        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("keypair")
                .setResourceId(List.of("tf-deploy")).setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag()
                        .setKey("env").setValue("prod"))));
        ecs.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(REGION).setResourceType("keypair")
                .setResourceId("tf-deploy").setResourceGroupId("rg-other2"));
        assertEquals(new State(created.fingerprint(), "rg-other2", Map.of("env", "prod")), read("tf-deploy"));

        // A new key_pair_name forces a new resource: DeleteKeyPairs, then ImportKeyPair under the new name.
        delete("tf-deploy");
        ecs.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-deploy-2026")
                .setPublicKeyBody(Fixtures.text("rsa-2048.pub").strip()));
        // terraform import alicloud_ecs_key_pair.x NAME: ImportStatePassthrough, then a read by the name alone.
        assertEquals(new State(created.fingerprint(), "", Map.of()), read("tf-deploy-2026"),
                "a new key pair: the same key, without the old one's group and tags");

        // The data source reads the key pairs, then each one's instances (none in an emulated account).
        assertEquals(0, ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setKeyPairName("tf-deploy-2026").setPageSize(100)).getBody().getTotalCount());

        // Delete, then the read after delete finds none: Terraform drops it from its state.
        delete("tf-deploy-2026");
        assertNull(describe("tf-deploy-2026"));
        assertNull(describe("tf-deploy"));
    }

    @Test
    void aGeneratedKeyPairWritesItsPrivateKeyOnce() throws Exception {
        // Create without public_key: CreateKeyPair, its PrivateKeyBody written to key_file.
        String privateKey = ecs.createKeyPair(new CreateKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-made")
                .setTag(List.of(new CreateKeyPairRequest.CreateKeyPairRequestTag().setKey("team").setValue("ops"))))
                .getBody().getPrivateKeyBody();
        assertTrue(privateKey.startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS#8 PEM, for key_file");
        assertEquals(Map.of("team", "ops"), read("tf-made").tags());
    }

    /** {@code resourceAlicloudEcsKeyPairRead}: DescribeEcsKeyPair, then ListTagResources of the key pair. */
    private State read(String name) throws Exception {
        DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair keyPair = describe(name);
        Map<String, String> tags = new TreeMap<>();
        String nextToken = null;
        do {
            ListTagResourcesResponseBody page = ecs.listTagResources(new ListTagResourcesRequest().setRegionId(REGION)
                    .setResourceType("keypair").setResourceId(List.of(name)).setNextToken(nextToken)).getBody();
            page.getTagResources().getTagResource().forEach(row -> tags.put(row.getTagKey(), row.getTagValue()));
            nextToken = page.getNextToken();
        } while (nextToken != null && !nextToken.isEmpty());
        return new State(keyPair.getKeyPairFingerPrint(), keyPair.getResourceGroupId(), tags);
    }

    /** {@code DescribeEcsKeyPair}: DescribeKeyPairs by {@code KeyPairName}; null when none is found. */
    private DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair describe(String name)
            throws Exception {
        List<DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair> found = ecs.describeKeyPairs(
                new DescribeKeyPairsRequest().setRegionId(REGION).setKeyPairName(name)).getBody().getKeyPairs()
                .getKeyPair();
        return found.isEmpty() ? null : found.get(0);
    }

    /** {@code resourceAlicloudEcsKeyPairDelete}: DeleteKeyPairs of the one name, as a JSON list. */
    private void delete(String name) throws Exception {
        ecs.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(REGION).setKeyPairNames("[\"" + name + "\"]"));
    }
}
