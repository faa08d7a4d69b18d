package dev.keypairs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.StoredKeyPair;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code renamedFrom} (plan-rules.md): a rename in place under Tencent, a replace that says it is a rename under
 * Alibaba or where a rename cannot carry the change, a finished rename a no-op, both names held an error, nothing
 * planned at the old address; and the deletes and replaces of key pairs bound to instances, predicted.
 */
class RenamePlanTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();
    static final String RSA_4096 = Fixtures.text("rsa-4096.pub").strip();
    static final PublicKey RSA_KEY = Fixtures.key("rsa-2048.pub");

    @TempDir
    Path base;
    ManifestProject project;
    InMemoryStore store;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
        store = new InMemoryStore();
    }

    Plan plan(String yaml) {
        return plan(yaml, PlanMode.APPLY);
    }

    Plan plan(String yaml, PlanMode mode) {
        project.write("keypairs.yaml", yaml);
        try {
            return new Planner(store, new ProjectPaths(base), Rules.builtIn()).plan(project.read(),
                    new PlanOptions(List.of(), List.of(), null), mode);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, Action> actions(Plan plan) {
        return plan.changes().stream().collect(Collectors.toMap(change -> change.address().toString(), Change::action));
    }

    static StoredKeyPair stored(Provider provider, String region, String name, String key, String keyId,
            Map<String, String> tags, Long projectId, List<String> instances) {
        PublicKey publicKey;
        try {
            publicKey = PublicKeyReader.read(key);
        } catch (KeyFormatException e) {
            throw new AssertionError(e);
        }
        return new StoredKeyPair(provider, region, name, publicKey.toOpenSshLine(), publicKey.fingerprints().md5(),
                keyId, tags, null, projectId, Instant.parse("2026-01-01T00:00:00Z"), null, instances);
    }

    @Test
    void tencentRenamesInPlaceAsOneChangeAtTheNewAddressWithItsTagsAndNothingAtTheOld() {
        store.put(stored(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA, "skey-abcd1234", Map.of("env", "dev"), 0L,
                List.of("ins-1")));
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - name: ops_2026
                        renamedFrom: ops_old
                        publicKey: '%s'
                        tags: {env: prod}
                """.formatted(RSA));

        assertEquals(List.of(), plan.errors());
        assertEquals(Map.of("tencent/ap-guangzhou/ops_2026", Action.RENAME), actions(plan),
                "nothing at the old address: neither pruned nor unmanaged");
        assertEquals(List.of(), plan.unmanaged());
        Change rename = plan.changes().get(0);
        assertEquals(new Reason.Renamed("ops_old", List.of(new TagChange.Changed("env", "dev", "prod"))),
                rename.reason());
        assertEquals("skey-abcd1234", rename.before().keyId(), "before: the key pair under the old name");
        assertEquals(Map.of("env", "dev"), rename.before().tags());
        assertEquals(Map.of("env", "prod"), rename.after().tags());
        assertEquals("ops_old", rename.stored().name());
        assertNull(rename.request(), "a rename in place imports nothing");
        assertEquals(List.of(), store.instancesAsked, "a rename in place keeps the bindings: nothing is asked");
        assertEquals(1, plan.summary().renames());
        assertTrue(plan.summary().hasChanges());
    }

    @Test
    void alibabaHasNoRenameCallSoARenameIsAReplaceThatSaysSoLandingTheNewNameFirst() {
        store.put(Provider.ALIBABA, "cn-hangzhou", "old-name", RSA, Map.of(), null, null);
        Plan plan = plan("""
                alibaba:
                  cn-hangzhou:
                    prune: true
                    keyPairs:
                      - {name: new-name, renamedFrom: old-name, publicKey: '%s', tags: {team: a}}
                """.formatted(RSA));

        assertEquals(Map.of("alibaba/cn-hangzhou/new-name", Action.REPLACE), actions(plan));
        Change replace = plan.changes().get(0);
        assertEquals(new Reason.RenamedByReplace("old-name", null, false), replace.reason());
        assertEquals("old-name", replace.stored().name());
        assertEquals("new-name", replace.request().name(), "the import is of the new name");
        assertEquals(List.of("old-name"), store.instancesAsked, "a replace deletes the old key pair: asked");
    }

    @Test
    void aFinishedRenameIsANoOpAndBothNamesHeldIsAnErrorNamingBoth() {
        store.put(Provider.TENCENT, "ap-guangzhou", "ops_2026", RSA, Map.of(), null, 0L);
        String yaml = """
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - {name: ops_2026, renamedFrom: ops_old, publicKey: '%s'}
                """.formatted(RSA);
        assertEquals(Map.of("tencent/ap-guangzhou/ops_2026", Action.NOOP), actions(plan(yaml)));

        store.put(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA_3072, Map.of(), null, 0L);
        Plan both = plan(yaml);
        assertEquals(List.of(new PlanError.RenameConflict(new dev.keypairs.project.Address(Provider.TENCENT,
                "ap-guangzhou", "ops_2026"), new dev.keypairs.project.Address(Provider.TENCENT, "ap-guangzhou",
                "ops_old"), new Source("keypairs.yaml", 5, 26))), both.errors());
        assertEquals(ToolCode.CONFLICTING_FIELDS, both.errors().get(0).code());
        assertEquals(Map.of(), actions(both), "neither is touched, the old one not pruned");
        assertEquals(List.of(), both.unmanaged());
    }

    @Test
    void aRenameCannotChangeTheKeySoATencentRenameWithAnotherKeyIsAReplaceLandingTheNewNameFirst() {
        store.put(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA_3072, Map.of(), null, 0L)
                .put(Provider.TENCENT, "ap-guangzhou", "db_old", RSA, Map.of(), null, 0L);
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: ops_2026, renamedFrom: ops_old, publicKey: '%s'}
                      - {name: db_2026, renamedFrom: db_old, publicKey: '%s', projectId: 5}
                """.formatted(RSA_4096, RSA));

        assertEquals(List.of(), plan.errors());
        Change keyChanged = plan.changes().get(0);
        assertEquals(Action.REPLACE, keyChanged.action());
        Reason.RenamedByReplace reason = assertInstanceOf(Reason.RenamedByReplace.class, keyChanged.reason());
        assertInstanceOf(Reason.KeyChanged.class, reason.replaced());
        assertEquals(false, reason.oldDeletedFirst(), "another key lands beside the old one");
        // The same key under two names is refused by Tencent: the old one goes first.
        assertEquals(new Reason.RenamedByReplace("db_old", new Reason.ProjectMoved(0L, 5L), true),
                plan.changes().get(1).reason());
    }

    @Test
    void aRenameLandingBesideItsOldNameNeedsRoomForOneMore() {
        store.quota(Provider.TENCENT, "ap-guangzhou", 2)
                .put(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA_3072, Map.of(), null, 0L)
                .put(Provider.TENCENT, "ap-guangzhou", "other", RSA, Map.of(), null, 0L);
        String yaml = "tencent: {ap-guangzhou: {keyPairs: [{name: other, publicKey: '" + RSA + "'},"
                + " {name: ops_2026, renamedFrom: ops_old, publicKey: '%s'}]}}\n";

        Plan full = plan(yaml.formatted(RSA_4096));
        PlanError.OverQuota quota = assertInstanceOf(PlanError.OverQuota.class, full.errors().get(0));
        assertEquals(ErrorCode.INVALID_KEY_PAIR_LIMIT_EXCEEDED, quota.code());
        assertEquals(3, quota.total(), "while the new name lands beside the old one");

        Plan inPlace = plan(yaml.formatted(RSA_3072));
        assertEquals(List.of(), inPlace.errors(), "a rename in place adds nothing");
        assertEquals(Action.RENAME, actions(inPlace).get("tencent/ap-guangzhou/ops_2026"));
    }

    @Test
    void theOldNameMustBeOneTheProviderTakes() {
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: ops_2026, renamedFrom: ops-old, publicKey: '%s'}
                """.formatted(RSA));

        assertEquals(List.of(ErrorCode.INVALID_KEY_PAIR_NAME_INCLUDE_ILLEGAL_CHAR),
                plan.errors().stream().map(PlanError::code).toList());
        assertEquals(new Source("keypairs.yaml", 4, 26), plan.errors().get(0).source());
        assertEquals(List.of(), plan.changes());
    }

    @Test
    void aProtectedKeyPairIsRenamedInPlaceButNeverReplacedForARename() {
        store.put(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA, Map.of(), null, 0L)
                .put(Provider.ALIBABA, "cn-hangzhou", "old-name", RSA, Map.of(), null, null);
        Plan plan = plan("""
                tencent: {ap-guangzhou: {keyPairs: [{name: ops_2026, renamedFrom: ops_old, protect: true,
                  publicKey: '%s'}]}}
                alibaba: {cn-hangzhou: {keyPairs: [{name: new-name, renamedFrom: old-name, protect: true,
                  publicKey: '%s'}]}}
                """.formatted(RSA, RSA));

        assertEquals(Map.of("tencent/ap-guangzhou/ops_2026", Action.RENAME), actions(plan));
        PlanError.Protected refused = assertInstanceOf(PlanError.Protected.class, plan.errors().get(0));
        assertEquals(new Reason.RenamedByReplace("old-name", null, false), refused.wouldBe());
    }

    @Test
    void aCreatedTencentKeyPairIsRenamedKeepingItsKeyAndAnAlibabaOneIsCreatedAnew() {
        store.put(Provider.TENCENT, "ap-guangzhou", "bastion_old", RSA, Map.of(), null, 0L)
                .put(Provider.ALIBABA, "cn-hangzhou", "bastion-old", RSA, Map.of(), null, null);
        Plan plan = plan("""
                tencent: {ap-guangzhou: {keyPairs: [{name: bastion, renamedFrom: bastion_old, create: true,
                  privateKeyFile: /tmp/never-there/t.pem}]}}
                alibaba: {cn-hangzhou: {keyPairs: [{name: bastion, renamedFrom: bastion-old, create: true,
                  privateKeyFile: /tmp/never-there/a.pem}]}}
                """);

        assertEquals(List.of(), plan.errors());
        Change tencent = plan.changes().stream().filter(change -> change.address().provider() == Provider.TENCENT)
                .findFirst().orElseThrow();
        assertEquals(Action.RENAME, tencent.action());
        assertEquals(RSA_KEY.fingerprints().md5(), tencent.after().fingerprint(), "the created key is kept");
        assertTrue(plan.warnings().contains(new PlanWarning.PrivateKeyFileMissing(tencent.address(),
                "/tmp/never-there/t.pem")), plan.warnings().toString());
        Change alibaba = plan.changes().stream().filter(change -> change.address().provider() == Provider.ALIBABA)
                .findFirst().orElseThrow();
        assertEquals(Action.REPLACE, alibaba.action());
        assertInstanceOf(dev.keypairs.provider.CreateKeyPairRequest.class, alibaba.request());
        assertNull(alibaba.after().fingerprint(), "the store generates the new key");
    }

    @Test
    void aDestroyDeletesTheKeyPairUnderTheOldNameWhereOnlyItIsHeld() {
        store.put(Provider.TENCENT, "ap-guangzhou", "ops_old", RSA, Map.of(), null, 0L);
        Plan plan = plan("tencent: {ap-guangzhou: {keyPairs: [{name: ops_2026, renamedFrom: ops_old, publicKey: '"
                + RSA + "'}]}}\n", PlanMode.DESTROY);

        assertEquals(Map.of("tencent/ap-guangzhou/ops_old", Action.DELETE), actions(plan));
        assertEquals(List.of(), plan.unmanaged());
    }

    @Test
    void deletesAndReplacesOfBoundKeyPairsArePredictedAsTheCloudsRefusalAndOnlyTheyAreAsked() {
        store.put(stored(Provider.TENCENT, "ap-guangzhou", "bound", RSA, "skey-bound001", Map.of(), 0L,
                        List.of("ins-1", "ins-2")))
                .put(stored(Provider.TENCENT, "ap-guangzhou", "free", RSA_3072, "skey-free0001", Map.of(), 0L,
                        List.of()))
                .put(stored(Provider.TENCENT, "ap-guangzhou", "kept", RSA_4096, "skey-kept0001", Map.of(), 0L,
                        List.of("ins-3")))
                .put(Provider.ALIBABA, "cn-hangzhou", "rotated", RSA, Map.of(), null, null);
        // Alibaba's DescribeKeyPairs tells no instances: a store that serves real accounts asks DescribeInstances.
        store.boundInstances.put("rotated", List.of("i-abc"));
        Plan plan = plan("""
                tencent:
                  ap-guangzhou:
                    prune: {namePrefix: b}
                    keyPairs:
                      - {name: free, publicKey: '%s', projectId: 3}
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - {name: rotated, publicKey: '%s'}
                """.formatted(RSA_3072, RSA_3072));

        // Alibaba's region first, as every plan lists the providers.
        assertEquals(List.of(ErrorCode.INVALID_PARAMETER_KEYPAIR_ALREADY_ATTACHED_INSTANCE,
                ErrorCode.INVALID_PARAMETER_VALUE_KEY_PAIR_NOT_SUPPORTED),
                plan.errors().stream().map(PlanError::code).toList());
        PlanError.BoundToInstances replaced = assertInstanceOf(PlanError.BoundToInstances.class, plan.errors().get(0));
        assertEquals(Action.REPLACE, replaced.action());
        assertEquals(List.of("i-abc"), replaced.instances());
        assertEquals(new Source("keypairs.yaml", 9, 9), replaced.source());
        PlanError.BoundToInstances pruned = assertInstanceOf(PlanError.BoundToInstances.class, plan.errors().get(1));
        assertEquals(Action.DELETE, pruned.action());
        assertEquals("bound", pruned.bound());
        assertEquals(List.of("ins-1", "ins-2"), pruned.instances());
        assertEquals(new Source("keypairs.yaml", 2, 3), pruned.source(), "a pruned key pair's place is its region's");
        assertEquals(Map.of("tencent/ap-guangzhou/free", Action.REPLACE), actions(plan), "the refused are dropped");
        assertEquals(List.of("rotated", "free", "bound"), store.instancesAsked,
                "asked only for the deletes and replaces, never for kept or renamed key pairs");
    }
}
