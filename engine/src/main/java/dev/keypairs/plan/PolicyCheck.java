package dev.keypairs.plan;

import dev.keypairs.keys.CertificateFormat;
import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.KeyAlgorithm;
import dev.keypairs.keys.KeyType;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.Policy;
import dev.keypairs.manifest.PolicyRule;
import dev.keypairs.project.Address;
import dev.keypairs.store.StoredKeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies the key policy's rules (SPEC §14, policy.md) as of one instant: to each declared key pair the plan
 * decides, with the key already read, and, as an audit, to each unmanaged key pair it read. A certificate past its
 * validity is only expired, never also expiring. A key pair no rule finds anything of costs no allocation, and
 * an unmanaged key is read only when a rule of its key is on.
 */
final class PolicyCheck {

    private static final PolicyRule[] RULES = PolicyRule.values();

    private final Policy policy;
    private final Instant asOf;
    private final Function<PublicKey, Optional<CertificateValidity>> validity;
    /** Each rule's severity by ordinal; null when off. */
    private final Finding.Severity[] severities = new Finding.Severity[RULES.length];
    private final boolean keyRulesOn;
    private final boolean validityOn;

    /**
     * A check of this policy.
     *
     * @param policy the manifests' policy
     * @param asOf the instant certificates and ages are checked at
     * @param validity a certificate's validity, {@link CertificateValidity#of} but in tests
     */
    PolicyCheck(Policy policy, Instant asOf, Function<PublicKey, Optional<CertificateValidity>> validity) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.validity = Objects.requireNonNull(validity, "validity");
        for (PolicyRule rule : RULES) {
            severities[rule.ordinal()] = switch (policy.severity(rule)) {
                case ERROR -> Finding.Severity.ERROR;
                case WARN -> Finding.Severity.WARNING;
                case OFF -> null;
            };
        }
        validityOn = on(PolicyRule.CERTIFICATE_EXPIRED) || on(PolicyRule.CERTIFICATE_EXPIRING);
        keyRulesOn = validityOn || on(PolicyRule.WEAK_KEY_TYPE) || on(PolicyRule.SHORT_RSA_KEY)
                || on(PolicyRule.LEGACY_CERTIFICATE);
    }

    /** A check of this policy with certificates' validity as they state it. */
    PolicyCheck(Policy policy, Instant asOf) {
        this(policy, asOf, CertificateValidity::of);
    }

    private boolean on(PolicyRule rule) {
        return severities[rule.ordinal()] != null;
    }

    /**
     * The findings of a declared key pair's change, added to {@code found}: its declared key, or for a created key
     * pair the key the store holds (or will generate); its age in the store unless the change replaces it. A delete
     * (a destroy) is not checked.
     */
    void declared(Change change, List<Finding> found) {
        if (change.action() == Action.DELETE || change.declared() == null) {
            return;
        }
        if (keyRulesOn) {
            PublicKey key = change.key();
            if (key != null) {
                key(change.address(), key.type(), key.bits(), key, false, found);
            } else if (change.after() != null && change.after().keyType() != null && change.after().bits() != null) {
                KeyType type = KeyType.fromWireName(change.after().keyType()).orElse(null);
                if (type != null) {
                    key(change.address(), type, change.after().bits(), null, false, found);
                }
            }
        }
        if (change.action() != Action.REPLACE && change.stored() != null) {
            age(change.address(), change.stored().createdAt(), false, found);
        }
    }

    /** The audit's findings of a key pair no manifest declares, added to {@code found}. */
    void unmanaged(Address address, StoredKeyPair stored, List<Finding> found) {
        if (keyRulesOn && stored.publicKey() != null) {
            PublicKey key = PublicKeyReader.readIfKey(stored.publicKey()).orElse(null);
            if (key != null) {
                key(address, key.type(), key.bits(), key, true, found);
            }
        }
        age(address, stored.createdAt(), true, found);
    }

    /** The rules of a key: its type, its size, its certificate's layout and validity (when the key is known). */
    void key(Address address, KeyType type, int bits, PublicKey key, boolean unmanaged, List<Finding> found) {
        if (type.algorithm() == KeyAlgorithm.DSA) {
            add(address, PolicyRule.WEAK_KEY_TYPE, unmanaged, found, () -> new FindingFacts.Key(type.wireName(), bits));
        }
        if (type.algorithm() == KeyAlgorithm.RSA && bits < policy.minRsaBits()) {
            add(address, PolicyRule.SHORT_RSA_KEY, unmanaged, found,
                    () -> new FindingFacts.RsaSize(type.wireName(), bits, policy.minRsaBits()));
        }
        if (type.certificateFormat() == CertificateFormat.V00) {
            add(address, PolicyRule.LEGACY_CERTIFICATE, unmanaged, found,
                    () -> new FindingFacts.Key(type.wireName(), bits));
        }
        if (validityOn && key != null && type.isCertificate()) {
            Instant notAfter = validity.apply(key).flatMap(CertificateValidity::validBefore).orElse(null);
            if (notAfter != null) {
                long daysLeft = Duration.between(asOf, notAfter).toDays();
                FindingFacts.Validity facts = new FindingFacts.Validity(type.wireName(), notAfter, daysLeft);
                if (!asOf.isBefore(notAfter)) {
                    add(address, PolicyRule.CERTIFICATE_EXPIRED, unmanaged, found, () -> facts);
                } else if (!notAfter.isAfter(asOf.plus(Duration.ofDays(policy.certificateExpiringDays())))) {
                    add(address, PolicyRule.CERTIFICATE_EXPIRING, unmanaged, found, () -> facts);
                }
            }
        }
    }

    /** The age rule: a key pair created in the store more than {@link Policy#maxAgeDays()} before. */
    void age(Address address, Instant createdAt, boolean unmanaged, List<Finding> found) {
        if (createdAt == null || !on(PolicyRule.KEY_PAIR_TOO_OLD)) {
            return;
        }
        long ageDays = Duration.between(createdAt, asOf).toDays();
        if (ageDays > policy.maxAgeDays()) {
            add(address, PolicyRule.KEY_PAIR_TOO_OLD, unmanaged, found,
                    () -> new FindingFacts.Age(createdAt, ageDays, policy.maxAgeDays()));
        }
    }

    /** Adds a finding when its rule is on; the facts are made only then. */
    private void add(Address address, PolicyRule rule, boolean unmanaged, List<Finding> found,
            Supplier<FindingFacts> facts) {
        Finding.Severity severity = severities[rule.ordinal()];
        if (severity != null) {
            found.add(new Finding(address, rule, severity, unmanaged, facts.get()));
        }
    }
}
