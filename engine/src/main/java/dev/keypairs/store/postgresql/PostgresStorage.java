package dev.keypairs.store.postgresql;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.RegionRows;
import dev.keypairs.store.account.Storage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.postgresql.Driver;

/**
 * The shared storage: the account's rows in a PostgreSQL schema ({@code postgresql://...}), for many processes
 * on many machines at once. A write is one transaction that first takes an advisory lock on its region, so the
 * account's checks and its change are one step against every other writer of that region, wherever it runs,
 * and writers of other regions never wait; the rate window, which spans a provider's regions, is counted under
 * a lock of its own. A read is one snapshot ({@code REPEATABLE READ}). A transaction that PostgreSQL aborts for a
 * serialization failure or a deadlock is run again, never the caller's call. Only public keys are stored.
 */
public final class PostgresStorage implements Storage {

    /** How often a transaction aborted by PostgreSQL for a conflict is run again before the call fails. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final StoreUri uri;
    private final PostgresLocation location;
    private final String schema;
    private final String page;
    private final String byName;
    private final String byKeyId;
    /** Connections not in use; a thread that finds none opens another. */
    private final Deque<PgSession> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private PostgresStorage(StoreUri uri, PostgresLocation location, String schema) {
        this.uri = uri;
        this.location = location;
        this.schema = schema;
        String select = """
                SELECT k.id, k.name, k.public_key, k.fingerprint, k.key_id, k.resource_group_id, k.project_id,
                       k.created_at, t.tag_key, t.tag_value
                FROM (SELECT id, name, public_key, fingerprint, key_id, resource_group_id, project_id, created_at
                      FROM %1$s.key_pair WHERE provider = ? AND region = ? %2$s) AS k
                LEFT JOIN %1$s.key_pair_tag AS t ON t.key_pair_id = k.id
                ORDER BY k.name, t.tag_key""";
        this.page = select.formatted(schema, "ORDER BY name LIMIT ? OFFSET ?");
        this.byName = select.formatted(schema, "AND name = ?");
        this.byKeyId = select.formatted(schema, "AND key_id = ?");
    }

    /**
     * Opens the storage, creating its schema or bringing it up to date.
     *
     * @throws StoreUnavailableException for a server that cannot be reached, credentials it refuses, a schema of
     *     another program or of a newer keypairs; the message says which, and never holds the password
     */
    public static PostgresStorage open(StoreUri uri, PostgresLocation location, PostgresStoreOptions options)
            throws StoreUnavailableException {
        PostgresStorage storage = new PostgresStorage(uri, location, options.schema());
        PgSession first = storage.connect();
        try {
            PostgresSchema.migrate(first.connection(), options.schema());
        } catch (SQLException e) {
            first.close();
            throw storage.failure(e);
        } catch (StoreUnavailableException e) {
            first.close();
            throw e;
        }
        storage.idle.push(first);
        return storage;
    }

    @Override
    public String displayUri() {
        return uri.redacted();
    }

    @Override
    public <T> T read(Provider provider, String regionId, Work<T> work) throws StoreException {
        return transaction(false, provider, regionId, work);
    }

    @Override
    public <T> T write(Provider provider, String regionId, Work<T> work) throws StoreException {
        return transaction(true, provider, regionId, work);
    }

    private <T> T transaction(boolean write, Provider provider, String regionId, Work<T> work) throws StoreException {
        for (int attempt = 1; ; attempt++) {
            PgSession session = borrow();
            boolean reusable = false;
            try {
                Connection connection = session.connection();
                if (write) {
                    PostgresSchema.lock(connection, schema + "/" + provider.id() + "/" + regionId);
                } else {
                    session.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                }
                T result;
                try {
                    result = work.in(new Rows(session, provider, regionId));
                } catch (ApiErrorException refused) {
                    connection.rollback();
                    reusable = true;
                    throw refused;
                }
                connection.commit();
                reusable = true;
                return result;
            } catch (SQLException e) {
                if (conflict(e) && attempt < CONFLICT_ATTEMPTS) {
                    rollbackQuietly(session);
                    reusable = true;
                    continue;
                }
                throw failure(e);
            } catch (ConflictException e) {
                if (attempt < CONFLICT_ATTEMPTS) {
                    rollbackQuietly(session);
                    reusable = true;
                    continue;
                }
                throw failure(e.sql);
            } finally {
                release(session, reusable);
            }
        }
    }

    /** Serialization failures and deadlocks: PostgreSQL aborted the transaction, and running it again is right. */
    private static boolean conflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private static void rollbackQuietly(PgSession session) {
        try {
            session.connection().rollback();
        } catch (SQLException e) {
            // The session is closed by release if it cannot be rolled back.
        }
    }

    @Override
    public void close() {
        closed = true;
        for (PgSession session = idle.poll(); session != null; session = idle.poll()) {
            session.close();
        }
    }

    @Override
    public String toString() {
        return "PostgresStorage[" + displayUri() + "]";
    }

    /** A conflict met inside a row operation, carried out of the account's work to be run again. */
    private static final class ConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sql;

        ConflictException(SQLException sql) {
            super(sql.getMessage(), sql, false, false);
            this.sql = sql;
        }
    }

    /** The rows of one region inside a transaction of one session. */
    private final class Rows implements RegionRows {
        private final PgSession session;
        private final Provider provider;
        private final String region;

        Rows(PgSession session, Provider provider, String region) {
            this.session = session;
            this.provider = provider;
            this.region = region;
        }

        @Override
        public int count() throws StoreUnavailableException {
            return sql(() -> single(bind(session.statement(
                    "SELECT count(*) FROM " + schema + ".key_pair WHERE provider = ? AND region = ?"))));
        }

        @Override
        public boolean holdsName(String name) throws StoreUnavailableException {
            return sql(() -> id(name).isPresent());
        }

        @Override
        public Optional<String> nameHoldingKey(String publicKeyLine) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement holder = bind(session.statement("SELECT name FROM " + schema
                        + ".key_pair WHERE provider = ? AND region = ? AND public_key = ?"));
                holder.setString(3, publicKeyLine);
                try (ResultSet row = holder.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            });
        }

        @Override
        public Optional<StoredKeyPair> byName(String name) throws StoreUnavailableException {
            return sql(() -> one(byName, name));
        }

        @Override
        public Optional<StoredKeyPair> byKeyId(String keyId) throws StoreUnavailableException {
            return sql(() -> one(byKeyId, keyId));
        }

        @Override
        public List<StoredKeyPair> page(int offset, int limit) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement select = bind(session.statement(page));
                select.setInt(3, limit);
                select.setInt(4, offset);
                return keyPairs(select);
            });
        }

        @Override
        public boolean keyIdInUse(String keyId) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement taken = session.statement("SELECT 1 FROM " + schema + ".key_pair WHERE key_id = ?");
                taken.setString(1, keyId);
                try (ResultSet row = taken.executeQuery()) {
                    return row.next();
                }
            });
        }

        @Override
        public void insert(StoredKeyPair keyPair) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement insert = bind(session.statement("INSERT INTO " + schema + ".key_pair (provider,"
                        + " region, name, public_key, fingerprint, key_id, resource_group_id, project_id, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
                insert.setString(3, keyPair.name());
                insert.setString(4, keyPair.publicKey());
                insert.setString(5, keyPair.fingerprint());
                insert.setString(6, keyPair.keyId());
                insert.setString(7, keyPair.resourceGroupId());
                insert.setObject(8, keyPair.projectId());
                insert.setLong(9, keyPair.createdAt().toEpochMilli());
                long id;
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
                insertTags(id, keyPair.tags());
                return null;
            });
        }

        @Override
        public boolean delete(String name) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement delete = bind(session.statement(
                        "DELETE FROM " + schema + ".key_pair WHERE provider = ? AND region = ? AND name = ?"));
                delete.setString(3, name);
                return delete.executeUpdate() > 0;
            });
        }

        @Override
        public void setTags(String name, Map<String, String> tags) throws StoreUnavailableException {
            sql(() -> {
                long id = id(name).orElseThrow();
                PreparedStatement clear = session.statement(
                        "DELETE FROM " + schema + ".key_pair_tag WHERE key_pair_id = ?");
                clear.setLong(1, id);
                clear.executeUpdate();
                insertTags(id, tags);
                return null;
            });
        }

        @Override
        public void setResourceGroup(String name, String resourceGroupId) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement update = session.statement("UPDATE " + schema
                        + ".key_pair SET resource_group_id = ? WHERE provider = ? AND region = ? AND name = ?");
                update.setString(1, resourceGroupId);
                update.setString(2, provider.id());
                update.setString(3, region);
                update.setString(4, name);
                return update.executeUpdate();
            });
        }

        /** The window spans the provider's regions: counted and taken under a lock of its own, per call. */
        @Override
        public int callsInWindow(ApiCall call, long nowMs, long windowMs) throws StoreUnavailableException {
            return sql(() -> {
                PostgresSchema.lock(session.connection(), schema + "/rate/" + provider.id() + "/" + call.action());
                PreparedStatement expire = session.statement("DELETE FROM " + schema
                        + ".call_window WHERE provider = ? AND call = ? AND (at_ms <= ? OR at_ms > ?)");
                expire.setString(1, provider.id());
                expire.setString(2, call.action());
                expire.setLong(3, nowMs - windowMs);
                expire.setLong(4, nowMs);
                expire.executeUpdate();
                PreparedStatement count = session.statement(
                        "SELECT count(*) FROM " + schema + ".call_window WHERE provider = ? AND call = ?");
                count.setString(1, provider.id());
                count.setString(2, call.action());
                return single(count);
            });
        }

        @Override
        public void recordCall(ApiCall call, long atMs) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement take = session.statement(
                        "INSERT INTO " + schema + ".call_window (provider, call, at_ms) VALUES (?, ?, ?)");
                take.setString(1, provider.id());
                take.setString(2, call.action());
                take.setLong(3, atMs);
                return take.executeUpdate();
            });
        }

        private Optional<Long> id(String name) throws SQLException {
            PreparedStatement find = bind(session.statement(
                    "SELECT id FROM " + schema + ".key_pair WHERE provider = ? AND region = ? AND name = ?"));
            find.setString(3, name);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }

        private Optional<StoredKeyPair> one(String sql, String value) throws SQLException {
            PreparedStatement select = bind(session.statement(sql));
            select.setString(3, value);
            return keyPairs(select).stream().findFirst();
        }

        private void insertTags(long id, Map<String, String> tags) throws SQLException {
            PreparedStatement tag = session.statement(
                    "INSERT INTO " + schema + ".key_pair_tag (key_pair_id, tag_key, tag_value) VALUES (?, ?, ?)");
            for (Map.Entry<String, String> each : tags.entrySet()) {
                tag.setLong(1, id);
                tag.setString(2, each.getKey());
                tag.setString(3, each.getValue());
                tag.executeUpdate();
            }
        }

        private PreparedStatement bind(PreparedStatement statement) throws SQLException {
            statement.setString(1, provider.id());
            statement.setString(2, region);
            return statement;
        }

        /** The rows, one per key pair and tag, folded into key pairs with their tags. */
        private List<StoredKeyPair> keyPairs(PreparedStatement query) throws SQLException {
            List<StoredKeyPair> keyPairs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                boolean more = rows.next();
                while (more) {
                    long id = rows.getLong(1);
                    String name = rows.getString(2);
                    String publicKey = rows.getString(3);
                    String fingerprint = rows.getString(4);
                    String keyId = rows.getString(5);
                    String resourceGroupId = rows.getString(6);
                    Object projectId = rows.getObject(7);
                    Instant createdAt = Instant.ofEpochMilli(rows.getLong(8));
                    Map<String, String> tags = new HashMap<>();
                    do {
                        String tagKey = rows.getString(9);
                        if (tagKey != null) {
                            tags.put(tagKey, rows.getString(10));
                        }
                        more = rows.next();
                    } while (more && rows.getLong(1) == id);
                    keyPairs.add(new StoredKeyPair(provider, region, name, publicKey, fingerprint, keyId, tags,
                            resourceGroupId, projectId == null ? null : ((Number) projectId).longValue(), createdAt));
                }
            }
            return keyPairs;
        }

        private <T> T sql(SqlWork<T> work) throws StoreUnavailableException {
            try {
                return work.run();
            } catch (SQLException e) {
                if (conflict(e)) {
                    throw new ConflictException(e);
                }
                throw failure(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static int single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    // ---- connections ----

    private PgSession borrow() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store " + displayUri() + " is closed", null);
        }
        PgSession session = idle.pollFirst();
        return session != null ? session : connect();
    }

    private void release(PgSession session, boolean reusable) {
        if (!reusable || closed) {
            session.close();
            return;
        }
        idle.addFirst(session);
        if (closed && idle.remove(session)) {
            session.close();
        }
    }

    private PgSession connect() throws StoreUnavailableException {
        try {
            // The driver by name, not through DriverManager's scan: inside Maven's class realm that scan does
            // not see the plugin's jars.
            Connection connection = new Driver().connect(location.jdbcUrl(), location.properties());
            if (connection == null) {
                throw new StoreUnavailableException("the PostgreSQL driver does not take " + location, null);
            }
            connection.setAutoCommit(false);
            return new PgSession(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Connection failures and shutdowns may mend; refused credentials, a missing database and the rest do not. */
    private StoreUnavailableException failure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return new StoreUnavailableException("the PostgreSQL server at " + location.host() + ":" + location.port()
                    + " refused the credentials of " + (location.user() == null ? "the default user" : "user "
                    + location.user()) + ": check the user and password (the settings.xml server keypairs-store, the"
                    + " URI, or PGPASSFILE)", e);
        }
        if (state.equals("3D000")) {
            return new StoreUnavailableException("the PostgreSQL database " + location.database() + " does not exist"
                    + " on " + location.host() + ":" + location.port() + ": create it, or name another", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || conflict(e)) {
            return new StoreUnavailableException("the PostgreSQL store " + displayUri() + " could not be reached or"
                    + " answered: " + e.getMessage(), e, ErrorKind.TRANSIENT);
        }
        return new StoreUnavailableException("the PostgreSQL store " + displayUri() + " failed: " + e.getMessage(), e);
    }
}
