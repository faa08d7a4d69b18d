package dev.keypairs.store.account;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.store.StoreUnavailableException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The documented rules that depend on what an account holds (semantics.md), each written once: the
 * {@link Account} enforces them inside a call's transaction, and the planner predicts with the same functions
 * over the region it projects, so a plan and a store cannot disagree.
 */
public final class AccountRules {

    /**
     * The calls whose documented rate the emulated accounts enforce (Tencent's ImportKeyPair and CreateKeyPair);
     * the rest of the documented rates, DescribeKeyPairs' and DeleteKeyPairs', are for real clouds to enforce.
     * Apply paces these calls against an emulated store.
     */
    public static final Set<ApiCall> RATE_LIMITED_CALLS = Collections.unmodifiableSet(
            EnumSet.of(ApiCall.IMPORT_KEY_PAIR, ApiCall.CREATE_KEY_PAIR));

    private AccountRules() {
    }

    /**
     * Why a region refuses a new key pair, if it does, in the order the provider meets the rules: the name
     * (unique per region), then the public key (Tencent: unique per region), then the quota.
     *
     * @param rules the provider's rules
     * @param region what the region holds
     * @param regionId the region, for the message
     * @param name the new key pair's name
     * @param publicKeyLine its public key as an OpenSSH line without comment; null for a key the store generates,
     *     which no other key pair holds
     * @param quota how many key pairs the region may hold
     */
    public static Optional<Refusal> refusalOfNewKeyPair(ProviderRules rules, RegionHoldings region, String regionId,
            String name, String publicKeyLine, int quota) throws StoreUnavailableException {
        if (region.holdsName(name)) {
            return Optional.of(new Refusal(Rule.NAME_TAKEN, rules.nameTaken(regionId, name)));
        }
        if (publicKeyLine != null && rules.publicKeysUniquePerRegion()) {
            Optional<String> holder = region.nameHoldingKey(publicKeyLine);
            if (holder.isPresent()) {
                return Optional.of(new Refusal(Rule.PUBLIC_KEY_TAKEN, rules.publicKeyTaken(regionId, holder.get())));
            }
        }
        if (region.count() >= quota) {
            return Optional.of(new Refusal(Rule.QUOTA, rules.quotaExceeded(regionId, quota)));
        }
        return Optional.empty();
    }

    /**
     * Why a region refuses to rename a key pair in place (Tencent's ModifyKeyPairAttribute), if it does: a new name
     * another key pair of the region holds. Keeping its own name is no change and never refused.
     *
     * @param rules the provider's rules
     * @param region what the region holds
     * @param regionId the region, for the message
     * @param name the key pair's name now
     * @param newName the name it is given
     */
    public static Optional<Refusal> refusalOfRename(ProviderRules rules, RegionHoldings region, String regionId,
            String name, String newName) throws StoreUnavailableException {
        if (!newName.equals(name) && region.holdsName(newName)) {
            return Optional.of(new Refusal(Rule.NAME_TAKEN, rules.nameTaken(regionId, newName)));
        }
        return Optional.empty();
    }

    /** The stateful rules of a new key pair. */
    public enum Rule {
        /** A name is unique per region. */
        NAME_TAKEN,
        /** Tencent: a public key is unique per region. */
        PUBLIC_KEY_TAKEN,
        /** A region holds at most its quota. */
        QUOTA
    }

    /**
     * A refusal by one of the rules.
     *
     * @param rule the rule
     * @param error what the provider answers
     */
    public record Refusal(Rule rule, ApiError error) {
    }
}
