package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.TagChange;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.workflow.ApplyReport;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.ExportOptions;
import dev.keypairs.workflow.ExportReport;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25's {@code cloud:http://} leg, the workflow over the providers' SDKs against the emulator: a manifest with
 * Tencent tags plans, applies, plans clean, is exported and the export plans clean, and a tag changed in the account
 * is an update; a rename applies in place under Tencent (the same KeyId) and as a replace under Alibaba. The
 * {@code sqlite:} and {@code postgresql://} legs are the engine's ({@code TencentTagsRoundTripTest}).
 */
class CloudTagsAndRenamesTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String RSA_3072 = Fixtures.text("rsa-3072.pub").strip();

    @TempDir
    Path project;
    private Emulator emulator;
    /** The emulator's account, opened beside it to set up and to look: an in-memory account is shared while open. */
    private String account;
    private final RecordingReporter reporter = new RecordingReporter();

    @BeforeEach
    void start() throws Exception {
        account = "memory:cloud-tags-" + UUID.randomUUID() + "?rateLimit=off";
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(account));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Configuration configuration() {
        return Configuration.of(project).withStore("cloud:" + emulator.endpoint())
                .withCloudCredentials(CloudKeyPairStoreTest.TEST_PAIR);
    }

    private static StoredKeyPair stored(KeyPairStore store, Provider provider, String region, String name)
            throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs()
                .stream().filter(keyPair -> keyPair.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void aManifestWithTencentTagsAppliesReplansCleanExportsAndReplansCleanOverTheSdks() throws Exception {
        Files.writeString(project.resolve("deploy.pub"), RSA + "\n");
        Files.writeString(project.resolve("keypairs.yaml"), """
                defaults:
                  tags: {owner: platform}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - {name: deploy_key, publicKeyFile: deploy.pub, tags: {team: web, 部门: 运维}}
                """);

        ApplyReport applied = new Keypairs(configuration(), reporter).apply();
        assertTrue(applied.result().succeeded(), reporter.text());
        assertFalse(new Keypairs(configuration().withFailOnChanges(true), reporter).plan().plan().summary()
                .hasChanges(), reporter.text());

        ExportReport exported = new Keypairs(configuration(), reporter).export(new ExportOptions(
                List.of("tencent/ap-guangzhou"), Path.of("exported/keypairs.yaml"), false));
        assertEquals(1, exported.keyPairs());
        assertTrue(Files.readString(exported.manifest()).contains("\"部门\": \"运维\""),
                Files.readString(exported.manifest()));
        Plan fromExport = new Keypairs(configuration().withFailOnChanges(true)
                .withManifests(List.of("exported/keypairs.yaml")), reporter).plan().plan();
        assertFalse(fromExport.summary().hasChanges(), fromExport.changes().toString());
        assertEquals(List.of(), fromExport.unmanaged());

        try (KeyPairStore store = KeyPairStores.open(account)) {
            StoredKeyPair deploy = stored(store, Provider.TENCENT, "ap-guangzhou", "deploy_key");
            assertEquals(Map.of("owner", "platform", "team", "web", "部门", "运维"), deploy.tags());
            store.modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou", deploy.keyId(),
                    List.of(new Tag("team", "db")), List.of()));
        }
        Change update = new Keypairs(configuration(), reporter).plan().plan().changes().get(0);
        assertEquals(Action.UPDATE, update.action());
        assertEquals(new Reason.AttributesDiffer(List.of(new TagChange.Changed("team", "db", "web")), null),
                update.reason());
        assertTrue(new Keypairs(configuration(), reporter).apply().result().succeeded(), reporter.text());
        assertFalse(new Keypairs(configuration(), reporter).plan().plan().summary().hasChanges());
    }

    @Test
    void aRenameAppliesInPlaceUnderTencentKeepingTheKeyIdAndAsAReplaceUnderAlibaba() throws Exception {
        String keyId;
        try (KeyPairStore store = KeyPairStores.open(account)) {
            keyId = store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "ops_old", RSA, 0L)).keyId();
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old-name", RSA_3072, List.of(), null));
        }
        Files.writeString(project.resolve("keypairs.yaml"), """
                tencent:
                  ap-guangzhou:
                    prune: true
                    keyPairs:
                      - {name: ops_2026, renamedFrom: ops_old, publicKey: '%s', tags: {team: web}}
                alibaba:
                  cn-hangzhou:
                    prune: true
                    keyPairs:
                      - {name: new-name, renamedFrom: old-name, publicKey: '%s'}
                """.formatted(RSA, RSA_3072));

        ApplyReport applied = new Keypairs(configuration(), reporter).apply();

        assertTrue(applied.result().succeeded(), reporter.text());
        assertEquals(Map.of(Action.RENAME, 1, Action.REPLACE, 1), applied.result().done());
        assertTrue(reporter.text().contains("~ rename ops_old → ops_2026"), reporter.text());
        try (KeyPairStore store = KeyPairStores.open(account)) {
            StoredKeyPair renamed = stored(store, Provider.TENCENT, "ap-guangzhou", "ops_2026");
            assertEquals(keyId, renamed.keyId(), "renamed in place: the same KeyId");
            assertEquals(Map.of("team", "web"), renamed.tags());
            assertNull(stored(store, Provider.TENCENT, "ap-guangzhou", "ops_old"));
            assertNull(stored(store, Provider.ALIBABA, "cn-hangzhou", "old-name"));
            assertTrue(stored(store, Provider.ALIBABA, "cn-hangzhou", "new-name") != null);
        }
        assertFalse(new Keypairs(configuration().withFailOnChanges(true), reporter).plan().plan().summary()
                .hasChanges(), reporter.text());
    }
}
