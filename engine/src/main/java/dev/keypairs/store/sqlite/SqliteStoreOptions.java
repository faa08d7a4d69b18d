package dev.keypairs.store.sqlite;

import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.StoreUnavailableException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of a {@code sqlite:PATH?NAME=VALUE&...} store URI ({@code store.md} documents them).
 *
 * @param tencentQuota {@code tencentQuota}: key pairs per Tencent region, default 500 (Alibaba's is fixed)
 * @param rateLimit {@code rateLimit=on|off}: whether Tencent ImportKeyPair is held to 10 calls a second;
 *     on by default, off for tests that import in bulk
 * @param synchronousFull {@code synchronous=normal|full}: {@code full} makes every acknowledged call survive
 *     a power loss as well as a crash, at a cost in speed; {@code normal} (default) survives a crash
 * @param busyTimeoutMs {@code busyTimeoutMs}: how long a call waits for another writer before it fails,
 *     default 30,000
 */
public record SqliteStoreOptions(int tencentQuota, boolean rateLimit, boolean synchronousFull, int busyTimeoutMs) {

    /** The options a bare {@code sqlite:PATH} gets. */
    public static final SqliteStoreOptions DEFAULTS =
            new SqliteStoreOptions(TencentRules.DEFAULT_QUOTA, true, false, 30_000);

    private static final Set<String> NAMES = Set.of("tencentQuota", "rateLimit", "synchronous", "busyTimeoutMs");

    /**
     * Reads the options of a store URI's query.
     *
     * @throws StoreUnavailableException naming an unknown option or a value that is not allowed
     */
    public static SqliteStoreOptions parse(Map<String, String> options) throws StoreUnavailableException {
        for (String name : options.keySet()) {
            if (!NAMES.contains(name)) {
                throw new StoreUnavailableException("the sqlite store has no option '" + name + "'; its options are "
                        + String.join(", ", new TreeSet<>(NAMES)), null);
            }
        }
        int quota = options.containsKey("tencentQuota")
                ? number("tencentQuota", options.get("tencentQuota")) : DEFAULTS.tencentQuota();
        boolean rateLimit = options.containsKey("rateLimit")
                ? choice("rateLimit", options.get("rateLimit"), "on", "off") : DEFAULTS.rateLimit();
        boolean full = options.containsKey("synchronous")
                ? choice("synchronous", options.get("synchronous"), "full", "normal") : DEFAULTS.synchronousFull();
        int busy = options.containsKey("busyTimeoutMs")
                ? number("busyTimeoutMs", options.get("busyTimeoutMs")) : DEFAULTS.busyTimeoutMs();
        return new SqliteStoreOptions(quota, rateLimit, full, busy);
    }

    private static int number(String name, String value) throws StoreUnavailableException {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, with the option's name
        }
        throw new StoreUnavailableException("the sqlite store option " + name + " takes a whole number of 0 or more, not '"
                + value + "'", null);
    }

    /** True for {@code yes}, false for {@code no}; case-insensitive. */
    private static boolean choice(String name, String value, String yes, String no) throws StoreUnavailableException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals(yes) || lower.equals(no)) {
            return lower.equals(yes);
        }
        throw new StoreUnavailableException("the sqlite store option " + name + " takes " + yes + " or " + no
                + ", not '" + value + "'", null);
    }
}
