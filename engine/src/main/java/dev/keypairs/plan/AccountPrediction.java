package dev.keypairs.plan;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.DeclaredRegion;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.AccountRules;
import dev.keypairs.store.account.RegionHoldings;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The account's stateful rules over a region as the apply would leave it, step by step in its order (deletes, then
 * each replace's delete and import, a rename done as a replace landing beside its old name first, then renames in
 * place, then imports and creates): each landing key pair is checked by the function the
 * store enforces ({@link AccountRules}), so a Tencent key held under another name is refused at its change, and a
 * region over its quota once, at the region. It only predicts: the planner drops what it refuses.
 */
final class AccountPrediction {

    private AccountPrediction() {
    }

    /**
     * What the account would refuse.
     *
     * @param refused each change the account would refuse, in the apply's order
     * @param overQuota the region's quota error, when the plan takes it past its quota
     */
    record Refusals(List<Refused> refused, Optional<PlanError> overQuota) {

        static final Refusals NONE = new Refusals(List.of(), Optional.empty());
    }

    /**
     * A change the account would refuse.
     *
     * @param change the change
     * @param error the account's error, at the declaration's key field
     */
    record Refused(Change change, PlanError error) {
    }

    /**
     * Predicts the refusals of a region's planned changes.
     *
     * @param rules the provider's rules
     * @param region the declared region
     * @param stored what the region holds, by name
     * @param knownQuota its quota, where the store can tell it (a real Tencent account cannot: none is predicted, and
     *     apply reports the cloud's own refusal)
     * @param changes the region's planned changes
     */
    static Refusals of(ProviderRules rules, DeclaredRegion region, Map<String, StoredKeyPair> stored,
            OptionalInt knownQuota, List<Change> changes) throws StoreUnavailableException {
        int quota = knownQuota.orElse(Integer.MAX_VALUE);
        // The apply's order: replaces, then renames, then imports and creates. Plain loops, not lambdas or streams:
        // each lambda is linked on first use, and a goal runs once on a cold JVM (performance.md).
        List<Change> landing = new ArrayList<>();
        addWithAction(changes, EnumSet.of(Action.REPLACE), landing);
        addWithAction(changes, EnumSet.of(Action.RENAME), landing);
        addWithAction(changes, EnumSet.of(Action.IMPORT, Action.CREATE), landing);
        if (landing.isEmpty()) {
            return Refusals.NONE; // a no-op plan reads no stored key again
        }
        ProjectedRegion projected = new ProjectedRegion(stored);
        long deletes = 0;
        for (Change change : changes) {
            if (change.action() == Action.DELETE) {
                deletes++;
                projected.remove(change.address().name());
            }
        }
        List<Refused> refused = new ArrayList<>();
        Optional<AccountRules.Refusal> quotaRefusal = Optional.empty();
        long lands = 0;
        for (Change change : landing) {
            String name = change.address().name();
            if (change.action() == Action.RENAME) {
                Optional<AccountRules.Refusal> refusal = AccountRules.refusalOfRename(rules, projected,
                        region.address().region(), change.stored().name(), name);
                if (refusal.isPresent()) {
                    refused.add(new Refused(change, new PlanError.Found(Diagnostic.of(refusal.get().error(),
                            change.address().toString(), change.declared().sourceOf("renamedFrom")))));
                    continue;
                }
                // In place: the old name is freed, the key held under the new one; the count stays.
                projected.remove(change.stored().name());
                projected.add(name, storedKeyLine(change));
                continue;
            }
            Reason.RenamedByReplace rename = change.reason() instanceof Reason.RenamedByReplace renamed ? renamed : null;
            // A replace frees its name first; a rename done as a replace lands beside the old one unless told not to.
            boolean oldGoesFirst = change.action() == Action.REPLACE && (rename == null || rename.oldDeletedFirst());
            if (oldGoesFirst) {
                projected.remove(change.stored().name());
            }
            String keyLine = change.key() == null ? null : change.key().toOpenSshLine();
            Optional<AccountRules.Refusal> refusal = AccountRules.refusalOfNewKeyPair(rules, projected,
                    region.address().region(), name, keyLine, quota);
            if (refusal.isPresent() && refusal.get().rule() != AccountRules.Rule.QUOTA) {
                if (oldGoesFirst) {
                    // Refused, the replace leaves the stored key pair in place: the region still holds it.
                    projected.add(change.stored().name(), storedKeyLine(change));
                }
                refused.add(new Refused(change, new PlanError.Found(Diagnostic.of(refusal.get().error(),
                        change.address().toString(),
                        change.declared().sourceOf(DeclarationCheck.keyField(change.declared()))))));
                continue;
            }
            if (refusal.isPresent() && quotaRefusal.isEmpty()) {
                quotaRefusal = refusal;
            }
            // A rename landing beside its old name adds one while it lands: counted where that is past the quota.
            if (change.action() != Action.REPLACE || (!oldGoesFirst && refusal.isPresent())) {
                lands++;
            }
            if (!oldGoesFirst) {
                projected.remove(change.stored() == null ? name : change.stored().name());
            }
            projected.add(name, keyLine);
        }
        Optional<PlanError> overQuota = Optional.empty();
        if (quotaRefusal.isPresent()) {
            overQuota = Optional.of(new PlanError.OverQuota(quotaRefusal.get().error(), region.address(),
                    region.source(), stored.size(), deletes, lands, quota));
        }
        return new Refusals(refused, overQuota);
    }

    /** Adds the changes of these actions to {@code to}, in their order. */
    private static void addWithAction(List<Change> changes, Set<Action> actions, List<Change> to) {
        for (Change change : changes) {
            if (actions.contains(change.action())) {
                to.add(change);
            }
        }
    }

    /** The key of the key pair a change replaces or renames, as the account compares keys; null when not known. */
    private static String storedKeyLine(Change change) {
        Optional<PublicKey> key = PublicKeyReader.readIfKey(change.stored().publicKey());
        return key.isPresent() ? key.get().toOpenSshLine() : null;
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
                        Optional<PublicKey> key = PublicKeyReader.readIfKey(keyPair.publicKey());
                        if (key.isPresent()) {
                            holders.putIfAbsent(key.get().toOpenSshLine(), keyPair.name());
                        }
                    }
                }
                for (Map.Entry<String, String> landed : landedKeyHolders.entrySet()) {
                    holders.putIfAbsent(landed.getKey(), landed.getValue());
                }
            }
            return Optional.ofNullable(holders.get(publicKeyLine));
        }
    }
}
