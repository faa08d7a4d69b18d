package dev.keypairs.render;

import dev.keypairs.provider.ErrorCode;

import dev.keypairs.manifest.PruneScope;

import dev.keypairs.plan.PlanWarning;

import dev.keypairs.plan.PlanError;

import dev.keypairs.plan.Reason;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Finding;
import dev.keypairs.plan.FindingFacts;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.TagChange;
import dev.keypairs.plan.Unmanaged;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plans built by hand for the renderers' tests. */
final class PlanSamples {

    static final PublicKey RSA = Fixtures.key("rsa-2048.pub");
    static final PublicKey RSA_3072 = Fixtures.key("rsa-3072.pub");

    private PlanSamples() {
    }

    static KeyPairState state(PublicKey key, Map<String, String> tags, String keyId, Instant createdAt) {
        return new KeyPairState(key.type().wireName(), key.bits(), key.fingerprints().md5(), key.fingerprints().sha256(),
                tags, null, null, keyId, createdAt);
    }

    static Plan sample() {
        Address hangzhou = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");
        List<Change> changes = List.of(
                new Change(hangzhou.keyPair("deploy-key"), Action.IMPORT, new Reason.NotInStore(), new Source("keypairs.yaml", 7, 9),
                        null, state(RSA, Map.of("team", "a"), null, null), null, null, null, null),
                new Change(hangzhou.keyPair("bastion"), Action.CREATE, new Reason.GeneratedByStore(), new Source("keypairs.yaml", 9, 9),
                        null, new KeyPairState("ssh-rsa", 2048, null, null, Map.of(), null, null, null, null), null, null, null, null),
                new Change(hangzhou.keyPair("ci"), Action.REPLACE, new Reason.KeyChanged("a", "b"), new Source("keypairs.yaml", 11, 9),
                        state(RSA_3072, Map.of(), null, Instant.parse("2026-01-01T00:00:00Z")),
                        state(RSA, Map.of(), null, null), null, null, null, null),
                new Change(hangzhou.keyPair("same"), Action.NOOP, new Reason.SameKey(),
                        new Source("keypairs.yaml", 13, 9), state(RSA, Map.of(), null, null), state(RSA, Map.of(), null, null),
                        null, null, null, null),
                new Change(hangzhou.keyPair("old"), Action.DELETE, new Reason.NotDeclared(PruneScope.ALL), null,
                        state(RSA, Map.of(), null, Instant.parse("2026-01-02T00:00:00Z")), null, null, null, null, null));
        List<PlanError> errors = List.of(
                new PlanError.Found(new Diagnostic(ErrorCode.INVALID_PUBLIC_KEY_BODY_MALFORMED,
                        "PublicKeyBody: this is a private key | not <b>", "alibaba/cn-hangzhou/bad",
                        new Source("keypairs.yaml", 15, 20))),
                new PlanError.Found(Diagnostic.of(ToolCode.FILE_NOT_FOUND, "no manifest x.yaml", null, null)));
        return new Plan("ab".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of("alibaba/*"), null),
                "sqlite:/tmp/store.db", changes, List.of(new Unmanaged("alibaba/cn-hangzhou/manual", "00:11")), errors,
                List.of(new PlanWarning.PrivateKeyFileInProject(hangzhou.keyPair("bastion"), "bastion.pem")));
    }

    /**
     * One finding of each rule: an error of a declared key pair (also a plan error), warnings, an audit's; made by
     * the execution {@code prod}, as of a given day.
     */
    static Plan withFindings() {
        Address hangzhou = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");
        Finding dsa = new Finding(hangzhou.keyPair("dsa"), PolicyRule.WEAK_KEY_TYPE, Finding.Severity.ERROR, false,
                new FindingFacts.Key("ssh-dss", 1024));
        List<Finding> findings = List.of(dsa,
                new Finding(hangzhou.keyPair("short"), PolicyRule.SHORT_RSA_KEY, Finding.Severity.WARNING, false,
                        new FindingFacts.RsaSize("ssh-rsa", 1024, 2048)),
                new Finding(hangzhou.keyPair("cert"), PolicyRule.CERTIFICATE_EXPIRING, Finding.Severity.WARNING, false,
                        new FindingFacts.Validity("ssh-ed25519-cert-v01@openssh.com",
                                Instant.parse("2026-07-01T00:00:00Z"), 12)),
                new Finding(hangzhou.keyPair("gone"), PolicyRule.CERTIFICATE_EXPIRED, Finding.Severity.WARNING, false,
                        new FindingFacts.Validity("ssh-rsa-cert-v01@openssh.com", Instant.parse("2025-01-01T00:00:00Z"),
                                -516)),
                new Finding(hangzhou.keyPair("v00"), PolicyRule.LEGACY_CERTIFICATE, Finding.Severity.WARNING, false,
                        new FindingFacts.Key("ssh-rsa-cert-v00@openssh.com", 2048)),
                new Finding(hangzhou.keyPair("manual"), PolicyRule.KEY_PAIR_TOO_OLD, Finding.Severity.ERROR, true,
                        new FindingFacts.Age(Instant.parse("2020-01-01T00:00:00Z"), 2343, 365)),
                new Finding(hangzhou.keyPair("ci"), PolicyRule.KEY_PAIR_TOO_OLD, Finding.Severity.WARNING, false,
                        new FindingFacts.Age(Instant.parse("2024-01-01T00:00:00Z"), 882, 365)));
        return new Plan("cd".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), null,
                LocalDate.parse("2026-06-19"), "prod"), "sqlite:/tmp/store.db", List.of(),
                List.of(new Unmanaged("alibaba/cn-hangzhou/manual", "00:11")),
                List.of(new PlanError.PolicyViolation(dsa, new Source("keypairs.yaml", 3, 9))), List.of(), findings);
    }

    /**
     * Renames and a Tencent tag update: a Tencent rename in place with its tags, an Alibaba rename done as a replace,
     * and a Tencent key pair's tags changed in place.
     */
    static Plan renames() {
        Address guangzhou = Address.ofRegion(Provider.TENCENT, "ap-guangzhou");
        Address hangzhou = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");
        KeyPairState old = new KeyPairState("ssh-rsa", 2048, RSA.fingerprints().md5(), RSA.fingerprints().sha256(),
                Map.of(), null, 0L, "skey-abcd1234", Instant.parse("2026-01-01T00:00:00Z"));
        KeyPairState renamed = new KeyPairState("ssh-rsa", 2048, RSA.fingerprints().md5(), RSA.fingerprints().sha256(),
                Map.of("team", "web"), null, 0L, null, null);
        List<Change> changes = List.of(
                new Change(guangzhou.keyPair("ops_2026"), Action.RENAME, new Reason.Renamed("ops_old",
                        List.of(new TagChange.Added("team", "web"))), new Source("keypairs.yaml", 4, 9), old, renamed,
                        null, null, null, null),
                new Change(hangzhou.keyPair("new-name"), Action.REPLACE, new Reason.RenamedByReplace("old-name", null,
                        false), new Source("keypairs.yaml", 8, 9), state(RSA, Map.of(), null,
                        Instant.parse("2026-01-01T00:00:00Z")), state(RSA, Map.of(), null, null), null, null, null, null),
                new Change(guangzhou.keyPair("tagged"), Action.UPDATE, new Reason.AttributesDiffer(List.of(
                        new TagChange.Changed("env", "dev", "prod")), null), new Source("keypairs.yaml", 6, 9),
                        state(RSA_3072, Map.of("env", "dev"), "skey-efgh5678", Instant.parse("2026-01-01T00:00:00Z")),
                        state(RSA_3072, Map.of("env", "prod"), null, null), null, null, null, null));
        return new Plan("ef".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), null), "sqlite:x",
                changes, List.of(), List.of(), List.of());
    }

    /** A valid plan of many imports, for size limits. */
    static Plan manyImports(int count) {
        Address region = Address.ofRegion(Provider.ALIBABA, "cn-hangzhou");
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new Change(region.keyPair("key-number-" + i), Action.IMPORT, new Reason.NotInStore(),
                    new Source("keypairs.yaml", i + 1, 9), null, state(RSA, Map.of(), null, null), null, null, null, null));
        }
        return new Plan("cd".repeat(32), new PlanOptions(List.of("keypairs.yaml"), List.of(), true), "sqlite:x", changes,
                List.of(), List.of(), List.of());
    }
}
