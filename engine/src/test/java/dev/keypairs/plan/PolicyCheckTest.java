package dev.keypairs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.manifest.Policy;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.project.Address;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoredKeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyCheckTest {

    static final Address ADDRESS = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou").keyPair("key");
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2026-06-20T00:00:00Z");
    static final Policy STRICT = new Policy(every(Policy.Severity.ERROR), 3072, 30, 365);
    static final Policy OFF = new Policy(every(Policy.Severity.OFF), 2048, 30, 365);

    static Map<PolicyRule, Policy.Severity> every(Policy.Severity severity) {
        Map<PolicyRule, Policy.Severity> rules = new EnumMap<>(PolicyRule.class);
        for (PolicyRule rule : PolicyRule.values()) {
            rules.put(rule, severity);
        }
        return rules;
    }

    static List<Finding> key(Policy policy, Instant asOf, String fixture) {
        PublicKey key = Fixtures.key(fixture);
        List<Finding> found = new ArrayList<>();
        new PolicyCheck(policy, asOf, any -> Optional.of(new CertificateValidity(Optional.empty(),
                Optional.of(NOT_AFTER)))).key(ADDRESS, key.type(), key.bits(), key, false, found);
        return found;
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(finding -> finding.rule().code() + ":" + finding.severity().id()).toList();
    }

    @Test
    void aDsaKeyIsWeakAtTheDefaultAndAnErrorWhenStrict() {
        assertEquals(List.of("WeakKeyType:warning"), codes(key(Policy.DEFAULT, NOW, "dsa-1024.pub")));
        assertEquals(List.of("WeakKeyType:error"), codes(key(STRICT, NOW, "dsa-1024.pub")));
        assertEquals(new FindingFacts.Key("ssh-dss", 1024), key(Policy.DEFAULT, NOW, "dsa-1024.pub").get(0).facts());
        assertEquals(List.of(), key(OFF, NOW, "dsa-1024.pub"));
    }

    @Test
    void anRsaKeyBelowTheMinimumIsShort() {
        assertEquals(List.of("ShortRsaKey:warning"), codes(key(Policy.DEFAULT, NOW, "rsa-1024.pub")));
        assertEquals(List.of(), key(Policy.DEFAULT, NOW, "rsa-2048.pub"));
        assertEquals(List.of("ShortRsaKey:error"), codes(key(STRICT, NOW, "rsa-2048.pub")));
        assertEquals(new FindingFacts.RsaSize("ssh-rsa", 2048, 3072), key(STRICT, NOW, "rsa-2048.pub").get(0).facts());
        assertEquals(List.of(), key(Policy.DEFAULT, NOW, "ed25519.pub"));
    }

    @Test
    void aCertificateExpiringWithinTheDaysAndThenExpiredButNeverBoth() {
        assertEquals(List.of(), key(Policy.DEFAULT, Instant.parse("2026-05-01T00:00:00Z"), "ed25519-cert.pub"));
        List<Finding> expiring = key(Policy.DEFAULT, NOW, "ed25519-cert.pub");
        assertEquals(List.of("CertificateExpiring:warning"), codes(expiring));
        assertEquals(new FindingFacts.Validity("ssh-ed25519-cert-v01@openssh.com", NOT_AFTER, 19),
                expiring.get(0).facts());
        assertEquals(List.of("CertificateExpired:warning"), codes(key(Policy.DEFAULT, NOT_AFTER, "ed25519-cert.pub")));
        assertEquals(List.of("CertificateExpired:error"),
                codes(key(STRICT, Instant.parse("2027-01-01T00:00:00Z"), "ed25519-cert.pub")));
    }

    @Test
    void aDsaCertificateIsWeakToo() {
        assertEquals(List.of("WeakKeyType:warning", "CertificateExpiring:warning"),
                codes(key(Policy.DEFAULT, NOW, "dsa-1024-cert.pub")));
    }

    @Test
    void aV00CertificateIsLegacy() {
        List<Finding> found = new ArrayList<>();
        new PolicyCheck(Policy.DEFAULT, NOW, any -> Optional.empty()).key(ADDRESS, KeyType.SSH_RSA_CERT_V00, 2048, null,
                false, found);
        assertEquals(List.of("LegacyCertificate:warning"), codes(found));
        found.clear();
        new PolicyCheck(STRICT, NOW, any -> Optional.empty()).key(ADDRESS, KeyType.SSH_RSA_CERT_V00, 4096, null,
                false, found);
        assertEquals(List.of("LegacyCertificate:error"), codes(found));
    }

    @Test
    void theAgeRuleIsOffByDefaultAndMovesWithAsOf() {
        Instant created = Instant.parse("2025-06-01T00:00:00Z");
        List<Finding> found = new ArrayList<>();
        new PolicyCheck(Policy.DEFAULT, Instant.parse("2030-01-01T00:00:00Z")).age(ADDRESS, created, false, found);
        assertEquals(List.of(), found);
        new PolicyCheck(STRICT, NOW).age(ADDRESS, created, false, found);
        assertEquals(List.of(), found, "365 days old is not more than 365");
        new PolicyCheck(STRICT, NOW.plusSeconds(86_400)).age(ADDRESS, created, false, found);
        assertEquals(List.of("KeyPairTooOld:error"), codes(found));
        assertEquals(new FindingFacts.Age(created, 366, 365), found.get(0).facts());
    }

    @Test
    void anUnmanagedKeyPairsFindingsNeverBlock() {
        StoredKeyPair stored = new StoredKeyPair(Provider.ALIBABA, "cn-hangzhou", "key",
                Fixtures.text("dsa-1024.pub").strip(), "00", null, Map.of(), null, null,
                Instant.parse("2020-01-01T00:00:00Z"));
        List<Finding> found = new ArrayList<>();
        new PolicyCheck(STRICT, NOW).unmanaged(ADDRESS, stored, found);
        assertEquals(List.of("WeakKeyType:error", "KeyPairTooOld:error"), codes(found));
        assertTrue(found.stream().allMatch(Finding::unmanaged));
        assertFalse(found.stream().anyMatch(Finding::blocks));
        found.clear();
        new PolicyCheck(OFF, NOW).unmanaged(ADDRESS, stored, found);
        assertEquals(List.of(), found);
    }
}
