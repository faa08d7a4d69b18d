package dev.keypairs.store.sqlite;

import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.jdbc.JdbcSession;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and their versions. The version is SQLite's {@code PRAGMA user_version}; opening a
 * store applies the migrations it lacks, in one transaction, so a file is always at one version or the next.
 * {@code PRAGMA application_id} marks the file as a keypairs store, so another program's database is
 * refused rather than altered.
 *
 * <p>Only public keys are stored. There is no column for a private key and there never may be.
 */
final class Schema {

    /** "KPRS": the {@code application_id} of a keypairs store. */
    static final int APPLICATION_ID = 0x4B505253;

    /** Migration N (from 1) brings a store from version N - 1 to N. Append; never edit a released one. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            // One row per key pair. public_key is the OpenSSH line without comment: the blob, canonically.
            """
            CREATE TABLE key_pair (
                id INTEGER PRIMARY KEY,
                provider TEXT NOT NULL,
                region TEXT NOT NULL,
                name TEXT NOT NULL,
                public_key TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                key_id TEXT UNIQUE,
                resource_group_id TEXT,
                project_id INTEGER,
                created_at INTEGER NOT NULL,
                UNIQUE (provider, region, name)
            )""",
            // Tencent refuses the same public key twice in a region; the index backs the store's own check.
            """
            CREATE UNIQUE INDEX key_pair_tencent_public_key ON key_pair (region, public_key)
                WHERE provider = 'tencent'""",
            """
            CREATE TABLE key_pair_tag (
                key_pair_id INTEGER NOT NULL REFERENCES key_pair (id) ON DELETE CASCADE,
                tag_key TEXT NOT NULL,
                tag_value TEXT NOT NULL,
                PRIMARY KEY (key_pair_id, tag_key)
            ) WITHOUT ROWID""",
            // The times of the last accepted Tencent ImportKeyPair calls, for the 10-a-second limit.
            """
            CREATE TABLE import_request (
                provider TEXT NOT NULL,
                at_ms INTEGER NOT NULL
            )""",
            "CREATE INDEX import_request_time ON import_request (provider, at_ms)"),
            // Version 2: the rate window counts each rate-limited call on its own (Tencent's CreateKeyPair beside
            // ImportKeyPair); the calls of the last second are not worth carrying over.
            List.of("""
                    CREATE TABLE call_window (
                        provider TEXT NOT NULL,
                        call TEXT NOT NULL,
                        at_ms INTEGER NOT NULL
                    )""",
                    "CREATE INDEX call_window_time ON call_window (provider, call, at_ms)",
                    "DROP TABLE import_request"),
            // Version 3: Tencent's Description, which ModifyKeyPairAttribute sets (null until it does).
            List.of("ALTER TABLE key_pair ADD COLUMN description TEXT"));

    /** The version this code reads and writes. */
    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }

    /**
     * Brings the store up to {@link #VERSION}, or refuses a file that is not a keypairs store or was
     * written by a newer keypairs. On failure the transaction is left open: the caller closes the session,
     * which rolls it back.
     */
    static void migrate(JdbcSession session, Path file) throws SQLException, StoreUnavailableException {
        session.run("BEGIN IMMEDIATE");
        try (Statement statement = session.connection().createStatement()) {
            refuseAnotherProgramsDatabase(statement, file);
            int version = pragma(statement, "user_version");
            if (version > VERSION) {
                throw new StoreUnavailableException(file + " was written by a newer keypairs (store schema version "
                        + version + ", this one knows " + VERSION + "): upgrade keypairs", null);
            }
            for (int next = version; next < VERSION; next++) {
                for (String sql : MIGRATIONS.get(next)) {
                    statement.execute(sql);
                }
            }
            if (version < VERSION) {
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + VERSION);
            }
            session.run("COMMIT");
        }
    }

    /**
     * Refuses a SQLite database that is neither a keypairs store nor empty, reading it only: asked before the
     * connection switches a file to write-ahead logging, so that another program's database is left as it was, and
     * again inside the migration's transaction.
     */
    static void refuseAnotherProgramsDatabase(Statement statement, Path file) throws SQLException,
            StoreUnavailableException {
        // One statement, so one snapshot: another build may be creating the store at this moment.
        try (ResultSet row = statement.executeQuery("SELECT (SELECT application_id FROM pragma_application_id),"
                + " (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)")) {
            row.next();
            int applicationId = row.getInt(1);
            if (applicationId != APPLICATION_ID && (applicationId != 0 || row.getInt(2) != 0 || row.getInt(3) > 0)) {
                throw new StoreUnavailableException(file + " is a SQLite database of another program, not a"
                        + " keypairs store: give the path of a new file or of a keypairs store", null);
            }
        }
    }

    private static int pragma(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }
}
