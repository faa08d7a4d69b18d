package dev.keypairs.render;

import dev.keypairs.plan.Reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.project.Address;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.project.Source;
import dev.keypairs.provider.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** plan.json is read by tools outside the project: goals.md, field for field. */
class PlanJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void fieldsAreExactlyTheSpecsInItsOrder() throws Exception {
        JsonNode json = MAPPER.readTree(PlanJson.write(PlanSamples.sample()));

        assertEquals(List.of("formatVersion", "basis", "options", "store", "changes", "unmanaged", "errors", "findings",
                "summary"),
                fields(json));
        assertNumber(1, json.get("formatVersion"));
        assertEquals(List.of("manifests", "target", "prune"), fields(json.get("options")));
        assertEquals("keypairs.yaml", json.at("/options/manifests/0").asText());
        assertEquals("alibaba/*", json.at("/options/target/0").asText());
        assertTrue(json.at("/options/prune").isNull());
        assertEquals("sqlite:/tmp/store.db", json.get("store").asText());

        JsonNode imported = json.at("/changes/0");
        assertEquals(List.of("address", "provider", "region", "name", "action", "reason", "source", "before", "after"),
                fields(imported));
        assertEquals("alibaba/cn-hangzhou/deploy-key", imported.get("address").asText());
        assertEquals("alibaba", imported.get("provider").asText());
        assertEquals("cn-hangzhou", imported.get("region").asText());
        assertEquals("deploy-key", imported.get("name").asText());
        assertEquals("import", imported.get("action").asText());
        assertEquals(List.of("file", "line"), fields(imported.get("source")));
        assertNumber(7, imported.at("/source/line"));
        assertTrue(imported.get("before").isNull());
        assertEquals(List.of("keyType", "bits", "fingerprint", "sha256", "tags", "resourceGroupId", "projectId"),
                fields(imported.get("after")));
        assertEquals(PlanSamples.RSA.fingerprints().md5(), imported.at("/after/fingerprint").asText());
        assertEquals(PlanSamples.RSA.fingerprints().sha256(), imported.at("/after/sha256").asText());
        assertNumber(2048, imported.at("/after/bits"));
        assertEquals("a", imported.at("/after/tags/team").asText());

        JsonNode created = json.at("/changes/1");
        assertEquals("create", created.get("action").asText());
        assertFalse(created.get("after").has("fingerprint"), "a create not yet applied has no fingerprint");

        JsonNode replaced = json.at("/changes/2");
        assertEquals(List.of("keyType", "bits", "fingerprint", "sha256", "tags", "resourceGroupId", "projectId", "keyId",
                "createdAt"), fields(replaced.get("before")));
        assertEquals("2026-01-01T00:00:00Z", replaced.at("/before/createdAt").asText());

        assertEquals("no-op", json.at("/changes/3/action").asText());
        JsonNode deleted = json.at("/changes/4");
        assertEquals("delete", deleted.get("action").asText());
        assertTrue(deleted.get("source").isNull());
        assertTrue(deleted.get("after").isNull());

        assertEquals(List.of("address", "fingerprint"), fields(json.at("/unmanaged/0")));
        assertEquals(List.of("address", "code", "message", "file", "line", "column"), fields(json.at("/errors/0")));
        assertEquals("InvalidPublicKeyBody.Malformed", json.at("/errors/0/code").asText());
        assertNumber(15, json.at("/errors/0/line"));
        assertNumber(20, json.at("/errors/0/column"));
        assertTrue(json.at("/errors/1/address").isNull());
        assertTrue(json.at("/errors/1/file").isNull());
        assertEquals(List.of("import", "create", "replace", "rename", "update", "delete", "noop", "unmanaged",
                "errors", "findings"),
                fields(json.get("summary")));
        List<Integer> counts = new ArrayList<>();
        json.get("summary").forEach(count -> counts.add(number(count)));
        assertEquals(List.of(1, 1, 1, 0, 0, 1, 1, 1, 2, 0), counts);
    }

    @Test
    void aRenameIsOneChangeAtTheNewAddressItsBeforeTheOldKeyPairAndCounted() throws Exception {
        JsonNode json = MAPPER.readTree(PlanJson.write(PlanSamples.renames()));

        JsonNode renamed = json.at("/changes/0");
        assertEquals("tencent/ap-guangzhou/ops_2026", renamed.get("address").asText());
        assertEquals("rename", renamed.get("action").asText());
        assertEquals("renamed from ops_old in place, keeping its KeyId; then tags +team=web",
                renamed.get("reason").asText());
        assertEquals("skey-abcd1234", renamed.at("/before/keyId").asText(), "before: the key pair under the old name");
        assertEquals("web", renamed.at("/after/tags/team").asText());
        assertEquals("ops_old", renamed.get("renamedFrom").asText());
        assertEquals(List.of("address", "provider", "region", "name", "action", "reason", "source", "before", "after",
                "renamedFrom"), fields(renamed));

        JsonNode replaced = json.at("/changes/1");
        assertEquals("replace", replaced.get("action").asText());
        assertEquals("old-name", replaced.get("renamedFrom").asText());
        assertFalse(json.at("/changes/2").has("renamedFrom"), "only a rename names an old name");
        assertEquals("tags env: dev → prod", json.at("/changes/2/reason").asText());
        assertNumber(1, json.at("/summary/rename"));
        assertNumber(1, json.at("/summary/replace"));
        assertNumber(1, json.at("/summary/update"));
    }

    @Test
    void tencentStatesCarryProjectIdAsANumberAndKeyIdInBefore() throws Exception {
        Address guangzhou = Address.ofRegion(Provider.TENCENT, "ap-guangzhou");
        KeyPairState before = new KeyPairState("ssh-ed25519", 256, "aa:bb", "SHA256:x", Map.of(), null, 1_000_123L,
                "skey-abcd1234", Instant.parse("2026-03-04T05:06:07Z"));
        KeyPairState after = new KeyPairState("ssh-ed25519", 256, "aa:bb", "SHA256:x", Map.of(), null, 0L, null, null);
        Plan plan = new Plan("ef".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), false), "sqlite:x",
                List.of(new Change(guangzhou.keyPair("ops"), Action.REPLACE, new Reason.ProjectMoved(1_000_123L, 0L),
                        new Source("keypairs.yaml", 3, 9), before, after, null, null, null, null)),
                List.of(), List.of(), List.of());

        JsonNode change = MAPPER.readTree(PlanJson.write(plan)).at("/changes/0");

        assertEquals("tencent", change.get("provider").asText());
        assertNumber(1_000_123, change.at("/before/projectId"));
        assertEquals("skey-abcd1234", change.at("/before/keyId").asText());
        assertTrue(change.at("/before/keyId").isTextual());
        assertEquals("2026-03-04T05:06:07Z", change.at("/before/createdAt").asText());
        assertNumber(0, change.at("/after/projectId"));
        assertTrue(change.at("/before/resourceGroupId").isNull());
        assertFalse(change.get("after").has("keyId"), "keyId is of what the store holds: before only");
    }

    /** A JSON number, not a string that reads as one. */
    private static int number(JsonNode node) {
        assertTrue(node.isInt(), () -> node + " is not a JSON integer");
        return node.intValue();
    }

    @Test
    void theWriterWritesWhatJacksonsDataBindingWritesOfTheRecords() throws Exception {
        // plan.json is written field by field (JsonText), for its start-up; the bytes must be what the data binding
        // makes of the records that read it back: the same names, order, nulls and fields left out.
        com.fasterxml.jackson.databind.ObjectWriter binding = new ObjectMapper().writer(
                new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                        new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
        for (Plan plan : List.of(PlanSamples.sample(), PlanSamples.manyImports(3), PlanSamples.withFindings(),
                PlanSamples.renames())) {
            PlanDocument document = PlanDocument.of(plan);
            assertEquals(binding.writeValueAsString(document) + "\n", document.toJson());
        }
    }

    private static void assertNumber(int expected, JsonNode node) {
        assertEquals(expected, number(node));
    }

    @Test
    void findingsCarryTheirCodeSeverityAndFacts() throws Exception {
        JsonNode json = MAPPER.readTree(PlanJson.write(PlanSamples.withFindings()));

        assertEquals("2026-06-19", json.at("/options/policyAsOf").asText());
        assertEquals(List.of("manifests", "target", "prune", "policyAsOf", "execution"), fields(json.get("options")));
        assertEquals("prod", json.at("/options/execution").asText());
        assertEquals(List.of("address", "code", "severity", "unmanaged", "message", "facts"),
                fields(json.at("/findings/0")));
        assertEquals("alibaba/cn-hangzhou/dsa", json.at("/findings/0/address").asText());
        assertEquals("WeakKeyType", json.at("/findings/0/code").asText());
        assertEquals("error", json.at("/findings/0/severity").asText());
        assertFalse(json.at("/findings/0/unmanaged").asBoolean());
        assertTrue(json.at("/findings/0/message").asText().contains("replace it with an ed25519 key"));
        assertEquals(List.of("keyType", "bits"), fields(json.at("/findings/0/facts")));
        assertEquals(List.of("keyType", "bits", "minRsaBits"), fields(json.at("/findings/1/facts")));
        assertEquals("2026-07-01T00:00:00Z", json.at("/findings/2/facts/notAfter").asText());
        assertEquals(List.of("createdAt", "ageDays", "maxAgeDays"), fields(json.at("/findings/5/facts")));
        assertTrue(json.at("/findings/5/unmanaged").asBoolean());
        assertEquals("WeakKeyType", json.at("/errors/0/code").asText());
        assertEquals(7, json.at("/summary/findings").asInt());
    }

    @Test
    void aPlanWithoutFindingsListsNoneAndNoAsOf() throws Exception {
        JsonNode json = MAPPER.readTree(PlanJson.write(PlanSamples.sample()));

        assertTrue(json.get("findings").isArray() && json.get("findings").isEmpty());
        assertTrue(json.at("/options/policyAsOf").isMissingNode());
        assertTrue(json.at("/options/execution").isMissingNode(), "a plan of no named execution names none");
        assertEquals(0, json.at("/summary/findings").asInt());
    }

    @Test
    void findingsReadBack() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("plan", ".json");
        try {
            java.nio.file.Files.writeString(file, PlanJson.write(PlanSamples.withFindings()));
            PlanDocument document = PlanDocument.read(file);
            assertEquals("2026-06-19", document.options().policyAsOf());
            assertEquals("prod", document.options().execution());
            assertEquals("KeyPairTooOld", document.findings().get(5).code());
            assertEquals(2343L, document.findings().get(5).facts().ageDays());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
