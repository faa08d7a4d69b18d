package dev.keypairs.store.postgresql;

import dev.keypairs.store.StoreUnavailableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables in their schema, and their versions. A versioned table of our own, as the SQLite store has
 * ({@code PRAGMA user_version}), rather than a migration library: the store has a handful of statements, one
 * pattern serves both stores, and a library would bring its own history table and hundreds of kilobytes to
 * every user of the plugin. Opening a store applies the migrations it lacks in one transaction, under an
 * advisory lock so that many processes opening a new database at once migrate it once.
 *
 * <p>Only public keys are stored. There is no column for a private key and there never may be.
 */
final class PostgresSchema {

    /** Migration N (from 1) brings a schema from version N - 1 to N. Append; never edit a released one. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE %1$s.key_pair (
                id BIGSERIAL PRIMARY KEY,
                provider TEXT NOT NULL,
                region TEXT NOT NULL,
                name TEXT NOT NULL,
                public_key TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                key_id TEXT UNIQUE,
                resource_group_id TEXT,
                project_id BIGINT,
                created_at BIGINT NOT NULL,
                UNIQUE (provider, region, name)
            )""",
            // Tencent refuses the same public key twice in a region; the index backs the account's own check.
            """
            CREATE UNIQUE INDEX key_pair_tencent_public_key ON %1$s.key_pair (region, public_key)
                WHERE provider = 'tencent'""",
            """
            CREATE TABLE %1$s.key_pair_tag (
                key_pair_id BIGINT NOT NULL REFERENCES %1$s.key_pair (id) ON DELETE CASCADE,
                tag_key TEXT NOT NULL,
                tag_value TEXT NOT NULL,
                PRIMARY KEY (key_pair_id, tag_key)
            )""",
            // The times of the last rate-limited calls (Tencent's ImportKeyPair and CreateKeyPair).
            """
            CREATE TABLE %1$s.call_window (
                provider TEXT NOT NULL,
                call TEXT NOT NULL,
                at_ms BIGINT NOT NULL
            )""",
            "CREATE INDEX call_window_time ON %1$s.call_window (provider, call, at_ms)"),
            // Version 2: Tencent's Description, which ModifyKeyPairAttribute sets (null until it does).
            List.of("ALTER TABLE %1$s.key_pair ADD COLUMN description TEXT"));

    /** The version this code reads and writes. */
    static final int VERSION = MIGRATIONS.size();

    private PostgresSchema() {
    }

    /**
     * Brings the schema up to {@link #VERSION}, creating it when it does not exist, or refuses one that holds
     * another program's tables or was written by a newer keypairs. Commits on success; on failure the caller
     * closes the connection, which rolls back.
     */
    static void migrate(Connection connection, String schema) throws SQLException, StoreUnavailableException {
        connection.setAutoCommit(false);
        String name = quoted(schema);
        try (Statement statement = connection.createStatement()) {
            // Whatever the database's default: each step must see what the one before it committed.
            statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE");
            lock(connection, schema + "/schema");
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + name);
            int version = version(connection, schema);
            if (version < 0) {
                throw new StoreUnavailableException("the PostgreSQL schema " + schema + " holds tables of another"
                        + " program, not a keypairs store: name another with ?schema=NAME", null);
            }
            if (version > VERSION) {
                throw new StoreUnavailableException("the PostgreSQL schema " + schema + " was written by a newer"
                        + " keypairs (store schema version " + version + ", this one knows " + VERSION
                        + "): upgrade keypairs", null);
            }
            if (version == 0) {
                statement.execute("CREATE TABLE " + name + ".store_version (version INTEGER NOT NULL)");
                statement.execute("INSERT INTO " + name + ".store_version (version) VALUES (0)");
            }
            for (int next = version; next < VERSION; next++) {
                for (String sql : MIGRATIONS.get(next)) {
                    statement.execute(sql.formatted(name));
                }
            }
            statement.execute("UPDATE " + name + ".store_version SET version = " + VERSION);
            connection.commit();
        }
    }

    /** The advisory locks' first key: "KPRS", so that other programs' locks in the database never meet ours. */
    private static final int LOCK_CLASS = 0x4B505253;

    /** Takes a transaction-scoped advisory lock on a name: one holder at a time, released at commit or rollback. */
    static void lock(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
            lock.setInt(1, LOCK_CLASS);
            lock.setString(2, name);
            lock.execute();
        }
    }

    /** The schema's name as SQL: quoted, so that a reserved word is a name too (it is validated already). */
    static String quoted(String schema) {
        return '"' + schema + '"';
    }

    /** The schema's store version: 0 for an empty (or new) schema, -1 for one that holds other tables. */
    private static int version(Connection connection, String schema) throws SQLException {
        try (PreparedStatement tables = connection.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE table_name = 'store_version')"
                        + " FROM information_schema.tables WHERE table_schema = ?")) {
            tables.setString(1, schema);
            try (ResultSet row = tables.executeQuery()) {
                row.next();
                if (row.getInt(1) == 0) {
                    return 0;
                }
                if (row.getInt(2) == 0) {
                    return -1;
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT version FROM " + quoted(schema) + ".store_version")) {
            return row.next() ? row.getInt(1) : -1;
        }
    }
}
