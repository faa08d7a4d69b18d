package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Reason;
import dev.keypairs.plan.TagChange;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.postgresql.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 25's round trip on the stores a team shares: a manifest with Tencent tags (its file's defaults among them)
 * plans, applies, plans clean, is exported and the export plans clean; a tag changed in the store is an update; a
 * rename applies in place. On {@code sqlite:} and on {@code postgresql://} (a real server the tests start); the
 * {@code cloud:} leg is the cloud module's, against the emulator.
 */
class TencentTagsRoundTripTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    @TempDir
    Path base;

    static Stream<String> stores() {
        return Stream.of("sqlite", "postgresql");
    }

    private String storeUri(String kind) throws Exception {
        return kind.equals("sqlite") ? "sqlite:" + base.resolve("store.db") + "?rateLimit=off"
                : PostgresServer.shared().uri() + "?schema=tencent_tags_" + ProcessHandle.current().pid() + "_"
                        + SCHEMAS.incrementAndGet() + "&rateLimit=off";
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aManifestWithTencentTagsAppliesReplansCleanExportsAndReplansClean(String kind) throws Exception {
        String store = storeUri(kind);
        Path project = Files.createDirectories(base.resolve("project"));
        Files.writeString(project.resolve("deploy.pub"), Fixtures.text("rsa-2048.pub"));
        Files.writeString(project.resolve("ops.pub"), Fixtures.text("rsa-3072.pub"));
        Files.writeString(project.resolve("keypairs.yaml"), """
                defaults:
                  tags: {owner: platform}
                tencent:
                  ap-guangzhou:
                    keyPairs:
                      - name: deploy_key
                        publicKeyFile: deploy.pub
                        tags: {team: web, 部门: 运维}
                      - name: ops_old
                        publicKeyFile: ops.pub
                alibaba:
                  cn-hangzhou:
                    keyPairs:
                      - name: deploy-key
                        publicKeyFile: deploy.pub
                """);
        RecordingReporter reporter = new RecordingReporter();

        ApplyReport applied = new Keypairs(Configurations.of(project, store), reporter).apply();
        assertTrue(applied.result().succeeded(), reporter.text());
        assertEquals(Map.of(Action.IMPORT, 3), applied.result().done());
        Plan again = new Keypairs(Configurations.failingOnChanges(project, store), reporter).plan().plan();
        assertFalse(again.summary().hasChanges(), again.changes().toString());

        ExportReport exported = new Keypairs(Configurations.of(project, store), reporter).export(new ExportOptions(
                List.of("tencent/ap-guangzhou", "alibaba/cn-hangzhou"), Path.of("exported/keypairs.yaml"), false));
        assertEquals(3, exported.keyPairs());
        String manifest = Files.readString(exported.manifest());
        assertTrue(manifest.contains("\"部门\": \"运维\"") && manifest.contains("\"team\": \"web\""), manifest);
        Plan fromExport = new Keypairs(Configurations.failingOnChanges(project, store)
                .withManifests(List.of("exported/keypairs.yaml")), reporter).plan().plan();
        assertFalse(fromExport.summary().hasChanges(), fromExport.changes().toString());
        assertEquals(List.of(), fromExport.unmanaged());

        try (KeyPairStore direct = KeyPairStores.open(store)) {
            StoredKeyPair deploy = tencent(direct, "deploy_key");
            assertEquals(Map.of("owner", "platform", "team", "web", "部门", "运维"), deploy.tags());
            direct.modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou", deploy.keyId(),
                    List.of(new Tag("team", "db")), List.of()));
        }
        Plan drifted = new Keypairs(Configurations.of(project, store), reporter).plan().plan();
        Change update = drifted.changes().stream()
                .filter(change -> change.address().toString().equals("tencent/ap-guangzhou/deploy_key")).findFirst()
                .orElseThrow();
        assertEquals(Action.UPDATE, update.action());
        assertEquals(new Reason.AttributesDiffer(List.of(new TagChange.Changed("team", "db", "web")), null),
                update.reason());

        String keyId;
        try (KeyPairStore direct = KeyPairStores.open(store)) {
            keyId = tencent(direct, "ops_old").keyId();
        }
        Files.writeString(project.resolve("keypairs.yaml"), Files.readString(project.resolve("keypairs.yaml"))
                .replace("- name: ops_old", "- name: ops_2026\n        renamedFrom: ops_old"));
        ApplyReport renamed = new Keypairs(Configurations.of(project, store), reporter).apply();
        assertTrue(renamed.result().succeeded(), reporter.text());
        assertEquals(Map.of(Action.RENAME, 1, Action.UPDATE, 1), renamed.result().done());
        try (KeyPairStore direct = KeyPairStores.open(store)) {
            StoredKeyPair ops = tencent(direct, "ops_2026");
            assertEquals(keyId, ops.keyId(), "renamed in place: the same KeyId");
            assertEquals(Map.of("owner", "platform"), ops.tags());
        }
        Plan settled = new Keypairs(Configurations.failingOnChanges(project, store), reporter).plan().plan();
        assertFalse(settled.summary().hasChanges(), settled.changes().toString());
    }

    private static StoredKeyPair tencent(KeyPairStore store, String name) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.TENCENT, "ap-guangzhou", List.of(), 1, 100))
                .keyPairs().stream().filter(keyPair -> keyPair.name().equals(name)).findFirst().orElseThrow();
    }
}
