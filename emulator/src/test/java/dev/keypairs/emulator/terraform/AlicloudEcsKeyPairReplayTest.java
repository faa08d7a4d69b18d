package dev.keypairs.emulator.terraform;

import static dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.terraform.AlicloudEcsKeyPairResource.Block;
import dev.keypairs.emulator.terraform.AlicloudEcsKeyPairResource.ListedKeyPair;
import dev.keypairs.emulator.terraform.AlicloudEcsKeyPairResource.State;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.store.TestKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Terraform's {@code alicloud_ecs_key_pair} and {@code alicloud_ecs_key_pairs} against the emulator: the calls the
 * provider makes for create with tags and a resource group, read, update of tags and resource group, a rename
 * (a replacement), import, delete and read after delete, replayed by {@link AlicloudEcsKeyPairResource} (which
 * cites the provider's sources), and every answer the provider reads checked as it reads it. The provider's
 * binary is not run in the build; this is its wire.
 */
class AlicloudEcsKeyPairReplayTest {

    static final String REGION = "cn-hangzhou";
    static final String RSA = Fixtures.text("rsa-2048.pub");

    Emulator emulator;
    AlicloudEcsKeyPairResource provider;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        provider = new AlicloudEcsKeyPairResource(emulator.hostAndPort(), REGION);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void importWithTagsAndAResourceGroupReadsBackWhatThePlanExpects() throws Exception {
        Block block = new Block("deploy-key", null, RSA, "rg-aek2team", tags("team", "platform", "env", "prod"));
        State state = provider.create(block);

        assertEquals(List.of("ImportKeyPair", "DescribeKeyPairs"), provider.takeCalls(),
                "tags and resource group go with the import: no TagResources, no JoinResourceGroup");
        assertEquals("deploy-key", state.id(), "the id is the answered KeyPairName");
        assertEquals("deploy-key", state.keyPairName());
        assertEquals(TestEmulators.sshKeygenMd5("rsa-2048.pub"), state.fingerPrint());
        assertTrue(state.createTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ"), state.createTime());
        assertEquals("rg-aek2team", state.resourceGroupId());
        assertEquals(block.tags(), state.tags());
        assertEquals(List.of(), AlicloudEcsKeyPairResource.planDiff(block, state), "the next plan is clean");
        assertNull(provider.privateKeyBody(), "an import answers no private key");
    }

    @Test
    void createWithoutANameTakesTerraformsUniqueIdAndAnswersThePrivateKeyForKeyFile() throws Exception {
        State unnamed = provider.create(new Block(null, null, null, null, Map.of()));
        assertEquals(List.of("CreateKeyPair", "DescribeKeyPairs"), provider.takeCalls());
        assertTrue(unnamed.id().matches("terraform-\\d{18}[0-9a-f]{8}"), unnamed.id());
        assertTrue(provider.privateKeyBody().startsWith("-----BEGIN PRIVATE KEY-----\n"), "written to key_file");
        assertTrue(unnamed.fingerPrint().matches("([0-9a-f]{2}:){15}[0-9a-f]{2}"), unnamed.fingerPrint());

        State prefixed = provider.create(new Block(null, "ci-", null, null, tags("ci", "true")));
        assertTrue(prefixed.id().matches("ci-\\d{18}[0-9a-f]{8}"), prefixed.id());
        assertEquals(Map.of("ci", "true"), prefixed.tags());
        assertTrue(prefixed.resourceGroupId() != null, "resource_group_id is Computed: read from the answer");
    }

    @Test
    void tagsChangeByUntaggingTheChangedKeysThenTaggingEveryConfiguredOne() throws Exception {
        Block block = new Block("tagged", null, RSA, null, tags("a", "1", "b", "2", "gone", "x"));
        State state = provider.create(block);
        provider.takeCalls();

        Block retagged = block.tagged(tags("a", "1", "b", "3", "c", "4"));
        assertEquals(List.of("tags"), AlicloudEcsKeyPairResource.planDiff(retagged, state));
        state = provider.update(state, retagged);
        assertEquals(List.of("UntagResources", "TagResources", "DescribeKeyPairs"), provider.takeCalls(),
                "b and gone untagged; a, b and c tagged, a again with its own value");
        assertEquals(retagged.tags(), state.tags());
        assertEquals(List.of(), AlicloudEcsKeyPairResource.planDiff(retagged, state));

        Block untagged = block.tagged(Map.of());
        state = provider.update(state, untagged);
        assertEquals(List.of("UntagResources", "DescribeKeyPairs"), provider.takeCalls());
        assertEquals(Map.of(), state.tags());
    }

    @Test
    void aResourceGroupChangeJoinsTheNewGroupInPlace() throws Exception {
        Block block = new Block("grouped", null, RSA, "rg-aek2one", Map.of());
        State state = provider.create(block);
        provider.takeCalls();

        Block moved = block.inGroup("rg-aek2two");
        assertEquals(List.of("resource_group_id"), AlicloudEcsKeyPairResource.planDiff(moved, state));
        state = provider.update(state, moved);
        assertEquals(List.of("JoinResourceGroup", "DescribeKeyPairs"), provider.takeCalls());
        assertEquals("grouped", state.id());
        assertEquals("rg-aek2two", state.resourceGroupId());
        assertEquals(List.of(), AlicloudEcsKeyPairResource.planDiff(moved, state));
    }

    @Test
    void aRenameIsAReplacementDestroyThenCreate() throws Exception {
        Block block = new Block("old-name", null, RSA, null, tags("team", "x"));
        State old = provider.create(block);
        provider.takeCalls();

        Block renamed = block.named("new-name");
        assertEquals(List.of("key_pair_name (forces replacement)"), AlicloudEcsKeyPairResource.planDiff(renamed, old));
        provider.delete(old.id());
        State replacement = provider.create(renamed);
        assertEquals(List.of("DeleteKeyPairs", "ImportKeyPair", "DescribeKeyPairs"), provider.takeCalls());
        assertEquals("new-name", replacement.id());
        assertEquals(old.fingerPrint(), replacement.fingerPrint(), "the same public key under its new name");
        assertEquals(Map.of("team", "x"), replacement.tags());
        assertEquals(Optional.empty(), provider.read(old.id()));
    }

    @Test
    void importReadsTheKeyPairByItsNameAsTheApplyLeftIt() throws Exception {
        State created = provider.create(new Block("imported", null, RSA, "rg-aek2ops", tags("owner", "ops")));
        provider.takeCalls();

        assertEquals(Optional.of(created), provider.read("imported"),
                "ImportStateVerify: the imported state equals the applied one");
        assertEquals(List.of("DescribeKeyPairs"), provider.takeCalls());
        assertEquals(Optional.empty(), provider.read("no-such-key"),
                "an empty KeyPairs.KeyPair: Terraform reports a non-existent remote object");
    }

    @Test
    void destroyDeletesByANameInAJsonArrayAndTheNextReadFindsNothing() throws Exception {
        State created = provider.create(new Block("doomed", null, RSA, null, Map.of()));
        provider.takeCalls();

        provider.delete(created.id());
        assertEquals(Optional.empty(), provider.read(created.id()),
                "KeyPairs.KeyPair answered as an empty list: NotFound, removed from the state");
        assertEquals(List.of("DeleteKeyPairs", "DescribeKeyPairs"), provider.takeCalls());
        provider.delete(created.id());
        assertEquals(List.of("DeleteKeyPairs"), provider.takeCalls(), "a name already gone is passed over");
    }

    @Test
    void theKeyPairsDataSourceListsTagsAndAsksForTheInstancesOfEach() throws Exception {
        provider.create(new Block("first", null, RSA, "rg-aek2one", tags("team", "a")));
        provider.create(new Block("second", null, TestKeys.rsa(1), "rg-aek2two", Map.of()));
        provider.takeCalls();

        List<ListedKeyPair> all = provider.keyPairs(null, Map.of());
        assertEquals(List.of("DescribeKeyPairs", "DescribeInstances", "DescribeInstances"), provider.takeCalls(),
                "one page (fewer than 50), then each key pair's instances");
        assertEquals(List.of("first", "second"), all.stream().map(ListedKeyPair::name).toList());
        assertEquals(Map.of("team", "a"), all.get(0).tags());
        assertEquals(Map.of(), all.get(1).tags(), "Tags.Tag answered even when empty: the provider reads it blindly");
        assertEquals(List.of(), all.get(0).instances(), "an account without instances");

        assertEquals(List.of("first"), provider.keyPairs(null, Map.of("team", "a")).stream()
                .map(ListedKeyPair::name).toList());
        assertEquals(List.of("second"), provider.keyPairs("rg-aek2two", Map.of()).stream()
                .map(ListedKeyPair::name).toList());
    }
}
