package dev.keypairs.emulator.terraform;

import static dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.tags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.Config;
import dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.ListedKeyPair;
import dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.State;
import dev.keypairs.emulator.terraform.TencentcloudKeyPairResource.TagPage;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.store.TestKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Terraform's {@code tencentcloud_key_pair} and {@code tencentcloud_key_pairs} against the emulator: the calls the
 * provider makes for create with tags, read, update of tags and name, import, delete and read after delete,
 * replayed by {@link TencentcloudKeyPairResource} (which cites the provider's sources), and every answer the
 * provider reads checked as it reads it. The provider's binary is not run in the build; this is its wire.
 */
class TencentcloudKeyPairReplayTest {

    static final String REGION = "ap-guangzhou";
    static final String RSA = Fixtures.text("rsa-2048.pub");

    Emulator emulator;
    TencentcloudKeyPairResource provider;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        provider = new TencentcloudKeyPairResource(emulator.port(), REGION);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    static String fingerprint(String publicKey) throws Exception {
        return PublicKeyReader.read(publicKey).fingerprints().md5();
    }

    @Test
    void importWithTagsTagsThroughTheTagApiAndReadsBackWhatThePlanExpects() throws Exception {
        Config config = new Config("deploy_key", RSA, 0, tags("team", "platform", "env", "prod"));
        State state = provider.create(config);

        assertEquals(List.of("ImportKeyPair", "ModifyResourceTags", "DescribeKeyPairs",
                "DescribeResourceTagsByResourceIds"), provider.takeCalls());
        assertTrue(state.id().matches("skey-[a-z0-9]{8}"), state.id());
        assertEquals("deploy_key", state.keyName());
        assertEquals(0, state.projectId());
        assertEquals(TencentcloudKeyPairResource.publicKeyStateFunc(RSA), state.publicKey(),
                "public_key reads back as its StateFunc keeps the configured one");
        assertTrue(state.createdTime().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), state.createdTime());
        assertNull(state.privateKey(), "an imported key pair has no private key");
        assertEquals(config.tags(), state.tags());
        assertEquals(List.of(), TencentcloudKeyPairResource.planDiff(config, state), "the next plan is clean");
        assertEquals(List.of(new TagPage(0, 2)), provider.takeTagPages());
    }

    @Test
    void createWithoutAPublicKeyKeepsThePrivateKeyOfTheCreateAndAsksForTagsAllTheSame() throws Exception {
        Config config = new Config("made_here", null, 7, Map.of());
        State state = provider.create(config);

        assertEquals(List.of("CreateKeyPair", "DescribeKeyPairs", "DescribeResourceTagsByResourceIds"),
                provider.takeCalls(), "no tags, no ModifyResourceTags; every read asks the Tag API");
        assertTrue(state.privateKey().startsWith("-----BEGIN RSA PRIVATE KEY-----"), state.privateKey());
        assertEquals(7, state.projectId());
        assertEquals(2, state.publicKey().split(" ").length, state.publicKey());
        assertEquals(2048, PublicKeyReader.read(state.publicKey()).bits());
        assertEquals(Map.of(), state.tags());
        assertEquals(List.of(), TencentcloudKeyPairResource.planDiff(config, state));
    }

    @Test
    void renamingAndRetaggingApplyInPlaceAndKeepTheKeyId() throws Exception {
        Config config = new Config("old_name", RSA, 0, tags("a", "1", "b", "2"));
        State created = provider.create(config);
        provider.takeCalls();

        Config changed = config.named("new_name").tagged(tags("b", "3", "c", "4"));
        assertEquals(List.of("key_name", "tags"), TencentcloudKeyPairResource.planDiff(changed, created),
                "an update in place: neither forces a replacement");
        State updated = provider.update(created, changed);

        assertEquals(List.of("ModifyKeyPairAttribute", "ModifyResourceTags", "DescribeKeyPairs",
                "DescribeResourceTagsByResourceIds"), provider.takeCalls());
        assertEquals(created.id(), updated.id());
        assertEquals("new_name", updated.keyName());
        assertEquals(Map.of("b", "3", "c", "4"), updated.tags(), "b replaced, c added, a deleted");
        assertEquals(created.createdTime(), updated.createdTime());
        assertEquals(List.of(), TencentcloudKeyPairResource.planDiff(changed, updated));
        assertEquals(List.of(), provider.keyPairs(null, "^old_name$", null), "the old name is gone");
    }

    @Test
    void tagsAreReadTwentyAPageUntilAPageIsNotFull() throws Exception {
        Map<String, String> ten = numbered(0, 10);
        Config config = new Config("many_tags", RSA, 0, ten);
        State state = provider.create(config);
        provider.takeTagPages();

        // ModifyResourceTags takes at most 10 tags a call (the Tag API's definition): 20, then 23, in two applies.
        Map<String, String> twenty = new LinkedHashMap<>(ten);
        twenty.putAll(numbered(10, 20));
        state = provider.update(state, config.tagged(twenty));
        assertEquals(twenty, state.tags());
        assertEquals(List.of(new TagPage(0, 20), new TagPage(20, 0)), provider.takeTagPages(),
                "a full page asks for the next one");

        Map<String, String> twentyThree = new LinkedHashMap<>(twenty);
        twentyThree.putAll(numbered(20, 23));
        state = provider.update(state, config.tagged(twentyThree));
        assertEquals(twentyThree, state.tags());
        assertEquals(List.of(new TagPage(0, 20), new TagPage(20, 3)), provider.takeTagPages());
        assertEquals(List.of(), TencentcloudKeyPairResource.planDiff(config.tagged(twentyThree), state));
    }

    @Test
    void importReadsTheKeyPairByItsKeyIdAsTheApplyLeftIt() throws Exception {
        State created = provider.create(new Config("imported", RSA, 3, tags("owner", "ops")));
        provider.takeCalls();

        Optional<State> imported = provider.importById(created.id());
        assertEquals(List.of("DescribeKeyPairs", "DescribeResourceTagsByResourceIds"), provider.takeCalls());
        assertEquals(Optional.of(created), imported, "ImportStateVerify: the imported state equals the applied one");

        assertEquals(Optional.empty(), provider.importById("skey-00000000"),
                "an unknown KeyId answers an empty set: Terraform reports a non-existent remote object");
    }

    @Test
    void destroyDeletesByKeyIdAndEveryLaterReadFindsNothing() throws Exception {
        State created = provider.create(new Config("doomed", RSA, 0, tags("team", "x")));
        provider.takeCalls();

        assertTrue(provider.delete(created.id()));
        assertEquals(List.of("DescribeKeyPairs", "DeleteKeyPairs"), provider.takeCalls(),
                "no AssociatedInstanceIds, so no DisassociateInstancesKeyPairs");

        assertNull(provider.describeKeyPairById(created.id()), "CheckDestroy: an empty set, no error");
        assertEquals(Optional.empty(), provider.read(created), "refresh removes it from the state");
        assertEquals(List.of("DescribeKeyPairs", "DescribeKeyPairs"), provider.takeCalls());
        assertFalse(provider.delete(created.id()), "a destroy of what is already gone sends no delete");
        assertEquals(List.of("DescribeKeyPairs"), provider.takeCalls());
    }

    @Test
    void theKeyPairsDataSourceKeepsTheWholePublicKeyAfterDroppingTheLastWord() throws Exception {
        State deploy = provider.create(new Config("deploy_key", RSA, 0, Map.of()));
        State other = provider.create(new Config("other_key", TestKeys.rsa(1), 3, Map.of()));
        provider.takeCalls();

        List<ListedKeyPair> byName = provider.keyPairs(null, "^deploy_key$", null);
        assertEquals(List.of("DescribeKeyPairs"), provider.takeCalls(), "one page: fewer than 100");
        assertEquals(1, byName.size());
        ListedKeyPair listed = byName.get(0);
        assertEquals(deploy.id(), listed.keyId());
        assertEquals("deploy_key", listed.keyName());
        assertEquals(0, listed.projectId());
        assertEquals(deploy.createdTime(), listed.createTime());
        assertNotNull(listed.publicKey());
        assertEquals(fingerprint(RSA), fingerprint(listed.publicKey()),
                "the answered PublicKey carries a last word to drop: the key itself survives");

        assertEquals(List.of(other.id()), provider.keyPairs(null, null, 3L).stream().map(ListedKeyPair::keyId).toList());
        assertEquals(List.of(other.id()), provider.keyPairs(other.id(), null, null).stream()
                .map(ListedKeyPair::keyId).toList());
    }

    static Map<String, String> numbered(int from, int to) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            tags.put(String.format("key%02d", i), "value" + i);
        }
        return tags;
    }
}
