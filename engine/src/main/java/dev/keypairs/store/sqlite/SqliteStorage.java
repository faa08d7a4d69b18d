package dev.keypairs.store.sqlite;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The embedded storage: one SQLite file ({@code sqlite:PATH}) beneath the account model. A write is one
 * transaction begun with {@code BEGIN IMMEDIATE}, which takes SQLite's write lock first, so the account's
 * checks and its change are one step when several threads or processes write at once; a read is one snapshot.
 *
 * <p>The file is in WAL mode: an acknowledged call survives the process being killed, and with
 * {@code synchronous=full} a power loss too. Writers that meet each other wait (SQLite's busy timeout)
 * rather than fail. Only public keys are stored. Safe for use from many threads: each thread borrows a
 * connection of its own from a small pool.
 */
public final class SqliteStorage implements Storage {

    /** SQLite's primary result codes (the low byte of an extended code). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_NOTADB = 26;

    private static final String COLUMNS = "id, name, public_key, fingerprint, key_id, resource_group_id, project_id,"
            + " created_at";
    private static final String PAGE = """
            SELECT k.id, k.name, k.public_key, k.fingerprint, k.key_id, k.resource_group_id, k.project_id,
                   k.created_at, t.tag_key, t.tag_value
            FROM (SELECT %s FROM key_pair WHERE provider = ? AND region = ? ORDER BY name LIMIT ? OFFSET ?) AS k
            LEFT JOIN key_pair_tag AS t ON t.key_pair_id = k.id
            ORDER BY k.name, t.tag_key""".formatted(COLUMNS);
    private static final String ONE = """
            SELECT k.id, k.name, k.public_key, k.fingerprint, k.key_id, k.resource_group_id, k.project_id,
                   k.created_at, t.tag_key, t.tag_value
            FROM (SELECT %s FROM key_pair WHERE provider = ? AND region = ? AND %%s = ?) AS k
            LEFT JOIN key_pair_tag AS t ON t.key_pair_id = k.id
            ORDER BY t.tag_key""".formatted(COLUMNS);
    private static final String BY_NAME = ONE.formatted("name");
    private static final String BY_KEY_ID = ONE.formatted("key_id");

    private final StoreUri uri;
    private final Path file;
    private final SqliteStoreOptions options;
    /** Connections not in use; a thread that finds none opens another, so there are as many as threads at once. */
    private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private SqliteStorage(StoreUri uri, Path file, SqliteStoreOptions options) {
        this.uri = uri;
        this.file = file;
        this.options = options;
    }

    /**
     * Opens the storage a {@code sqlite:PATH} URI names, creating the file and its parent directories when they
     * do not exist, and bringing its schema up to date. A relative path is resolved against the working
     * directory, a leading {@code ~/} against the user's home directory.
     *
     * @param uri the store URI, for its path and to display
     * @param options the storage's options, read from the URI by the factory
     * @throws StoreUnavailableException for a path that cannot be a file, a file that is not a keypairs store, or
     *     one written by a newer keypairs; the message says which
     */
    public static SqliteStorage open(StoreUri uri, SqliteStoreOptions options) throws StoreUnavailableException {
        // A leading ~/ is the home directory: a -Dkeypairs.store=sqlite:~/... value reaches us unexpanded by a shell.
        String location = uri.location().startsWith("~/")
                ? System.getProperty("user.home") + uri.location().substring(1) : uri.location();
        Path file;
        try {
            file = Path.of(location).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StoreUnavailableException("the sqlite store path '" + uri.location() + "' is not a valid path", e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreUnavailableException("the sqlite store " + file + " is a directory: give the path of a file"
                    + " such as " + file.resolve("store.db"), null);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create the directory " + file.getParent()
                    + " for the sqlite store: " + e, e);
        }
        SqliteStorage storage = new SqliteStorage(uri, file, options);
        Session first = storage.connect();
        try {
            Schema.migrate(first, file);
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

    /**
     * A read: one snapshot, so the count and the page agree.
     */
    @Override
    public <T> T read(Provider provider, String regionId, Work<T> work) throws StoreException {
        return transaction("BEGIN", provider, regionId, work);
    }

    /**
     * A write: {@code BEGIN IMMEDIATE} takes SQLite's write lock first, so the checks and the change are one
     * step. Threads of this handle queue for it on a Java lock, which hands it on at once, where SQLite's busy
     * handler would poll with sleeps; other handles and processes wait in the busy handler.
     */
    @Override
    public <T> T write(Provider provider, String regionId, Work<T> work) throws StoreException {
        writeLock.lock();
        try {
            return transaction("BEGIN IMMEDIATE", provider, regionId, work);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T transaction(String begin, Provider provider, String regionId, Work<T> work) throws StoreException {
        Session session = borrow();
        boolean reusable = false;
        try {
            session.run(begin);
            T result;
            try {
                result = work.in(new Rows(session, provider, regionId));
            } catch (ApiErrorException refused) {
                session.run("ROLLBACK");
                reusable = true;
                throw refused;
            }
            session.run("COMMIT");
            reusable = true;
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            // A session that failed is closed, which rolls back whatever it had begun.
            release(session, reusable);
        }
    }

    /** Closes every connection; calls made afterwards fail with {@link StoreUnavailableException}. */
    @Override
    public void close() {
        closed = true;
        for (Session session = idle.poll(); session != null; session = idle.poll()) {
            session.close();
        }
    }

    @Override
    public String toString() {
        return "SqliteStorage[" + displayUri() + "]";
    }

    /** The rows of one region inside a transaction of one session. */
    private final class Rows implements RegionRows {
        private final Session session;
        private final Provider provider;
        private final String region;

        Rows(Session session, Provider provider, String region) {
            this.session = session;
            this.provider = provider;
            this.region = region;
        }

        @Override
        public int count() throws StoreUnavailableException {
            return sql(() -> single(bind(session.statement(
                    "SELECT count(*) FROM key_pair WHERE provider = ? AND region = ?"))));
        }

        @Override
        public boolean holdsName(String name) throws StoreUnavailableException {
            return sql(() -> id(name).isPresent());
        }

        @Override
        public Optional<String> nameHoldingKey(String publicKeyLine) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement holder = bind(session.statement(
                        "SELECT name FROM key_pair WHERE provider = ? AND region = ? AND public_key = ?"));
                holder.setString(3, publicKeyLine);
                try (ResultSet row = holder.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            });
        }

        @Override
        public Optional<StoredKeyPair> byName(String name) throws StoreUnavailableException {
            return sql(() -> one(BY_NAME, name));
        }

        @Override
        public Optional<StoredKeyPair> byKeyId(String keyId) throws StoreUnavailableException {
            return sql(() -> one(BY_KEY_ID, keyId));
        }

        @Override
        public List<StoredKeyPair> page(int offset, int limit) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement page = bind(session.statement(PAGE));
                page.setInt(3, limit);
                page.setInt(4, offset);
                return keyPairs(page);
            });
        }

        @Override
        public boolean keyIdInUse(String keyId) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement taken = session.statement("SELECT 1 FROM key_pair WHERE key_id = ?");
                taken.setString(1, keyId);
                try (ResultSet row = taken.executeQuery()) {
                    return row.next();
                }
            });
        }

        @Override
        public void insert(StoredKeyPair keyPair) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement insert = bind(session.statement("""
                        INSERT INTO key_pair (provider, region, name, public_key, fingerprint, key_id,
                                              resource_group_id, project_id, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"""));
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
                        "DELETE FROM key_pair WHERE provider = ? AND region = ? AND name = ?"));
                delete.setString(3, name);
                return delete.executeUpdate() > 0;
            });
        }

        @Override
        public void setTags(String name, Map<String, String> tags) throws StoreUnavailableException {
            sql(() -> {
                long id = id(name).orElseThrow();
                PreparedStatement clear = session.statement("DELETE FROM key_pair_tag WHERE key_pair_id = ?");
                clear.setLong(1, id);
                clear.executeUpdate();
                insertTags(id, tags);
                return null;
            });
        }

        @Override
        public void setResourceGroup(String name, String resourceGroupId) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement update = bind(session.statement(
                        "UPDATE key_pair SET resource_group_id = ? WHERE provider = ? AND region = ? AND name = ?"), 2);
                update.setString(1, resourceGroupId);
                update.setString(4, name);
                return update.executeUpdate();
            });
        }

        @Override
        public int callsInWindow(ApiCall call, long nowMs, long windowMs) throws StoreUnavailableException {
            return sql(() -> {
                PreparedStatement expire = session.statement(
                        "DELETE FROM call_window WHERE provider = ? AND call = ? AND (at_ms <= ? OR at_ms > ?)");
                expire.setString(1, provider.id());
                expire.setString(2, call.action());
                expire.setLong(3, nowMs - windowMs);
                expire.setLong(4, nowMs);
                expire.executeUpdate();
                PreparedStatement count = session.statement(
                        "SELECT count(*) FROM call_window WHERE provider = ? AND call = ?");
                count.setString(1, provider.id());
                count.setString(2, call.action());
                return single(count);
            });
        }

        @Override
        public void recordCall(ApiCall call, long atMs) throws StoreUnavailableException {
            sql(() -> {
                PreparedStatement take = session.statement(
                        "INSERT INTO call_window (provider, call, at_ms) VALUES (?, ?, ?)");
                take.setString(1, provider.id());
                take.setString(2, call.action());
                take.setLong(3, atMs);
                return take.executeUpdate();
            });
        }

        private Optional<Long> id(String name) throws SQLException {
            PreparedStatement find = bind(session.statement(
                    "SELECT id FROM key_pair WHERE provider = ? AND region = ? AND name = ?"));
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
                    "INSERT INTO key_pair_tag (key_pair_id, tag_key, tag_value) VALUES (?, ?, ?)");
            for (Map.Entry<String, String> each : tags.entrySet()) {
                tag.setLong(1, id);
                tag.setString(2, each.getKey());
                tag.setString(3, each.getValue());
                tag.executeUpdate();
            }
        }

        /** Sets provider and region as parameters 1 and 2. */
        private PreparedStatement bind(PreparedStatement statement) throws SQLException {
            return bind(statement, 1);
        }

        /** Sets provider and region as parameters {@code first} and the one after. */
        private PreparedStatement bind(PreparedStatement statement, int first) throws SQLException {
            statement.setString(first, provider.id());
            statement.setString(first + 1, region);
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
                    Map<String, String> tags = new HashMap<>(); // sorted by StoredKeyPair
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
                throw failure(e);
            }
        }
    }

    /** Statements of one row operation. */
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

    private void requireOpen() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store " + displayUri() + " is closed", null);
        }
    }

    private Session borrow() throws StoreUnavailableException {
        requireOpen();
        Session session = idle.pollFirst();
        return session != null ? session : connect();
    }

    private void release(Session session, boolean reusable) {
        if (!reusable || closed) {
            session.close();
            return;
        }
        idle.addFirst(session);
        if (closed && idle.remove(session)) {
            session.close();
        }
    }

    private Session connect() throws StoreUnavailableException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(options.busyTimeoutMs());
        Session session;
        try {
            session = new Session(config.createConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw failure(e);
        }
        try (Statement statement = session.connection().createStatement()) {
            if (!"wal".equalsIgnoreCase(switchToWal(statement))) {
                throw new StoreUnavailableException("the sqlite store " + file + " cannot use write-ahead logging,"
                        + " which it needs to survive crashes: put it on a local file system", null);
            }
            statement.execute("PRAGMA synchronous = " + (options.synchronousFull() ? "FULL" : "NORMAL"));
            statement.execute("PRAGMA foreign_keys = ON");
            return session;
        } catch (SQLException e) {
            session.close();
            throw failure(e);
        } catch (StoreUnavailableException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Puts the file in write-ahead logging, once for good, and returns the journal mode it is in. The switch of a
     * new file needs it alone: when several connections open a new store at once, SQLite answers the others
     * {@code SQLITE_BUSY} at once, without its busy handler, so they wait here instead, up to busyTimeoutMs.
     */
    private String switchToWal(Statement statement) throws SQLException, StoreUnavailableException {
        long deadline = System.nanoTime() + options.busyTimeoutMs() * 1_000_000L;
        for (long pauseMs = 1;; pauseMs = Math.min(2 * pauseMs, 50)) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
                return mode.next() ? mode.getString(1) : "";
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xFF) != SQLITE_BUSY || System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("opening the sqlite store " + file + " was interrupted", e);
            }
        }
    }

    /** A lock held past busyTimeoutMs may come free; anything else SQLite reports is final. */
    private StoreUnavailableException failure(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLITE_NOTADB) {
            return new StoreUnavailableException(file + " is not a keypairs store: it is not a SQLite database."
                    + " Give the path of a new file or of a keypairs store", e);
        }
        if (code == SQLITE_BUSY) {
            return new StoreUnavailableException("the sqlite store " + file + " stayed locked by another writer for"
                    + " longer than busyTimeoutMs=" + options.busyTimeoutMs() + "; try again, or raise busyTimeoutMs",
                    e, ErrorKind.TRANSIENT);
        }
        return new StoreUnavailableException("the sqlite store " + file + " failed: " + e.getMessage(), e);
    }
}
