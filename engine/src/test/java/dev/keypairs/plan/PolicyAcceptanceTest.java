package dev.keypairs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.manifest.ManifestProject;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.render.PlanJson;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key policy end to end, as issue #27 states it done: a manifest set with a DSA key, a 1024-bit RSA key, an
 * expired and an expiring certificate (made by ssh-keygen with fixed validity windows, read by the real validity
 * reader) and an old key pair, planned at the default policy and at a strict one, as of two days; the plan.json
 * of each validates against its schema.
 */
class PolicyAcceptanceTest {

    static final String MANIFEST = """
            alibaba:
              cn-hangzhou:
                keyPairs:
                  - {name: dsa, publicKeyFile: keys/dsa.pub}
                  - {name: short, publicKeyFile: keys/short.pub}
                  - {name: expired, publicKeyFile: keys/expired.pub}
                  - {name: current, publicKeyFile: keys/current.pub}
                  - {name: old, publicKeyFile: keys/old.pub}
            """;
    static final String STRICT = """
            policy:
              rules:
                WeakKeyType: error
                ShortRsaKey: error
                CertificateExpired: error
                CertificateExpiring: warn
                LegacyCertificate: error
                KeyPairTooOld: warn
              maxAgeDays: 180
            """;

    @TempDir
    Path base;
    ManifestProject project;
    InMemoryStore store;

    @BeforeEach
    void setUp() {
        project = new ManifestProject(base);
        project.key("keys/dsa.pub", "dsa-1024.pub");
        project.key("keys/short.pub", "rsa-1024.pub");
        project.key("keys/expired.pub", "validity-expired-cert.pub");
        project.key("keys/current.pub", "validity-ending-cert.pub");
        project.key("keys/old.pub", "rsa-2048.pub");
        store = new InMemoryStore();
        // In the store for three years: the only key pair old enough for the age rule.
        store.put(Provider.ALIBABA, "cn-hangzhou", "old", Fixtures.text("rsa-2048.pub"), Map.of(), null, null,
                Instant.parse("2023-01-01T00:00:00Z"));
    }

    Plan plan(String yaml, LocalDate asOf) throws Exception {
        project.write("keypairs.yaml", yaml);
        ManifestSet manifests = project.read();
        assertEquals(List.of(), manifests.errors());
        Plan plan = new Planner(store, new ProjectPaths(base), Rules.builtIn())
                .plan(manifests, new PlanOptions(List.of(), List.of(), null, asOf));
        try (InputStream in = getClass().getResourceAsStream("/dev/keypairs/render/plan.schema.json")) {
            assertEquals(java.util.Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in)
                    .validate(new ObjectMapper().readTree(PlanJson.write(plan))), "plan.json matches its schema");
        }
        return plan;
    }

    /** Each key pair's findings, as code=severity, by name. */
    static Map<String, List<String>> findings(Plan plan) {
        Map<String, List<String>> byName = new TreeMap<>();
        plan.findings().forEach(finding -> byName.computeIfAbsent(finding.address().name(), name -> new java.util.ArrayList<>())
                .add(finding.rule().code() + "=" + finding.severity().name().toLowerCase(java.util.Locale.ROOT)));
        return byName;
    }

    @Test
    void theDefaultPolicyWarnsAndLeavesAgeOff() throws Exception {
        Plan plan = plan(MANIFEST, LocalDate.parse("2026-12-07"));

        assertEquals(Map.of("dsa", List.of("WeakKeyType=warning"), "short", List.of("ShortRsaKey=warning"),
                "expired", List.of("CertificateExpired=warning")), findings(plan));
        assertTrue(plan.isValid(), "warnings never block");
        assertEquals(3, plan.summary().findings());
    }

    @Test
    void aStrictPolicyBlocksOnErrorsAndSeesTheOldKeyPair() throws Exception {
        Plan plan = plan(MANIFEST + STRICT, LocalDate.parse("2026-12-07"));

        assertEquals(Map.of("dsa", List.of("WeakKeyType=error"), "short", List.of("ShortRsaKey=error"),
                "expired", List.of("CertificateExpired=error"), "old", List.of("KeyPairTooOld=warning")),
                findings(plan));
        assertEquals(List.of(PolicyRule.WEAK_KEY_TYPE, PolicyRule.SHORT_RSA_KEY, PolicyRule.CERTIFICATE_EXPIRED),
                plan.errors().stream().map(PlanError::code).toList(), "error findings are plan errors");
    }

    @Test
    void asOfMovesTheCertificateAndAgeFindings() throws Exception {
        // Before the expired certificate ended, and before the old key pair was old: neither is found.
        Plan then = plan(MANIFEST + STRICT, LocalDate.parse("2020-06-01"));
        assertEquals(Map.of("dsa", List.of("WeakKeyType=error"), "short", List.of("ShortRsaKey=error")),
                findings(then));

        // Three weeks before the current certificate ends (2030-01-01): expiring; the other one long expired.
        Plan later = plan(MANIFEST, LocalDate.parse("2029-12-10"));
        assertEquals(List.of("CertificateExpiring=warning"), findings(later).get("current"));
        assertEquals(List.of("CertificateExpired=warning"), findings(later).get("expired"));
    }
}
