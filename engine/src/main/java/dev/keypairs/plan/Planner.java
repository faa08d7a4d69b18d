package dev.keypairs.plan;

import dev.keypairs.keys.Fingerprints;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.Address;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.manifest.KeySource;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.manifest.PruneScope;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.PrivateKeyPlace;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.ApiCode;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RegionListing;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.AccountRules;
import dev.keypairs.store.account.RegionHoldings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes a plan (plan-rules.md): reads each declared region in pages, decides each declared key pair's action by
 * comparing key blobs (never comments or whitespace), deletes only within prune's scope, and predicts every
 * error the store would return (names, keys, duplicates, quota after the planned deletes and imports,
 * regions). Changes of valid key pairs are planned even when others have errors, so one run shows everything.
 */
public final class Planner {

    private final KeyPairStore store;
    private final StoreCalls calls;
    private final ProjectPaths project;
    private final DeclarationCheck check;

    /**
     * A planner over a store.
     *
     * @param store read only: the planner never changes it
     * @param project the base directory, for warnings about private key files
     * @param rules each provider's rules (with its region catalogue)
     */
    public Planner(KeyPairStore store, ProjectPaths project, Map<Provider, ProviderRules> rules) {
        this(store, StoreCalls.forStore(store, rules), project, rules);
    }

    /**
     * A planner over a store, reading through the run's calls: an apply that follows shares their pacing.
     *
     * @param store read only: the planner never changes it
     * @param calls how each read is paced and retried
     * @param project the base directory, for warnings about private key files
     * @param rules each provider's rules (with its region catalogue)
     */
    public Planner(KeyPairStore store, StoreCalls calls, ProjectPaths project, Map<Provider, ProviderRules> rules) {
        this.store = store;
        this.calls = calls;
        this.project = project;
        this.check = new DeclarationCheck(rules);
    }

    /** The plan of these manifests against the store. */
    public Plan plan(ManifestSet manifests, PlanOptions options) throws StoreException {
        return plan(manifests, options, false);
    }

    /**
     * The plan of {@code keypairs:destroy}: the deletion of every declared key pair the store holds (a protected
     * one is a {@code Protected} error); nothing undeclared is touched.
     */
    public Plan planDestroy(ManifestSet manifests, PlanOptions options) throws StoreException {
        return plan(manifests, options, true);
    }

    private Plan plan(ManifestSet manifests, PlanOptions options, boolean destroy) throws StoreException {
        TargetFilter targets = TargetFilter.of(options.targets());
        List<Change> changes = new ArrayList<>();
        List<Unmanaged> unmanaged = new ArrayList<>();
        List<Diagnostic> errors = new ArrayList<>(manifests.errors());
        List<String> warnings = new ArrayList<>();
        Basis basis = new Basis().inputs(manifests.inputs()).options(options);
        if (destroy) {
            basis.destroy();
        }

        Map<Address, List<DeclaredKeyPair>> byRegion = new LinkedHashMap<>();
        manifests.regions().forEach(region -> byRegion.put(region.address(), new ArrayList<>()));
        manifests.keyPairs().forEach(keyPair -> byRegion.get(keyPair.address().regionAddress()).add(keyPair));

        List<RegionPlan> regionPlans = manifests.regions().stream()
                .map(region -> new RegionPlan(region, byRegion.get(region.address()), manifests, options, targets,
                        destroy))
                .toList();
        Map<Address, RegionListing> listings = read(regionPlans);
        for (RegionPlan regionPlan : regionPlans) {
            regionPlan.plan(listings.get(regionPlan.region.address()));
        }
        for (RegionPlan regionPlan : regionPlans) {
            if (regionPlan.listing != null) {
                basis.region(regionPlan.region.address(), regionPlan.listing.quota(), regionPlan.listing.keyPairs());
            }
            changes.addAll(regionPlan.changes);
            unmanaged.addAll(regionPlan.unmanaged);
            errors.addAll(regionPlan.errors);
            warnings.addAll(regionPlan.warnings);
        }
        if (targets.isSet()) {
            // A glob that matches nothing is most likely a typo: say so, since the plan would be silent.
            Set<Address> known = new HashSet<>(manifests.declaredAddresses());
            manifests.regions().forEach(region -> known.add(region.address()));
            for (RegionPlan regionPlan : regionPlans) {
                if (regionPlan.listing != null) {
                    regionPlan.listing.keyPairs().forEach(keyPair -> known.add(regionPlan.region.address()
                            .keyPair(keyPair.name())));
                }
            }
            targets.matchingNone(known).forEach(glob -> warnings.add("keypairs.target '" + glob + "' matches nothing"));
        }
        Map<Action, Long> counts = changes.stream().collect(Collectors.groupingBy(Change::action, Collectors.counting()));
        Summary summary = new Summary(count(counts, Action.IMPORT), count(counts, Action.CREATE),
                count(counts, Action.REPLACE), count(counts, Action.UPDATE), count(counts, Action.DELETE),
                count(counts, Action.NOOP), unmanaged.size(), errors.size());
        return new Plan(basis.digest(), options, store.displayUri(), changes, unmanaged, errors, summary, warnings);
    }

    /**
     * Reads every declared region the store can be asked about (not one the catalogue refuses), in parallel, after
     * readying the store for their providers: a missing credential fails before any call.
     */
    private Map<Address, RegionListing> read(List<RegionPlan> regionPlans) throws StoreException {
        List<Address> readable = regionPlans.stream().filter(regionPlan -> check.region(regionPlan.region).isEmpty())
                .map(regionPlan -> regionPlan.region.address()).toList();
        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        readable.forEach(region -> providers.add(region.provider()));
        if (readable.isEmpty()) {
            return Map.of();
        }
        store.prepare(providers);
        return RegionListing.readAll(calls, store, readable, provider -> check.rules(provider).maxDescribePageSize());
    }

    private static int count(Map<Action, Long> counts, Action action) {
        return counts.getOrDefault(action, 0L).intValue();
    }

    /** The plan of one declared region. */
    private final class RegionPlan {
        private final DeclaredRegion region;
        private final List<DeclaredKeyPair> declared;
        private final ManifestSet manifests;
        private final PlanOptions options;
        private final TargetFilter targets;
        private final boolean destroy;
        private final ProviderRules providerRules;
        final List<Change> changes = new ArrayList<>();
        final List<Unmanaged> unmanaged = new ArrayList<>();
        final List<Diagnostic> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        RegionPlan(DeclaredRegion region, List<DeclaredKeyPair> declared, ManifestSet manifests, PlanOptions options,
                TargetFilter targets, boolean destroy) {
            this.destroy = destroy;
            this.region = region;
            this.declared = declared;
            this.manifests = manifests;
            this.options = options;
            this.targets = targets;
            this.providerRules = check.rules(region.address().provider());
        }

        /** What was read of the region; null when it was not read (an unknown region). */
        RegionListing listing;

        /** Plans the region from what was read of it; null when it was not read, for the catalogue refuses it. */
        void plan(RegionListing read) throws StoreException {
            Address address = region.address();
            Optional<Diagnostic> regionError = check.region(region);
            if (regionError.isPresent()) {
                errors.add(regionError.get());
                // The store would refuse every call in it; still report each key pair's own problems.
                ApiCode regionCode = providerRules.checkRegion(address.region()).orElseThrow().code();
                declared.stream().filter(keyPair -> targets.targets(keyPair.address()))
                        .forEach(keyPair -> errors.addAll(check.keyPair(keyPair, regionCode).errors()));
                return;
            }
            listing = read;
            Map<String, StoredKeyPair> stored = listing.keyPairs().stream()
                    .collect(Collectors.toMap(StoredKeyPair::name, Function.identity(), (a, b) -> a, TreeMap::new));

            if (destroy) {
                planDestroy(stored);
                return;
            }
            for (DeclaredKeyPair keyPair : declared) {
                if (targets.targets(keyPair.address())) {
                    DeclarationCheck.Verdict verdict = check.keyPair(keyPair, null);
                    errors.addAll(verdict.errors());
                    if (verdict.errors().isEmpty() && keyPair.complete()) {
                        planDeclared(keyPair, verdict.key().orElse(null), stored.get(keyPair.address().name()));
                    }
                }
            }
            PruneScope prune = options.prune() == null ? region.prune().orElse(PruneScope.NONE)
                    : options.prune() ? PruneScope.ALL : PruneScope.NONE;
            for (StoredKeyPair keyPair : stored.values()) {
                Address keyPairAddress = address.keyPair(keyPair.name());
                if (manifests.declaredAddresses().contains(keyPairAddress)) {
                    continue;
                }
                if (prune.covers(keyPair.name(), keyPair.tags()) && targets.targets(keyPairAddress)) {
                    changes.add(new Change(keyPairAddress, Action.DELETE, "not declared; " + prune.describe(), null,
                            state(keyPair), null, null, keyPair));
                } else if (targets.targets(keyPairAddress)) {
                    unmanaged.add(new Unmanaged(keyPairAddress.toString(), keyPair.fingerprint()));
                }
            }
            predictAccountRules(stored, listing.quota());
        }

        private void planDeclared(DeclaredKeyPair keyPair, PublicKey key, StoredKeyPair stored) {
            Address address = keyPair.address();
            KeyPairState after = key == null
                    ? new KeyPairState("ssh-rsa", 2048, null, null, keyPair.tags(), keyPair.resourceGroupId(),
                            keyPair.projectId(), null, null)
                    : KeyPairState.after(key, keyPair.tags(), keyPair.resourceGroupId(), keyPair.projectId());
            if (keyPair.key() instanceof KeySource.Create create) {
                if (stored == null) {
                    if (PrivateKeyPlace.occupant(create.privateKeyFile()) == PrivateKeyPlace.Occupant.CONTENT) {
                        errors.add(Diagnostic.of(ToolCode.FILE_EXISTS, "privateKeyFile " + create.declaredPath()
                                + " exists already and is never overwritten: move it away, or name another file",
                                address.toString(), keyPair.sourceOf("privateKeyFile")));
                        return;
                    }
                    Optional<String> notWritable = PrivateKeyPlace.whyNotWritable(create.privateKeyFile());
                    if (notWritable.isPresent()) {
                        errors.add(Diagnostic.of(ToolCode.FILE_NOT_WRITABLE, "privateKeyFile " + create.declaredPath()
                                + " cannot be created: " + notWritable.get() + "; the key would be lost, so nothing is"
                                + " created. Name a place you can write", address.toString(),
                                keyPair.sourceOf("privateKeyFile")));
                        return;
                    }
                    if (project.contains(create.privateKeyFile())) {
                        warnings.add(address + ": privateKeyFile " + create.declaredPath() + " lies inside the project,"
                                + " where it could be committed; keep it outside or ignore it in .gitignore");
                    }
                    add(keyPair, Action.CREATE, "not in store; the store generates an RSA-2048 key pair", null, after);
                    return;
                }
                if (PrivateKeyPlace.occupant(create.privateKeyFile()) != PrivateKeyPlace.Occupant.CONTENT) {
                    warnings.add(address + ": privateKeyFile " + create.declaredPath() + " is missing or empty locally;"
                            + " the store never returns a private key again (replace the key pair under a new name to"
                            + " get one)");
                }
                KeyPairState kept = withAttributes(state(stored), keyPair);
                planAttributes(keyPair, stored, "exists; a created key pair is never re-created", kept);
                return;
            }
            if (stored == null) {
                add(keyPair, Action.IMPORT, "not in store", null, after);
                return;
            }
            Optional<String> replaceReason = replaceReason(keyPair, key, stored);
            if (replaceReason.isPresent()) {
                if (keyPair.protect()) {
                    errors.add(Diagnostic.of(ToolCode.PROTECTED, replaceReason.get() + ", but the key pair is"
                            + " protected: remove 'protect: true' to let it be replaced", address.toString(),
                            keyPair.source()));
                    return;
                }
                add(keyPair, Action.REPLACE, replaceReason.get(), stored, after);
                return;
            }
            planAttributes(keyPair, stored, "in store with the same key", after);
        }

        /** A no-op, or an update when only tags or the resource group differ. */
        private void planAttributes(DeclaredKeyPair keyPair, StoredKeyPair stored, String sameReason, KeyPairState after) {
            List<String> differences = new ArrayList<>();
            if (keyPair.address().provider() == Provider.ALIBABA) {
                describeTagChanges(stored.tags(), keyPair.tags(), differences);
                if (keyPair.resourceGroupId() != null && !keyPair.resourceGroupId().equals(stored.resourceGroupId())) {
                    differences.add("resourceGroupId " + stored.resourceGroupId() + " → " + keyPair.resourceGroupId());
                }
            }
            if (differences.isEmpty()) {
                add(keyPair, Action.NOOP, sameReason, stored, after);
            } else {
                add(keyPair, Action.UPDATE, String.join("; ", differences), stored, after);
            }
        }

        private void describeTagChanges(Map<String, String> stored, Map<String, String> declaredTags, List<String> out) {
            List<String> tagChanges = new ArrayList<>();
            for (Map.Entry<String, String> tag : new TreeMap<>(declaredTags).entrySet()) {
                String old = stored.get(tag.getKey());
                if (old == null) {
                    tagChanges.add("+" + tag.getKey() + "=" + tag.getValue());
                } else if (!old.equals(tag.getValue())) {
                    tagChanges.add(tag.getKey() + ": " + old + " → " + tag.getValue());
                }
            }
            stored.keySet().stream().filter(tagKey -> !declaredTags.containsKey(tagKey))
                    .forEach(tagKey -> tagChanges.add("-" + tagKey));
            if (!tagChanges.isEmpty()) {
                out.add("tags " + String.join(", ", tagChanges));
            }
        }

        /** Why the stored key pair must be replaced, if it must: another key, or another Tencent project. */
        private Optional<String> replaceReason(DeclaredKeyPair keyPair, PublicKey key, StoredKeyPair stored) {
            String newMd5 = key.fingerprints().md5();
            if (stored.publicKey() != null) {
                if (!sameBlob(stored.publicKey(), key)) {
                    Optional<PublicKey> storedKey = PublicKeyReader.readIfKey(stored.publicKey());
                    if (storedKey.isPresent() && storedKey.get().certifiedKey().equals(key.certifiedKey())) {
                        return Optional.of("certificate re-signed: the same key (" + newMd5 + ") in a different"
                                + " certificate");
                    }
                    return Optional.of("key changed: " + stored.fingerprint() + " → " + newMd5);
                }
            } else if (!Fingerprints.sameMd5(stored.fingerprint(), newMd5)) {
                // A store that returns only fingerprints: compare those (a re-signed certificate goes unseen).
                return Optional.of("key changed: " + stored.fingerprint() + " → " + newMd5);
            }
            if (keyPair.address().provider() == Provider.TENCENT && !Objects.equals(stored.projectId(), keyPair.projectId())) {
                return Optional.of("projectId " + stored.projectId() + " → " + keyPair.projectId()
                        + " (a key pair's project cannot change in place)");
            }
            return Optional.empty();
        }

        private void add(DeclaredKeyPair keyPair, Action action, String reason, StoredKeyPair stored, KeyPairState after) {
            KeyPairState before = null;
            if (stored != null) {
                // The stored key is the declared one unless the action replaces it: no need to parse it again.
                before = action != Action.REPLACE && after.sha256() != null ? state(stored, after) : state(stored);
            }
            changes.add(new Change(keyPair.address(), action, reason, keyPair.source(), before, after, keyPair, stored));
        }

        /** Every declared key pair the store holds is deleted, unless protected; the rest stays unmanaged. */
        private void planDestroy(Map<String, StoredKeyPair> stored) {
            for (DeclaredKeyPair keyPair : declared) {
                StoredKeyPair existing = stored.get(keyPair.address().name());
                if (existing == null || !targets.targets(keyPair.address()) || !keyPair.complete()) {
                    continue;
                }
                if (keyPair.protect()) {
                    errors.add(Diagnostic.of(ToolCode.PROTECTED, "destroy would delete it, but the key pair is protected:"
                            + " remove 'protect: true' first", keyPair.address().toString(), keyPair.source()));
                } else {
                    changes.add(new Change(keyPair.address(), Action.DELETE, "declared; destroy", keyPair.source(),
                            state(existing), null, keyPair, existing));
                }
            }
            for (StoredKeyPair keyPair : stored.values()) {
                Address keyPairAddress = region.address().keyPair(keyPair.name());
                if (!manifests.declaredAddresses().contains(keyPairAddress) && targets.targets(keyPairAddress)) {
                    unmanaged.add(new Unmanaged(keyPairAddress.toString(), keyPair.fingerprint()));
                }
            }
        }

        /**
         * The stateful rules over the region as the apply would leave it, step by step in its order (deletes,
         * then each replace's delete and import, then imports and creates): each landing key pair is checked by
         * the function the store enforces, so a Tencent key held under another name is refused at its change,
         * and a region over its quota once, at the region.
         */
        private void predictAccountRules(Map<String, StoredKeyPair> stored, OptionalInt knownQuota)
                throws StoreException {
            // Where the store cannot tell the quota (a real Tencent account), none is predicted: apply reports the
            // cloud's own refusal.
            int quota = knownQuota.orElse(Integer.MAX_VALUE);
            List<Change> landing = new ArrayList<>();
            changes.stream().filter(change -> change.action() == Action.REPLACE).forEach(landing::add);
            changes.stream().filter(change -> change.action() == Action.IMPORT || change.action() == Action.CREATE)
                    .forEach(landing::add);
            if (landing.isEmpty()) {
                return; // a no-op plan reads no stored key again
            }
            ProjectedRegion projected = new ProjectedRegion(stored);
            int existing = stored.size();
            long deletes = changes.stream().filter(change -> change.action() == Action.DELETE).count();
            changes.stream().filter(change -> change.action() == Action.DELETE)
                    .forEach(change -> projected.remove(change.address().name()));
            Optional<AccountRules.Refusal> quotaRefusal = Optional.empty();
            for (Change change : landing) {
                String name = change.address().name();
                if (change.action() == Action.REPLACE) {
                    projected.remove(name);
                }
                // The declared key was read once already, by the declaration check: the rules remember it.
                String keyLine = change.action() == Action.CREATE ? null
                        : providerRules.checkPublicKey("PublicKey", change.declared().key().publicKeyText()).key()
                                .map(PublicKey::toOpenSshLine).orElse(null);
                Optional<AccountRules.Refusal> refusal = AccountRules.refusalOfNewKeyPair(providerRules, projected,
                        region.address().region(), name, keyLine, quota);
                if (refusal.isPresent() && refusal.get().rule() != AccountRules.Rule.QUOTA) {
                    if (change.action() == Action.REPLACE) {
                        // Refused, the replace leaves the stored key pair in place: the region still holds it.
                        projected.add(name, PublicKeyReader.readIfKey(change.stored().publicKey())
                                .map(PublicKey::toOpenSshLine).orElse(null));
                    }
                    changes.remove(change);
                    errors.add(Diagnostic.of(refusal.get().error(), change.address().toString(),
                            change.declared().sourceOf(DeclarationCheck.keyField(change.declared()))));
                    continue;
                }
                if (refusal.isPresent() && quotaRefusal.isEmpty()) {
                    quotaRefusal = refusal;
                }
                projected.add(name, keyLine);
            }
            if (quotaRefusal.isPresent()) {
                long lands = landing.stream().filter(change -> change.action() != Action.REPLACE
                        && changes.contains(change)).count();
                long total = existing - deletes + lands;
                ApiError error = quotaRefusal.get().error();
                errors.add(Diagnostic.of(error.code(), error.message() + " After this plan"
                        + " it would hold " + total + " (" + existing + " now, " + deletes + " deleted, " + lands
                        + " added): " + (total - quota) + " too many.", region.address().toString(), region.source()));
            }
        }

        private KeyPairState withAttributes(KeyPairState kept, DeclaredKeyPair keyPair) {
            return new KeyPairState(kept.keyType(), kept.bits(), kept.fingerprint(), kept.sha256(), keyPair.tags(),
                    keyPair.resourceGroupId() == null ? kept.resourceGroupId() : keyPair.resourceGroupId(),
                    kept.projectId(), null, null);
        }
    }

    /**
     * A region as the planned changes would leave it, for {@link AccountRules}: names and (read only when a rule
     * asks) the public keys held.
     */
    private static final class ProjectedRegion implements RegionHoldings {
        private final Map<String, StoredKeyPair> stored;
        private final Set<String> names;
        /** Public key line to holder name; built on first use from the stored key pairs still held. */
        private Map<String, String> holders;
        /** The keys landed before {@link #holders} is built, to add to it then. */
        private final Map<String, String> landedKeyHolders = new HashMap<>();

        ProjectedRegion(Map<String, StoredKeyPair> stored) {
            this.stored = stored;
            this.names = new HashSet<>(stored.keySet());
        }

        void remove(String name) {
            names.remove(name);
            landedKeyHolders.values().remove(name);
            if (holders != null) {
                holders.values().remove(name);
            }
        }

        void add(String name, String publicKeyLine) {
            names.add(name);
            if (publicKeyLine != null) {
                landedKeyHolders.putIfAbsent(publicKeyLine, name);
                if (holders != null) {
                    holders.putIfAbsent(publicKeyLine, name);
                }
            }
        }

        @Override
        public int count() {
            return names.size();
        }

        @Override
        public boolean holdsName(String name) {
            return names.contains(name);
        }

        @Override
        public Optional<String> nameHoldingKey(String publicKeyLine) {
            if (holders == null) {
                holders = new HashMap<>();
                for (StoredKeyPair keyPair : stored.values()) {
                    if (names.contains(keyPair.name())) {
                        PublicKeyReader.readIfKey(keyPair.publicKey())
                                .ifPresent(key -> holders.putIfAbsent(key.toOpenSshLine(), keyPair.name()));
                    }
                }
                landedKeyHolders.forEach(holders::putIfAbsent);
            }
            return Optional.ofNullable(holders.get(publicKeyLine));
        }
    }

    /** Whether a stored OpenSSH line holds exactly this key's blob: decoded, never compared as text. */
    private static boolean sameBlob(String storedLine, PublicKey key) {
        String base64 = PublicKeyReader.base64Field(storedLine);
        if (base64.isEmpty()) {
            return false;
        }
        try {
            return Arrays.equals(Base64.getDecoder().decode(base64), key.blob().bytes());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The state of a stored key pair known to hold the same key as {@code same}. */
    private static KeyPairState state(StoredKeyPair stored, KeyPairState same) {
        return new KeyPairState(same.keyType(), same.bits(), stored.fingerprint(), same.sha256(), stored.tags(),
                stored.resourceGroupId(), stored.projectId(), stored.keyId(), stored.createdAt());
    }

    /** The state of a stored key pair; type, bits and SHA256 where the store returns the public key. */
    static KeyPairState state(StoredKeyPair stored) {
        Optional<PublicKey> key = PublicKeyReader.readIfKey(stored.publicKey());
        return new KeyPairState(key.map(k -> k.type().wireName()).orElse(null), key.map(PublicKey::bits).orElse(null),
                stored.fingerprint(), key.map(k -> k.fingerprints().sha256()).orElse(null), stored.tags(),
                stored.resourceGroupId(), stored.projectId(), stored.keyId(), stored.createdAt());
    }
}
