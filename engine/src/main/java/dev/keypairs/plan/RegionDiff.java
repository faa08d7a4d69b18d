package dev.keypairs.plan;

import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.manifest.PruneScope;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plan of one declared region: each declared key pair's decision ({@link KeyPairDiff}), the deletes within
 * prune's scope (or, for a destroy, of every declared key pair), what stays unmanaged, and the account's predicted
 * refusals ({@link AccountPrediction}), whose changes are dropped; and the key policy's findings
 * ({@link PolicyCheck}) of the declared key pairs planned and, as an audit, of the unmanaged ones.
 */
final class RegionDiff {

    private final DeclarationCheck check;
    private final KeyPairDiff keyPairs;
    private final TargetFilter targets;
    private final Set<Address> declaredAddresses;
    private final Set<Address> renamedFromAddresses;
    private final PolicyCheck policy;
    final List<Change> changes = new ArrayList<>();
    final List<Unmanaged> unmanaged = new ArrayList<>();
    final List<PlanError> errors = new ArrayList<>();
    final List<PlanWarning> warnings = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    /** The unmanaged key pairs' findings, listed after the declared ones'. */
    private final List<Finding> audit = new ArrayList<>();

    RegionDiff(DeclarationCheck check, ProjectPaths project, TargetFilter targets, Set<Address> declaredAddresses,
            Set<Address> renamedFromAddresses, PolicyCheck policy) {
        this.check = check;
        this.policy = policy;
        this.keyPairs = new KeyPairDiff(project, check);
        this.targets = targets;
        this.declaredAddresses = declaredAddresses;
        this.renamedFromAddresses = renamedFromAddresses;
    }

    /** The instances a stored key pair is bound to, as the store answers them ({@code KeyPairStore#instancesBoundTo}). */
    @FunctionalInterface
    interface BoundInstances {
        List<String> of(StoredKeyPair keyPair) throws StoreException;
    }

    /**
     * A region the catalogue refuses: its error once, and each targeted key pair's own problems but that one (the
     * store would refuse every call in it).
     */
    void refusedRegion(DeclaredRegion region, List<DeclaredKeyPair> declared, PlanError regionError) {
        errors.add(regionError);
        ApiCode regionCode = check.rules(region.address().provider()).checkRegion(region.address().region())
                .orElseThrow().code();
        // Plain loops, not lambdas or streams: each lambda is linked on first use, and a goal runs once on a cold
        // JVM (performance.md).
        for (DeclaredKeyPair keyPair : declared) {
            if (targets.targets(keyPair.address())) {
                found(check.keyPair(keyPair, regionCode).errors());
            }
        }
    }

    /**
     * Plans a region from what was read of it.
     *
     * @param bound asked, for each key pair the plan would delete or replace, which instances it is bound to
     */
    void plan(DeclaredRegion region, List<DeclaredKeyPair> declared, RegionListing listing, PlanMode mode,
            PruneScope prune, BoundInstances bound) throws StoreException {
        // By name; where the store lists a name twice, the first is kept.
        Map<String, StoredKeyPair> stored = new TreeMap<>();
        for (StoredKeyPair keyPair : listing.keyPairs()) {
            stored.putIfAbsent(keyPair.name(), keyPair);
        }
        if (mode == PlanMode.DESTROY) {
            destroy(region, declared, stored);
            dropBound(region, bound);
            return;
        }
        for (DeclaredKeyPair keyPair : declared) {
            if (targets.targets(keyPair.address())) {
                DeclarationCheck.Verdict verdict = check.keyPair(keyPair, null);
                found(verdict.errors());
                if (verdict.errors().isEmpty() && keyPair.complete()) {
                    KeyPairDiff.Decision decision = keyPairs.decide(keyPair, verdict.key().orElse(null),
                            verdict.request(), stored.get(keyPair.address().name()),
                            keyPair.renamedFrom() == null ? null : stored.get(keyPair.renamedFrom()));
                    if (decision.change().isPresent()) {
                        changes.add(decision.change().get());
                    }
                    if (decision.error().isPresent()) {
                        errors.add(decision.error().get());
                    }
                    if (decision.warning().isPresent()) {
                        warnings.add(decision.warning().get());
                    }
                }
            }
        }
        for (StoredKeyPair keyPair : stored.values()) {
            Address address = region.address().keyPair(keyPair.name());
            // An old name being renamed belongs to its declaration: nothing is planned at it.
            if (declaredAddresses.contains(address) || renamedFromAddresses.contains(address)
                    || !targets.targets(address)) {
                continue;
            }
            if (prune.covers(keyPair.name(), keyPair.tags())) {
                changes.add(new Change(address, Action.DELETE, new Reason.NotDeclared(prune), null,
                        KeyPairState.of(keyPair), null, null, keyPair, null, null));
            } else {
                unmanaged.add(new Unmanaged(address.toString(), keyPair.fingerprint()));
                policy.unmanaged(address, keyPair, audit);
            }
        }
        dropBound(region, bound);
        AccountPrediction.Refusals refusals = AccountPrediction.of(check.rules(region.address().provider()), region,
                stored, listing.quota(), changes);
        // Every declared key pair's findings, those the account would refuse too: a weak key is worth knowing anyway.
        checkPolicy();
        if (!refusals.refused().isEmpty()) {
            Set<Change> refused = Collections.newSetFromMap(new IdentityHashMap<>());
            for (AccountPrediction.Refused each : refusals.refused()) {
                refused.add(each.change());
                errors.add(each.error());
            }
            changes.removeIf(refused::contains);
        }
        if (refusals.overQuota().isPresent()) {
            errors.add(refusals.overQuota().get());
        }
    }

    /** The declared key pairs' findings (an error one is also a plan error), then the audit's. */
    private void checkPolicy() {
        for (Change change : changes) {
            int before = findings.size();
            policy.declared(change, findings);
            for (int i = before; i < findings.size(); i++) {
                if (findings.get(i).blocks()) {
                    errors.add(new PlanError.PolicyViolation(findings.get(i), change.source()));
                }
            }
        }
        findings.addAll(audit);
    }

    /**
     * The planned deletes and replaces of key pairs the store reports bound to instances, each asked once: dropped,
     * each an error in its place, as the cloud would refuse them. Nothing else is asked (a cloud may make a call of
     * it).
     */
    private void dropBound(DeclaredRegion region, BoundInstances bound) throws StoreException {
        List<Change> refused = new ArrayList<>();
        for (Change change : changes) {
            if ((change.action() == Action.DELETE || change.action() == Action.REPLACE) && change.stored() != null) {
                List<String> instances = bound.of(change.stored());
                if (!instances.isEmpty()) {
                    refused.add(change);
                    errors.add(new PlanError.BoundToInstances(change.address(),
                            change.source() == null ? region.source() : change.source(), change.action(),
                            change.stored().name(), instances));
                }
            }
        }
        Set<Change> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        dropped.addAll(refused);
        changes.removeIf(dropped::contains);
    }

    /**
     * Every declared key pair the store holds is deleted, unless protected: under its name, or where only its old
     * name is held ({@code renamedFrom}), under that; the rest stays unmanaged.
     */
    private void destroy(DeclaredRegion region, List<DeclaredKeyPair> declared, Map<String, StoredKeyPair> stored) {
        for (DeclaredKeyPair keyPair : declared) {
            StoredKeyPair existing = stored.get(keyPair.address().name());
            StoredKeyPair old = keyPair.renamedFrom() == null ? null : stored.get(keyPair.renamedFrom());
            if ((existing == null && old == null) || !targets.targets(keyPair.address()) || !keyPair.complete()) {
                continue;
            }
            if (existing != null && old != null) {
                errors.add(new PlanError.RenameConflict(keyPair.address(), keyPair.renamedFromAddress(),
                        keyPair.sourceOf("renamedFrom")));
            } else if (keyPair.protect()) {
                errors.add(new PlanError.Protected(keyPair.address(), keyPair.source(), new Reason.Destroy()));
            } else {
                StoredKeyPair deleted = existing != null ? existing : old;
                changes.add(new Change(region.address().keyPair(deleted.name()), Action.DELETE, new Reason.Destroy(),
                        keyPair.source(), KeyPairState.of(deleted), null, keyPair, deleted, null, null));
            }
        }
        for (StoredKeyPair keyPair : stored.values()) {
            Address address = region.address().keyPair(keyPair.name());
            if (!declaredAddresses.contains(address) && !renamedFromAddresses.contains(address)
                    && targets.targets(address)) {
                unmanaged.add(new Unmanaged(address.toString(), keyPair.fingerprint()));
                policy.unmanaged(address, keyPair, findings);
            }
        }
    }

    private void found(List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            errors.add(new PlanError.Found(diagnostic));
        }
    }
}
