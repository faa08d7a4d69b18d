package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keypairs:show} on the embedded store as an audit: every key pair's type, size, creation time and a
 * certificate's validity, in the log and in show.json, the undeclared ones included.
 */
class StoreShowTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String DSA = Fixtures.text("dsa-1024.pub").strip();
    static final String CERTIFICATE = Fixtures.text("rsa-2048-cert.pub").strip();
    /** A certificate that expired at the start of 2025 (its reading is stubbed: SPEC §14's reader is written apart). */
    static final CertificateValidity EXPIRED = new CertificateValidity(Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
            Optional.of(Instant.parse("2025-01-01T00:00:00Z")));

    @TempDir
    Path base;
    ManifestProject project;
    String storeUri;
    final List<String> asked = new ArrayList<>();
    /** The validity of every certificate: {@link #EXPIRED}; what it was asked of is kept. */
    final Function<PublicKey, Optional<CertificateValidity>> validity = key -> {
        asked.add(key.type().wireName());
        return Optional.of(EXPIRED);
    };

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base.resolve("project"));
        storeUri = "sqlite:" + base.resolve("store.db") + "?rateLimit=off";
    }

    private Keypairs run(RecordingReporter reporter) {
        return new Keypairs(Configuration.of(project.base()).withStore(storeUri), reporter)
                .withCertificateValidity(validity);
    }

    private void hold(String name, String key) throws Exception {
        try (KeyPairStore store = KeyPairStores.open(storeUri)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", name, key, List.of(), null));
        }
    }

    @Test
    void theAuditShowsTypeSizeCreationAndCertificateOfWhatNoManifestDeclares() throws Exception {
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\n");
        hold("deploy", RSA);
        hold("old-dsa", DSA);
        hold("signed", CERTIFICATE);
        Instant before = Instant.now().minusSeconds(1);
        RecordingReporter reporter = new RecordingReporter();

        run(reporter).show();

        Path showJson = project.base().resolve("target/keypairs/show.json");
        assertTrue(reporter.text().contains("Listing written to " + showJson), reporter.text());
        assertEquals(List.of("ssh-rsa-cert-v01@openssh.com"), asked, "only certificates have a validity to read");
        assertTrue(reporter.text().contains("  old-dsa  [not declared]  ssh-dss 1024  MD5 "), reporter.text());
        assertTrue(reporter.text().contains("(0 days ago)"), reporter.text());
        assertTrue(reporter.text().contains("  signed  [not declared]  ssh-rsa-cert-v01@openssh.com 2048  MD5 "),
                reporter.text());
        assertTrue(reporter.text().contains("  certificate expired 2025-01-01T00:00:00Z"), reporter.text());

        JsonNode show = new ObjectMapper().readTree(showJson.toFile());
        assertEquals(1, show.get("formatVersion").asInt());
        assertEquals(storeUri, show.get("store").asText());
        Map<String, JsonNode> byName = new TreeMap<>();
        show.get("keyPairs").forEach(keyPair -> byName.put(keyPair.get("name").asText(), keyPair));
        assertEquals(List.of("deploy", "old-dsa", "signed"), List.copyOf(byName.keySet()));
        JsonNode dsa = byName.get("old-dsa");
        assertEquals("alibaba/cn-hangzhou/old-dsa", dsa.get("address").asText());
        assertEquals("ssh-dss", dsa.get("keyType").asText());
        assertEquals(1024, dsa.get("bits").asInt());
        assertFalse(dsa.get("declared").asBoolean());
        assertTrue(dsa.get("certificate").isNull());
        Instant created = Instant.parse(dsa.get("createdAt").asText());
        assertTrue(!created.isBefore(before) && Duration.between(created, Instant.now()).toMinutes() < 5,
                "the store's creation time: " + created);
        JsonNode signed = byName.get("signed");
        assertEquals("ssh-rsa-cert-v01@openssh.com", signed.get("keyType").asText());
        assertEquals(2048, signed.get("bits").asInt());
        assertFalse(signed.get("declared").asBoolean());
        assertEquals("2024-01-01T00:00:00Z", signed.get("certificate").get("validAfter").asText());
        assertEquals("2025-01-01T00:00:00Z", signed.get("certificate").get("validBefore").asText());
        assertTrue(byName.get("deploy").get("declared").asBoolean());
        assertFalse(Files.exists(showJson.resolveSibling("show.json.tmp")), "written aside, then moved into place");
    }

    @Test
    void thePlansAuditOnTheEmbeddedStoreFindsWhatNoManifestDeclaresAndNeverBlocks() throws Exception {
        project.write("keypairs.yaml", "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\n");
        hold("deploy", RSA);
        hold("old-dsa", DSA);
        hold("lapsed", Fixtures.text("validity-expired-cert.pub").strip());

        // The real certificate reader: the certificate ended in 2021.
        new Keypairs(Configuration.of(project.base()).withStore(storeUri), new RecordingReporter()).plan();

        JsonNode plan = new ObjectMapper()
                .readTree(project.base().resolve("target/keypairs/plan.json").toFile());
        Map<String, String> findings = new TreeMap<>();
        plan.get("findings").forEach(finding -> findings.put(finding.get("address").asText(),
                finding.get("code").asText() + " " + finding.get("severity").asText() + " unmanaged="
                        + finding.get("unmanaged").asBoolean()));
        assertEquals(Map.of("alibaba/cn-hangzhou/lapsed", "CertificateExpired warning unmanaged=true",
                "alibaba/cn-hangzhou/old-dsa", "WeakKeyType warning unmanaged=true"), findings);
        assertEquals(0, plan.get("errors").size(), "an audit never blocks");
    }

    @Test
    void withoutManifestsShowJsonSaysNothingOfDeclared() throws Exception {
        Files.createDirectories(project.base());
        hold("lonely", RSA);

        run(new RecordingReporter()).show();

        JsonNode show = new ObjectMapper().readTree(project.base().resolve("target/keypairs/show.json").toFile());
        assertEquals(1, show.get("keyPairs").size());
        assertFalse(show.get("keyPairs").get(0).has("declared"));
        assertEquals("ssh-rsa", show.get("keyPairs").get(0).get("keyType").asText());
    }

    @Test
    void anEmptyStoreWritesAnEmptyList() throws Exception {
        Files.createDirectories(project.base());

        run(new RecordingReporter()).show();

        JsonNode show = new ObjectMapper().readTree(project.base().resolve("target/keypairs/show.json").toFile());
        assertEquals(0, show.get("keyPairs").size());
    }
}
