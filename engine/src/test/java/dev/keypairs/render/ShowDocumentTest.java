package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.store.StoreListing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** show.json, as show-json.md documents it. */
class ShowDocumentTest {

    @Test
    void everyKeyPairWithItsKeyCreationAndCertificate() throws Exception {
        String json = ShowDocument.of(ShowTextTest.sample(), "sqlite:/tmp/store.db").toJson();

        JsonNode show = new ObjectMapper().readTree(json);
        assertEquals(1, show.get("formatVersion").asInt());
        assertEquals("sqlite:/tmp/store.db", show.get("store").asText());
        assertEquals(3, show.get("keyPairs").size());
        JsonNode deploy = show.get("keyPairs").get(0);
        assertEquals(List.of("address", "provider", "region", "name", "keyId", "keyType", "bits", "fingerprint", "sha256",
                "createdAt", "certificate", "tags", "resourceGroupId", "projectId", "declared", "description",
                "associatedInstanceIds"), names(deploy.fieldNames()), "the documented fields, in order");
        assertTrue(deploy.get("description").isNull());
        assertEquals(0, deploy.get("associatedInstanceIds").size(), "none reported: an empty list");
        assertEquals("alibaba/cn-hangzhou/deploy", deploy.get("address").asText());
        assertEquals("alibaba", deploy.get("provider").asText());
        assertEquals("cn-hangzhou", deploy.get("region").asText());
        assertEquals("ssh-rsa", deploy.get("keyType").asText());
        assertEquals(2048, deploy.get("bits").asInt());
        assertEquals("fc:65:f3:e0:6d:9a:5d:c6:be:a6:8e:65:5b:d2:7d:7f", deploy.get("fingerprint").asText());
        assertEquals(ShowTextTest.RSA.fingerprints().sha256(), deploy.get("sha256").asText());
        assertEquals("2024-02-29T11:59:59.250Z", deploy.get("createdAt").asText());
        assertTrue(deploy.get("certificate").isNull(), "a plain key has no certificate");
        assertTrue(deploy.get("keyId").isNull());
        assertEquals("a", deploy.get("tags").get("team").asText());
        assertTrue(deploy.get("declared").asBoolean());

        JsonNode expired = show.get("keyPairs").get(1);
        assertEquals("2024-01-01T00:00:00Z", expired.get("certificate").get("validAfter").asText());
        assertEquals("2025-01-01T00:00:00Z", expired.get("certificate").get("validBefore").asText());
        assertFalse(expired.get("declared").asBoolean());

        JsonNode legacy = show.get("keyPairs").get(2);
        assertTrue(legacy.get("keyType").isNull() && legacy.get("bits").isNull() && legacy.get("sha256").isNull(),
                "a store that returns only fingerprints: " + legacy);
        assertTrue(legacy.get("createdAt").isNull());
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void aTencentKeyPairCarriesItsTagsDescriptionAndInstances() throws Exception {
        JsonNode show = new ObjectMapper().readTree(ShowDocument.of(new StoreListing(List.of(ShowTextTest.tencent()),
                true, Instant.EPOCH), "memory:x").toJson());

        JsonNode ops = show.get("keyPairs").get(0);
        assertEquals("skey-abcd1234", ops.get("keyId").asText());
        assertEquals("web", ops.at("/tags/team").asText());
        assertEquals("prod", ops.at("/tags/env").asText());
        assertEquals("ops key", ops.get("description").asText());
        assertEquals(List.of("ins-1", "ins-2"), List.of(ops.at("/associatedInstanceIds/0").asText(),
                ops.at("/associatedInstanceIds/1").asText()));
        assertEquals(2, ops.get("associatedInstanceIds").size());
    }

    @Test
    void withoutManifestsNothingSaysDeclared() throws Exception {
        StoreListing unmarked = new StoreListing(ShowTextTest.sample().entries(), false, Instant.EPOCH);

        JsonNode show = new ObjectMapper().readTree(ShowDocument.of(unmarked, "memory:x").toJson());

        show.get("keyPairs").forEach(keyPair -> assertFalse(keyPair.has("declared"), keyPair.toString()));
    }

    @Test
    void anEmptyStoreIsAnEmptyList() throws Exception {
        JsonNode show = new ObjectMapper().readTree(ShowDocument.of(new StoreListing(List.of(), false, Instant.EPOCH),
                "memory:x").toJson());
        assertEquals(0, show.get("keyPairs").size());
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void theWriterWritesWhatJacksonsDataBindingWritesOfTheRecords() throws Exception {
        // show.json is written field by field (JsonText); the records are its definition, as the data binding reads them.
        com.fasterxml.jackson.databind.ObjectWriter binding = new ObjectMapper().writer(
                new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withObjectIndenter(
                        new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
        for (StoreListing listing : List.of(ShowTextTest.sample(),
                new StoreListing(ShowTextTest.sample().entries(), false, Instant.EPOCH),
                new StoreListing(List.of(ShowTextTest.tencent()), true, Instant.EPOCH),
                new StoreListing(List.of(), false, Instant.EPOCH))) {
            ShowDocument document = ShowDocument.of(listing, "sqlite:/tmp/store.db");
            assertEquals(binding.writeValueAsString(document) + "\n", document.toJson());
        }
    }
}
