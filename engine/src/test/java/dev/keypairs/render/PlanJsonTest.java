package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** plan.json is read by tools outside the project: SPEC §6, field for field. */
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

        assertEquals(List.of("formatVersion", "basis", "options", "store", "changes", "unmanaged", "errors", "summary"),
                fields(json));
        assertEquals(1, json.get("formatVersion").asInt());
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
        assertEquals(7, imported.at("/source/line").asInt());
        assertTrue(imported.get("before").isNull());
        assertEquals(List.of("keyType", "bits", "fingerprint", "sha256", "tags", "resourceGroupId", "projectId"),
                fields(imported.get("after")));
        assertEquals(PlanSamples.RSA.fingerprints().md5(), imported.at("/after/fingerprint").asText());
        assertEquals(PlanSamples.RSA.fingerprints().sha256(), imported.at("/after/sha256").asText());
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
        assertEquals(20, json.at("/errors/0/column").asInt());
        assertTrue(json.at("/errors/1/address").isNull());
        assertTrue(json.at("/errors/1/file").isNull());
        assertEquals(List.of("import", "create", "replace", "update", "delete", "noop", "unmanaged", "errors"),
                fields(json.get("summary")));
        assertEquals(2, json.at("/summary/errors").asInt());
    }
}
