package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.RecordingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keypairs:show} over {@code cloud:http://...} as an audit: what the providers' SDKs return (the public key,
 * the creation time) becomes each key pair's type, size, age and certificate validity, in show.json too.
 */
class CloudShowTest {

    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String DSA = Fixtures.text("dsa-1024.pub").strip();
    static final String CERTIFICATE = Fixtures.text("rsa-2048-cert.pub").strip();
    /** A certificate that expired at the start of 2025 (its reading is stubbed: SPEC §14's reader is written apart). */
    static final CertificateValidity EXPIRED = new CertificateValidity(
            Optional.of(Instant.parse("2024-01-01T00:00:00Z")), Optional.of(Instant.parse("2025-01-01T00:00:00Z")));

    @TempDir
    Path project;
    private Emulator emulator;

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void theAuditOverTheSdksShowsTypeSizeCreationAndCertificateOfWhatNoManifestDeclares() throws Exception {
        String account = "memory:cloud-show-" + UUID.randomUUID() + "?rateLimit=off";
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(account));
        Instant before = Instant.now().minusSeconds(1);
        try (KeyPairStore store = KeyPairStores.open(account)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old-dsa", DSA, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "signed", CERTIFICATE, List.of(),
                    null));
            store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "stray", RSA, 0L));
        }
        Files.writeString(project.resolve("keypairs.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\n");
        RecordingReporter reporter = new RecordingReporter();

        new Keypairs(Configuration.of(project).withStore("cloud:" + emulator.endpoint())
                .withCloudCredentials(CloudKeyPairStoreTest.TEST_PAIR), reporter)
                .withCertificateValidity(key -> Optional.of(EXPIRED)).show();

        assertTrue(reporter.text().contains("  old-dsa  [not declared]  ssh-dss 1024  MD5 "), reporter.text());
        assertTrue(reporter.text().contains("  certificate expired 2025-01-01T00:00:00Z"), reporter.text());
        JsonNode show = new ObjectMapper().readTree(project.resolve("target/keypairs/show.json").toFile());
        assertEquals("cloud:" + emulator.endpoint(), show.get("store").asText());
        Map<String, JsonNode> byAddress = new TreeMap<>();
        show.get("keyPairs").forEach(keyPair -> byAddress.put(keyPair.get("address").asText(), keyPair));
        assertEquals(List.of("alibaba/cn-hangzhou/deploy", "alibaba/cn-hangzhou/old-dsa", "alibaba/cn-hangzhou/signed",
                "tencent/ap-guangzhou/stray"), List.copyOf(byAddress.keySet()));
        assertTrue(byAddress.get("alibaba/cn-hangzhou/deploy").get("declared").asBoolean());
        JsonNode dsa = byAddress.get("alibaba/cn-hangzhou/old-dsa");
        assertEquals("ssh-dss", dsa.get("keyType").asText());
        assertEquals(1024, dsa.get("bits").asInt());
        assertFalse(dsa.get("declared").asBoolean());
        assertCreatedJustNow(dsa, before);
        JsonNode signed = byAddress.get("alibaba/cn-hangzhou/signed");
        assertEquals("ssh-rsa-cert-v01@openssh.com", signed.get("keyType").asText());
        assertEquals(2048, signed.get("bits").asInt());
        assertEquals("2025-01-01T00:00:00Z", signed.get("certificate").get("validBefore").asText());
        assertEquals("2024-01-01T00:00:00Z", signed.get("certificate").get("validAfter").asText());
        JsonNode stray = byAddress.get("tencent/ap-guangzhou/stray");
        assertEquals("ssh-rsa", stray.get("keyType").asText());
        assertEquals(2048, stray.get("bits").asInt());
        assertTrue(stray.get("keyId").asText().startsWith("skey-"), stray.toString());
        assertFalse(stray.get("declared").asBoolean());
        assertCreatedJustNow(stray, before);
    }

    @Test
    void thePlansAuditOverTheSdksFindsWhatNoManifestDeclaresAndNeverBlocks() throws Exception {
        String account = "memory:cloud-audit-" + UUID.randomUUID() + "?rateLimit=off";
        emulator = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(account));
        try (KeyPairStore store = KeyPairStores.open(account)) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "old-dsa", DSA, List.of(), null));
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "lapsed",
                    Fixtures.text("validity-expired-cert.pub").strip(), List.of(), null));
        }
        Files.writeString(project.resolve("keypairs.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: deploy, publicKey: '" + RSA + "'}\n");

        new Keypairs(Configuration.of(project).withStore("cloud:" + emulator.endpoint())
                .withCloudCredentials(CloudKeyPairStoreTest.TEST_PAIR), new RecordingReporter()).plan();

        // The certificate's validity read from what the SDK returned, by the real reader: it ended in 2021.
        JsonNode plan = new ObjectMapper().readTree(project.resolve("target/keypairs/plan.json").toFile());
        Map<String, String> findings = new TreeMap<>();
        plan.get("findings").forEach(finding -> findings.put(finding.get("address").asText(),
                finding.get("code").asText() + " " + finding.get("severity").asText() + " unmanaged="
                        + finding.get("unmanaged").asBoolean()));
        assertEquals(Map.of("alibaba/cn-hangzhou/lapsed", "CertificateExpired warning unmanaged=true",
                "alibaba/cn-hangzhou/old-dsa", "WeakKeyType warning unmanaged=true"), findings);
        assertEquals(0, plan.get("errors").size(), "an audit never blocks");
    }

    private static void assertCreatedJustNow(JsonNode keyPair, Instant before) {
        Instant created = Instant.parse(keyPair.get("createdAt").asText());
        // Alibaba answers whole minutes (CreationTime 2026-01-02T03:04Z), Tencent whole seconds.
        assertTrue(!created.isBefore(before.minusSeconds(60)) && Duration.between(created, Instant.now()).toMinutes() < 5,
                "the store's creation time: " + keyPair);
    }
}
