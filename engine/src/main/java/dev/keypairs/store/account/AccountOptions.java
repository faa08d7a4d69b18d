package dev.keypairs.store.account;

import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.StoreUnavailableException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The options of an emulated account, which every storage's URI takes ({@code store.md}).
 *
 * @param tencentQuota {@code tencentQuota}: key pairs per Tencent region, default 500 (Alibaba's is fixed)
 * @param rateLimit {@code rateLimit=on|off}: whether Tencent's ImportKeyPair and CreateKeyPair are held to 10
 *     calls a second each; on by default, off for tests that import in bulk
 */
public record AccountOptions(int tencentQuota, boolean rateLimit) {

    /** The options a URI without any gets. */
    public static final AccountOptions DEFAULTS = new AccountOptions(TencentRules.DEFAULT_QUOTA, true);

    /** The option names this record reads. */
    public static final Set<String> NAMES = Set.of("tencentQuota", "rateLimit");

    /**
     * The account's options and the storage's, from a store URI's query.
     *
     * @param account the account's options
     * @param storage the options left for the storage, in order
     */
    public record Split(AccountOptions account, Map<String, String> storage) {
    }

    /**
     * Reads the account's options of a URI's query and leaves the rest to the storage.
     *
     * @param scheme the URI's scheme, for messages
     * @param options the query's options
     * @param storageNames the options the storage takes
     * @throws StoreUnavailableException naming an option neither takes, or a value that is not allowed
     */
    public static Split parse(String scheme, Map<String, String> options, Set<String> storageNames)
            throws StoreUnavailableException {
        Map<String, String> storage = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            if (NAMES.contains(option.getKey())) {
                continue;
            }
            if (!storageNames.contains(option.getKey())) {
                Set<String> known = new TreeSet<>(NAMES);
                known.addAll(storageNames);
                throw new StoreUnavailableException("the " + scheme + " store has no option '" + option.getKey()
                        + "'; its options are " + String.join(", ", known), null);
            }
            storage.put(option.getKey(), option.getValue());
        }
        int quota = options.containsKey("tencentQuota")
                ? wholeNumber(scheme, "tencentQuota", options.get("tencentQuota")) : DEFAULTS.tencentQuota();
        boolean rateLimit = options.containsKey("rateLimit")
                ? choice(scheme, "rateLimit", options.get("rateLimit"), "on", "off") : DEFAULTS.rateLimit();
        return new Split(new AccountOptions(quota, rateLimit), storage);
    }

    /** A whole number of 0 or more. */
    public static int wholeNumber(String scheme, String name, String value) throws StoreUnavailableException {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, with the option's name
        }
        throw new StoreUnavailableException("the " + scheme + " store option " + name
                + " takes a whole number of 0 or more, not '" + value + "'", null);
    }

    /** True for {@code yes}, false for {@code no}; case-insensitive. */
    public static boolean choice(String scheme, String name, String value, String yes, String no)
            throws StoreUnavailableException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals(yes) || lower.equals(no)) {
            return lower.equals(yes);
        }
        throw new StoreUnavailableException("the " + scheme + " store option " + name + " takes " + yes + " or " + no
                + ", not '" + value + "'", null);
    }
}
