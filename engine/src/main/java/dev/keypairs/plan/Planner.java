package dev.keypairs.plan;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.manifest.PruneScope;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes a plan (plan-rules.md): reads each declared region in pages, decides each declared key pair's action by
 * comparing keys (never comments or whitespace), deletes only within prune's scope, and predicts every error the
 * store would return (names, keys, duplicates, quota after the planned deletes and imports, regions). Changes of
 * valid key pairs are planned even when others have errors, so one run shows everything. The decisions are made
 * per region ({@link RegionDiff}); this class reads the store and puts the regions' plans together.
 */
public final class Planner {

    private final KeyPairStore store;
    private final StoreCalls calls;
    private final ProjectPaths project;
    private final DeclarationCheck check;
    private Function<PublicKey, Optional<CertificateValidity>> certificateValidity = CertificateValidity::of;

    /**
     * A planner over a store, reading through its own calls.
     *
     * @param store read only: the planner never changes it
     * @param project the base directory, for warnings about private key files; null for a manifest given as text
     *     (a seed), which names no file
     * @param rules both providers' rules (with their region catalogues)
     */
    public Planner(KeyPairStore store, ProjectPaths project, Rules rules) {
        this(store, StoreCalls.forStore(store, rules), project, rules);
    }

    /**
     * A planner over a store, reading through the run's calls: an apply that follows shares their pacing.
     *
     * @param store read only: the planner never changes it
     * @param calls how each read is paced and retried
     * @param project the base directory, for warnings about private key files; null for a manifest given as text
     *     (a seed), which names no file
     * @param rules both providers' rules (with their region catalogues)
     */
    public Planner(KeyPairStore store, StoreCalls calls, ProjectPaths project, Rules rules) {
        this.store = store;
        this.calls = calls;
        this.project = project;
        this.check = new DeclarationCheck(rules);
    }

    /**
     * This planner reading certificates' validity through {@code validity}, for the key policy: a test's stand-in
     * for {@link CertificateValidity#of}.
     */
    Planner certificateValidity(Function<PublicKey, Optional<CertificateValidity>> validity) {
        this.certificateValidity = Objects.requireNonNull(validity, "validity");
        return this;
    }

    /** The plan that makes the store match these manifests. */
    public Plan plan(ManifestSet manifests, PlanOptions options) throws StoreException {
        return plan(manifests, options, PlanMode.APPLY);
    }

    /**
     * The plan of these manifests against the store.
     *
     * @param mode {@link PlanMode#APPLY} to make the store match, {@link PlanMode#DESTROY} to delete what they declare
     */
    public Plan plan(ManifestSet manifests, PlanOptions options, PlanMode mode) throws StoreException {
        TargetFilter targets = TargetFilter.of(options.targets());
        Basis basis = new Basis().inputs(manifests.inputs()).options(options);
        if (mode == PlanMode.DESTROY) {
            basis.destroy();
        }
        // Loops, not streams, over what scales with the manifests: each stream's lambdas are linked on first use, and
        // a goal runs once on a cold JVM (performance.md).
        Map<Address, List<DeclaredKeyPair>> byRegion = new LinkedHashMap<>();
        for (DeclaredRegion region : manifests.regions()) {
            byRegion.put(region.address(), new ArrayList<>());
        }
        for (DeclaredKeyPair keyPair : manifests.keyPairs()) {
            byRegion.get(keyPair.address().regionAddress()).add(keyPair);
        }
        Map<Address, RegionListing> listings = read(manifests.regions(), targets);

        List<Change> changes = new ArrayList<>();
        List<Unmanaged> unmanaged = new ArrayList<>();
        List<PlanError> errors = new ArrayList<>();
        for (Diagnostic error : manifests.errors()) {
            errors.add(new PlanError.Found(error));
        }
        List<PlanWarning> warnings = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        PolicyCheck policy = new PolicyCheck(manifests.policy(), options.policyInstant(Instant.now()),
                certificateValidity);
        // Every address there is, for the targets that match none; gathered only when targets are set.
        Set<Address> known = targets.isSet() ? new HashSet<>(manifests.declaredAddresses()) : null;
        // Once a run: what a delete or replace asks of the store, through the run's calls.
        RegionDiff.BoundInstances bound = keyPair -> calls.call(keyPair.provider(), keyPair.regionId(),
                ApiCall.DESCRIBE_INSTANCES, () -> store.instancesBoundTo(keyPair));
        for (DeclaredRegion region : manifests.regions()) {
            RegionDiff diff = new RegionDiff(check, project, targets, manifests.declaredAddresses(),
                    manifests.renamedFromAddresses(), policy);
            List<DeclaredKeyPair> declared = byRegion.get(region.address());
            Optional<Diagnostic> regionError = check.region(region);
            if (regionError.isPresent()) {
                diff.refusedRegion(region, declared, new PlanError.Found(regionError.get()));
            } else if (listings.containsKey(region.address())) {
                RegionListing listing = listings.get(region.address());
                diff.plan(region, declared, listing, mode, pruneScope(region, options), bound);
                basis.region(region.address(), listing.quota(), listing.keyPairs());
                if (known != null) {
                    for (StoredKeyPair keyPair : listing.keyPairs()) {
                        known.add(region.address().keyPair(keyPair.name()));
                    }
                }
            }
            if (known != null) {
                known.add(region.address());
            }
            changes.addAll(diff.changes);
            unmanaged.addAll(diff.unmanaged);
            errors.addAll(diff.errors);
            warnings.addAll(diff.warnings);
            findings.addAll(diff.findings);
        }
        // A glob that matches nothing is most likely a typo: say so, since the plan would be silent.
        if (known != null) {
            for (String glob : targets.matchingNone(known)) {
                warnings.add(new PlanWarning.TargetMatchesNothing(glob));
            }
        }
        return new Plan(basis.digest(), options, store.displayUri(), changes, unmanaged, errors, warnings,
                findings);
    }

    /** The options' prune, or else the region's own scope. */
    private static PruneScope pruneScope(DeclaredRegion region, PlanOptions options) {
        if (options.prune() == null) {
            return region.prune().orElse(PruneScope.NONE);
        }
        return options.prune() ? PruneScope.ALL : PruneScope.NONE;
    }

    /**
     * Reads every declared region the targets cover and the store can be asked about (not one the catalogue
     * refuses), in parallel, after readying the store for their providers alone: a missing credential fails before
     * any call. A region no target covers has nothing planned, so it is not read.
     */
    private Map<Address, RegionListing> read(List<DeclaredRegion> regions, TargetFilter targets)
            throws StoreException {
        List<Address> readable = new ArrayList<>();
        for (DeclaredRegion region : regions) {
            if (check.region(region).isEmpty() && targets.covers(region.address())) {
                readable.add(region.address());
            }
        }
        if (readable.isEmpty()) {
            return Map.of();
        }
        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        for (Address region : readable) {
            providers.add(region.provider());
        }
        store.prepare(providers);
        return RegionListing.readAll(calls, store, readable, provider -> check.rules(provider).maxDescribePageSize());
    }
}
