package dev.keypairs.store.postgresql;

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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
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
    private final JdbcPool pool;
    private final JdbcStatements statements;

    private PostgresStorage(StoreUri uri, PostgresLocation location, String schema) {
        this.uri = uri;
        this.location = location;
        this.schema = schema;
        this.pool = new JdbcPool(this::connect, uri.redacted());
        this.statements = JdbcStatements.forTables(PostgresSchema.quoted(schema) + ".", " COLLATE \"C\"");
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
        storage.pool.migrate(session -> PostgresSchema.migrate(session.connection(), options.schema()),
                storage::failure);
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
            JdbcSession session = pool.borrow();
            boolean reusable = false;
            boolean begun = false;
            try {
                Connection connection = session.connection();
                // Whatever the database's default: a write sees what the writer before it committed, a read is a
                // snapshot.
                session.run(write ? "SET TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE"
                        : "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
                begun = true;
                if (write) {
                    PostgresSchema.lock(connection, schema + "/" + provider.id() + "/" + regionId);
                }
                T result;
                try {
                    result = work.in(new JdbcRegionRows(session, provider, regionId, statements, this::rowFailure,
                            (locked, sameProvider, call) -> PostgresSchema.lock(locked.connection(),
                                    schema + "/rate/" + sameProvider.id() + "/" + call.action()),
                            PostgresStorage::serverTime));
                } catch (ApiErrorException refused) {
                    connection.rollback();
                    reusable = true;
                    throw refused;
                }
                connection.commit();
                reusable = true;
                return result;
            } catch (SQLException e) {
                if (!begun && lostConnection(e) && attempt == 1) {
                    // An idle connection the server dropped (a restart, a timeout): nothing ran, so try a new one.
                    continue;
                }
                if (conflict(e) && attempt < CONFLICT_ATTEMPTS) {
                    reusable = rollbackQuietly(session);
                    pause(attempt);
                    continue;
                }
                throw failure(e);
            } catch (ConflictException e) {
                if (attempt < CONFLICT_ATTEMPTS) {
                    reusable = rollbackQuietly(session);
                    pause(attempt);
                    continue;
                }
                throw failure(e.sql);
            } finally {
                pool.release(session, reusable);
            }
        }
    }

    /** The server's clock, in milliseconds: the rate window is one for every machine, whatever their clocks say. */
    private static long serverTime(JdbcSession session, long localMs) throws SQLException {
        try (ResultSet now = session.statement("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")
                .executeQuery()) {
            return now.next() ? now.getLong(1) : localMs;
        }
    }

    /** A short, jittered pause before a conflicting transaction is run again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean lostConnection(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01");
    }

    /** A failed statement inside the account's work: a conflict is carried out to be run again. */
    private StoreUnavailableException rowFailure(SQLException e) {
        if (conflict(e)) {
            throw new ConflictException(e);
        }
        return failure(e);
    }

    /** Serialization failures and deadlocks: PostgreSQL aborted the transaction, and running it again is right. */
    private static boolean conflict(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    /** Rolls back; false when that failed, and the session must not be used again. */
    private static boolean rollbackQuietly(JdbcSession session) {
        try {
            session.connection().rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * One transaction that first locks the account's tables exclusively: it waits for every transaction in flight
     * on them, reads included, wherever they run, and a call that comes after it finds them empty. A deadlock with a
     * writer that PostgreSQL breaks by aborting this transaction runs it again, as a write's conflict is, and so
     * does a connection the server dropped: emptying twice is emptying once.
     */
    @Override
    public void clear() throws StoreException {
        String tables = PostgresSchema.quoted(schema) + ".";
        for (int attempt = 1; ; attempt++) {
            JdbcSession session = pool.borrow();
            boolean reusable = false;
            try {
                session.run("SET TRANSACTION ISOLATION LEVEL READ COMMITTED READ WRITE");
                session.run("LOCK TABLE " + tables + "key_pair, " + tables + "key_pair_tag, " + tables
                        + "call_window IN ACCESS EXCLUSIVE MODE");
                session.run("DELETE FROM " + tables + "key_pair_tag");
                session.run("DELETE FROM " + tables + "key_pair");
                session.run("DELETE FROM " + tables + "call_window");
                session.connection().commit();
                reusable = true;
                return;
            } catch (SQLException e) {
                if ((conflict(e) || lostConnection(e)) && attempt < CONFLICT_ATTEMPTS) {
                    reusable = !lostConnection(e) && rollbackQuietly(session);
                    pause(attempt);
                    continue;
                }
                throw failure(e);
            } finally {
                pool.release(session, reusable);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
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

    // ---- connections ----

    private JdbcSession connect() throws StoreUnavailableException {
        try {
            // The driver by name, not through DriverManager's scan: inside Maven's class realm that scan does
            // not see the plugin's jars.
            Connection connection = new Driver().connect(location.jdbcUrl(), location.properties());
            if (connection == null) {
                throw new StoreUnavailableException("the PostgreSQL driver does not take " + location, null);
            }
            connection.setAutoCommit(false);
            return new JdbcSession(connection);
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
                    + location.user()) + ": check the user and password (the settings.xml server keypairs-store or the"
                    + " one keypairs.store.serverId names, the URI, or PGPASSFILE)", e);
        }
        if (state.equals("3D000")) {
            return new StoreUnavailableException("the PostgreSQL database " + location.database() + " does not exist"
                    + " on " + location.host() + ":" + location.port() + ": create it, or name another", e);
        }
        if (state.equals("55P03")) {
            return new StoreUnavailableException("the PostgreSQL store " + displayUri() + ": another writer held the"
                    + " region's lock past lock_timeout; try again", e, ErrorKind.TRANSIENT);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            // The connection failed or the server is going away: no answer, as StoreCalls counts them.
            return StoreUnavailableException.unanswered("the PostgreSQL store " + displayUri() + " could not be"
                    + " reached or answered: " + e.getMessage(), e, ErrorKind.TRANSIENT);
        }
        if (conflict(e)) {
            return new StoreUnavailableException("the PostgreSQL store " + displayUri() + " could not be reached or"
                    + " answered: " + e.getMessage(), e, ErrorKind.TRANSIENT);
        }
        return new StoreUnavailableException("the PostgreSQL store " + displayUri() + " failed: " + e.getMessage(), e);
    }
}
