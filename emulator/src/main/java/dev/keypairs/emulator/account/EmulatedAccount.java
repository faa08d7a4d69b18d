package dev.keypairs.emulator.account;

import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreUri;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One account of an emulator: a store, named by its URI. The calls on it share the lock its reset takes alone, so a
 * reset waits for every call in flight and no call sees an account half emptied.
 */
public final class EmulatedAccount {

    private final StoreUri uri;
    private final KeyPairStore store;
    private final boolean own;
    private final ReadWriteLock calls = new ReentrantReadWriteLock();

    EmulatedAccount(StoreUri uri, KeyPairStore store, boolean own) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.store = Objects.requireNonNull(store, "store");
        this.own = own;
    }

    /** The account's name: its store URI redacted, the only form any output shows (and state endpoints take). */
    public String name() {
        return uri.redacted();
    }

    /** Whether the name, as written or redacted, is this account's. */
    boolean isNamed(String name) {
        return uri.raw().equals(name) || name().equals(name);
    }

    /** The account's store URI as written; never print it, print {@link #name()}. */
    StoreUri uri() {
        return uri;
    }

    /** The store holding the account's key pairs. */
    public KeyPairStore store() {
        return store;
    }

    /** Whether this is the emulator's own store ({@code keypairs.store}), the account of keys naming none. */
    public boolean isDefault() {
        return own;
    }

    /** The lock: calls take it shared, the reset alone. */
    ReadWriteLock calls() {
        return calls;
    }

    @Override
    public String toString() {
        return "account " + name();
    }
}
