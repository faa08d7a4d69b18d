package dev.keypairs.store.account;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The key pair rows of one region inside one storage transaction, and the account's rate window. Plain rows:
 * every check is the {@link Account}'s.
 */
public interface RegionRows extends RegionHoldings {

    /** The key pair of this name. */
    Optional<StoredKeyPair> byName(String name) throws StoreUnavailableException;

    /** The key pair of this Tencent KeyId. */
    Optional<StoredKeyPair> byKeyId(String keyId) throws StoreUnavailableException;

    /** Key pairs {@code offset} to {@code offset + limit - 1} in name order. */
    List<StoredKeyPair> page(int offset, int limit) throws StoreUnavailableException;

    /** Whether any region of the storage holds this KeyId: KeyIds are unique in an account. */
    boolean keyIdInUse(String keyId) throws StoreUnavailableException;

    /** Adds a key pair; its name is not held (checked before). */
    void insert(StoredKeyPair keyPair) throws StoreUnavailableException;

    /** Removes the key pair of this name; false when there is none. */
    boolean delete(String name) throws StoreUnavailableException;

    /** Replaces the tags of the key pair of this name. */
    void setTags(String name, Map<String, String> tags) throws StoreUnavailableException;

    /** Moves the key pair of this name into a resource group. */
    void setResourceGroup(String name, String resourceGroupId) throws StoreUnavailableException;

    /**
     * Renames the key pair of this name in place: its KeyId, key, tags and everything else stay with it. The new name
     * is not held (checked before).
     */
    void rename(String name, String newName) throws StoreUnavailableException;

    /** Sets the description of the key pair of this name (Tencent's {@code Description}). */
    void setDescription(String name, String description) throws StoreUnavailableException;

    /**
     * How many calls of this kind the account took in the window ending now, {@code (nowMs - windowMs, nowMs]};
     * older ones, and any ahead of now (a clock set back), may be forgotten.
     */
    int callsInWindow(ApiCall call, long nowMs, long windowMs) throws StoreUnavailableException;

    /** Counts a call of this kind at {@code atMs}, for {@link #callsInWindow}. */
    void recordCall(ApiCall call, long atMs) throws StoreUnavailableException;
}
