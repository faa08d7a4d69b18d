package dev.keypairs.store.sqlite;

import dev.keypairs.project.UserHome;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.account.Storage;
import dev.keypairs.store.jdbc.JdbcPool;
import dev.keypairs.store.jdbc.JdbcRegionRows;
import dev.keypairs.store.jdbc.JdbcSession;
import dev.keypairs.store.jdbc.JdbcStatements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    private final StoreUri uri;
    private final Path file;
    private final SqliteStoreOptions options;
    private final JdbcPool pool;
    private final JdbcStatements statements = JdbcStatements.forTables("", "");
    private final ReentrantLock writeLock = new ReentrantLock();

    private SqliteStorage(StoreUri uri, Path file, SqliteStoreOptions options) {
        this.uri = uri;
        this.file = file;
        this.options = options;
        this.pool = new JdbcPool(this::connect, uri.redacted());
    }

    /**
     * Opens the storage a {@code sqlite:PATH} URI names, creating the file and its parent directories when they
     * do not exist, and bringing its schema up to date. A relative path is resolved against the working
     * directory; a leading {@code ~} is the user's home directory ({@link UserHome}).
     *
     * @param uri the store URI, for its path and to display
     * @param options the storage's options, read from the URI by the factory
     * @throws StoreUnavailableException for a path that cannot be a file, a file that is not a keypairs store, or
     *     one written by a newer keypairs; the message says which
     */
    public static SqliteStorage open(StoreUri uri, SqliteStoreOptions options) throws StoreUnavailableException {
        // A -Dkeypairs.store=sqlite:~/... value reaches us unexpanded by a shell.
        Path file;
        try {
            file = Path.of(UserHome.expand(uri.location())).toAbsolutePath().normalize();
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
        NativeLibrary.load(Path.of(System.getProperty("user.home"), ".keypairs", "native"));
        SqliteStorage storage = new SqliteStorage(uri, file, options);
        storage.pool.migrate(session -> Schema.migrate(session, file), storage::failure);
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
        JdbcSession session = pool.borrow();
        boolean reusable = false;
        try {
            session.run(begin);
            T result;
            try {
                // One writer at a time holds the whole file: the rate window needs no lock of its own.
                result = work.in(new JdbcRegionRows(session, provider, regionId, statements, this::failure,
                        (unlocked, sameProvider, call) -> { }, (local, localMs) -> localMs));
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
            pool.release(session, reusable);
        }
    }

    /**
     * One {@code BEGIN IMMEDIATE} transaction, as a write: it waits for the writer in flight, of this process or
     * another; a read in flight keeps its snapshot.
     */
    @Override
    public void clear() throws StoreException {
        writeLock.lock();
        JdbcSession session = null;
        boolean reusable = false;
        try {
            session = pool.borrow();
            session.run("BEGIN IMMEDIATE");
            session.run("DELETE FROM key_pair_tag");
            session.run("DELETE FROM key_pair");
            session.run("DELETE FROM call_window");
            session.run("COMMIT");
            reusable = true;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            if (session != null) {
                pool.release(session, reusable);
            }
            writeLock.unlock();
        }
    }

    /** Closes every connection; calls made afterwards fail with {@link StoreUnavailableException}. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "SqliteStorage[" + displayUri() + "]";
    }

    // ---- connections ----

    private JdbcSession connect() throws StoreUnavailableException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(options.busyTimeoutMs());
        JdbcSession session;
        try {
            session = new JdbcSession(config.createConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw failure(e);
        }
        try (Statement statement = session.connection().createStatement()) {
            Schema.refuseAnotherProgramsDatabase(statement, file);
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
