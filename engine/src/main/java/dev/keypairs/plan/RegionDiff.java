package dev.keypairs.plan;

import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.manifest.PruneScope;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final PolicyCheck policy;
    final List<Change> changes = new ArrayList<>();
    final List<Unmanaged> unmanaged = new ArrayList<>();
    final List<PlanError> errors = new ArrayList<>();
    final List<PlanWarning> warnings = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    /** The unmanaged key pairs' findings, listed after the declared ones'. */
    private final List<Finding> audit = new ArrayList<>();

    RegionDiff(DeclarationCheck check, ProjectPaths project, TargetFilter targets, Set<Address> declaredAddresses,
            PolicyCheck policy) {
        this.check = check;
        this.policy = policy;
        this.keyPairs = new KeyPairDiff(project);
        this.targets = targets;
        this.declaredAddresses = declaredAddresses;
    }

    /**
     * A region the catalogue refuses: its error once, and each targeted key pair's own problems but that one (the
     * store would refuse every call in it).
     */
    void refusedRegion(DeclaredRegion region, List<DeclaredKeyPair> declared, PlanError regionError) {
        errors.add(regionError);
        ApiCode regionCode = check.rules(region.address().provider()).checkRegion(region.address().region())
                .orElseThrow().code();
        declared.stream().filter(keyPair -> targets.targets(keyPair.address()))
                .forEach(keyPair -> check.keyPair(keyPair, regionCode).errors().forEach(this::found));
    }

    /** Plans a region from what was read of it. */
    void plan(DeclaredRegion region, List<DeclaredKeyPair> declared, RegionListing listing, PlanMode mode,
            PruneScope prune) throws StoreUnavailableException {
        Map<String, StoredKeyPair> stored = listing.keyPairs().stream()
                .collect(Collectors.toMap(StoredKeyPair::name, Function.identity(), (a, b) -> a, TreeMap::new));
        if (mode == PlanMode.DESTROY) {
            destroy(region, declared, stored);
            return;
        }
        for (DeclaredKeyPair keyPair : declared) {
            if (targets.targets(keyPair.address())) {
                DeclarationCheck.Verdict verdict = check.keyPair(keyPair, null);
                verdict.errors().forEach(this::found);
                if (verdict.errors().isEmpty() && keyPair.complete()) {
                    KeyPairDiff.Decision decision = keyPairs.decide(keyPair, verdict.key().orElse(null),
                            verdict.request(), stored.get(keyPair.address().name()));
                    decision.change().ifPresent(changes::add);
                    decision.error().ifPresent(errors::add);
                    decision.warning().ifPresent(warnings::add);
                }
            }
        }
        for (StoredKeyPair keyPair : stored.values()) {
            Address address = region.address().keyPair(keyPair.name());
            if (declaredAddresses.contains(address) || !targets.targets(address)) {
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
        AccountPrediction.Refusals refusals = AccountPrediction.of(check.rules(region.address().provider()), region,
                stored, listing.quota(), changes);
        // Every declared key pair's findings, those the account would refuse too: a weak key is worth knowing anyway.
        checkPolicy();
        if (!refusals.refused().isEmpty()) {
            Set<Change> refused = Collections.newSetFromMap(new IdentityHashMap<>());
            refusals.refused().forEach(each -> {
                refused.add(each.change());
                errors.add(each.error());
            });
            changes.removeIf(refused::contains);
        }
        refusals.overQuota().ifPresent(errors::add);
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

    /** Every declared key pair the store holds is deleted, unless protected; the rest stays unmanaged. */
    private void destroy(DeclaredRegion region, List<DeclaredKeyPair> declared, Map<String, StoredKeyPair> stored) {
        for (DeclaredKeyPair keyPair : declared) {
            StoredKeyPair existing = stored.get(keyPair.address().name());
            if (existing == null || !targets.targets(keyPair.address()) || !keyPair.complete()) {
                continue;
            }
            if (keyPair.protect()) {
                errors.add(new PlanError.Protected(keyPair.address(), keyPair.source(), new Reason.Destroy()));
            } else {
                changes.add(new Change(keyPair.address(), Action.DELETE, new Reason.Destroy(), keyPair.source(),
                        KeyPairState.of(existing), null, keyPair, existing, null, null));
            }
        }
        for (StoredKeyPair keyPair : stored.values()) {
            Address address = region.address().keyPair(keyPair.name());
            if (!declaredAddresses.contains(address) && targets.targets(address)) {
                unmanaged.add(new Unmanaged(address.toString(), keyPair.fingerprint()));
                policy.unmanaged(address, keyPair, findings);
            }
        }
    }

    private void found(Diagnostic diagnostic) {
        errors.add(new PlanError.Found(diagnostic));
    }
}
