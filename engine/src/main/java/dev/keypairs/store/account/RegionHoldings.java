package dev.keypairs.store.account;

import dev.keypairs.store.StoreUnavailableException;
import java.util.Optional;

/**
 * What the stateful rules of {@link AccountRules} ask of a region: the region as a storage holds it inside a
 * call's transaction ({@link RegionRows}), or as the planner projects it after the changes planned before.
 */
public interface RegionHoldings {

    /** How many key pairs the region holds. */
    int count() throws StoreUnavailableException;

    /** Whether the region holds a key pair of this name. */
    boolean holdsName(String name) throws StoreUnavailableException;

    /** The name of the key pair holding this public key (OpenSSH line without comment), if one does. */
    Optional<String> nameHoldingKey(String publicKeyLine) throws StoreUnavailableException;
}
