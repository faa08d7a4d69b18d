package dev.keypairs.store.sqlite;

import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.account.AccountOptions;
import java.util.Map;
import java.util.Set;

/**
 * The storage options of a {@code sqlite:PATH?NAME=VALUE&...} store URI, beside the account's own
 * ({@link AccountOptions}); {@code store.md} documents them.
 *
 * @param synchronousFull {@code synchronous=normal|full}: {@code full} makes every acknowledged call survive
 *     a power loss as well as a crash, at a cost in speed; {@code normal} (default) survives a crash
 * @param busyTimeoutMs {@code busyTimeoutMs}: how long a call waits for another writer before it fails,
 *     default 30,000
 */
public record SqliteStoreOptions(boolean synchronousFull, int busyTimeoutMs) {

    /** The options a bare {@code sqlite:PATH} gets. */
    public static final SqliteStoreOptions DEFAULTS = new SqliteStoreOptions(false, 30_000);

    /** The option names this record reads. */
    public static final Set<String> NAMES = Set.of("synchronous", "busyTimeoutMs");

    /**
     * Reads the storage's options, those the account takes set aside already.
     *
     * @throws StoreUnavailableException naming a value that is not allowed
     */
    public static SqliteStoreOptions parse(Map<String, String> options) throws StoreUnavailableException {
        String scheme = SqliteKeyPairStoreFactory.SCHEME;
        boolean full = options.containsKey("synchronous")
                ? AccountOptions.choice(scheme, "synchronous", options.get("synchronous"), "full", "normal")
                : DEFAULTS.synchronousFull();
        int busy = options.containsKey("busyTimeoutMs")
                ? AccountOptions.wholeNumber(scheme, "busyTimeoutMs", options.get("busyTimeoutMs"))
                : DEFAULTS.busyTimeoutMs();
        return new SqliteStoreOptions(full, busy);
    }
}
