package dev.keypairs.store.postgresql;

import dev.keypairs.store.StoreUnavailableException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The storage options of a {@code postgresql://...?NAME=VALUE&...} store URI, beside the account's own.
 *
 * @param schema {@code schema}: the PostgreSQL schema that holds the store's tables, created when missing;
 *     default {@value #DEFAULT_SCHEMA}. One schema is one emulated account.
 */
public record PostgresStoreOptions(String schema) {

    /** Refuses a schema that is not a plain identifier: it is written into SQL. */
    public PostgresStoreOptions {
        if (schema == null || !SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
    }

    /** The schema a URI without {@code schema=} uses. */
    public static final String DEFAULT_SCHEMA = "keypairs";

    /** The option names this record reads. */
    public static final Set<String> NAMES = Set.of("schema");

    /** A schema name used without quoting: lowercase letters, digits and underscores, a letter first. */
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * Reads the storage's options, those the account takes set aside already.
     *
     * @throws StoreUnavailableException naming a schema that is not a plain identifier
     */
    public static PostgresStoreOptions parse(Map<String, String> options) throws StoreUnavailableException {
        String schema = options.getOrDefault("schema", DEFAULT_SCHEMA);
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new StoreUnavailableException("the postgresql store option schema='" + schema + "' is not a schema"
                    + " name of lowercase letters, digits and underscores (at most 63, a letter or _ first)", null);
        }
        return new PostgresStoreOptions(schema);
    }
}
