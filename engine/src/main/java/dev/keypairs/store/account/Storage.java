package dev.keypairs.store.account;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;

/**
 * Where an emulated account's key pairs live: rows and the rate window, nothing of the providers' rules, which
 * the {@link Account} above it keeps. Each call of the account is one transaction here: a refusal
 * ({@link ApiErrorException}) thrown by the work rolls back everything it changed.
 *
 * <p>Implementations are safe for use from many threads and say whether from many processes. Writes to one
 * region are serialised, so the account's checks and its change are one step; what spans the account inside a
 * write (the rate window of {@link RegionRows#callsInWindow}, KeyIds unique in the account) must hold across
 * regions too, be it by serialising every write (SQLite, memory) or by locking just those.
 */
public interface Storage extends AutoCloseable {

    /** The storage's URI with any credentials redacted. */
    String displayUri();

    /** Runs the work in one read-only transaction: one snapshot of the region, so a count and a page agree. */
    <T> T read(Provider provider, String regionId, Work<T> work) throws StoreException;

    /**
     * Runs the work in one write transaction, serialised with every other write to the region by any thread or
     * (where the storage is shared) process; committed when the work returns, rolled back when it throws.
     */
    <T> T write(Provider provider, String regionId, Work<T> work) throws StoreException;

    /**
     * Removes every row, the rate window's included, in one write transaction serialised with every other write, so
     * that a write in flight commits first.
     */
    void clear() throws StoreException;

    /** Releases the storage's resources; calls after it fail with {@link StoreUnavailableException}. */
    @Override
    void close();

    /**
     * Work done inside one transaction, on the rows of one region.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface Work<T> {
        T in(RegionRows rows) throws StoreException;
    }
}
