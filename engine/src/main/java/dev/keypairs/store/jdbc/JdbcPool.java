package dev.keypairs.store.jdbc;

import dev.keypairs.store.StoreUnavailableException;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * The sessions of a SQL storage not in use: a thread that finds none opens another, so there are as many as
 * threads at once, and a session that failed is closed rather than handed on.
 */
public final class JdbcPool implements AutoCloseable {

    /** Opens a new session. */
    @FunctionalInterface
    public interface Connector {
        JdbcSession connect() throws StoreUnavailableException;
    }

    /** What a storage runs on its first session, before any call: creating its schema or bringing it up to date. */
    @FunctionalInterface
    public interface Migration {
        void migrate(JdbcSession session) throws SQLException, StoreUnavailableException;
    }

    private final Deque<JdbcSession> idle = new ConcurrentLinkedDeque<>();
    private final Connector connector;
    private final String displayUri;
    private volatile boolean closed;

    /**
     * @param connector opens a session when none is idle
     * @param displayUri the store's redacted URI, for the message of a call after {@link #close()}
     */
    public JdbcPool(Connector connector, String displayUri) {
        this.connector = connector;
        this.displayUri = displayUri;
    }

    /** An idle session, or a new one. */
    public JdbcSession borrow() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store " + displayUri + " is closed", null);
        }
        JdbcSession session = idle.pollFirst();
        return session != null ? session : connector.connect();
    }

    /**
     * Opens the first session, migrates the schema on it and keeps it for the calls; when the migration fails, the
     * session is closed and the failure thrown.
     *
     * @param failure the storage's own reading of a SQL failure, in words that never hold a password
     */
    public void migrate(Migration migration, Function<SQLException, StoreUnavailableException> failure)
            throws StoreUnavailableException {
        JdbcSession first = borrow();
        try {
            migration.migrate(first);
        } catch (SQLException e) {
            first.close();
            throw failure.apply(e);
        } catch (StoreUnavailableException e) {
            first.close();
            throw e;
        }
        release(first, true);
    }

    /** Hands a session back: kept for the next call when it is {@code reusable}, else closed (rolling back). */
    public void release(JdbcSession session, boolean reusable) {
        if (!reusable || closed) {
            session.close();
            return;
        }
        idle.addFirst(session);
        if (closed && idle.remove(session)) {
            session.close();
        }
    }

    /** Closes every idle session; calls after it fail with {@link StoreUnavailableException}. */
    @Override
    public void close() {
        closed = true;
        for (JdbcSession session = idle.poll(); session != null; session = idle.poll()) {
            session.close();
        }
    }
}
