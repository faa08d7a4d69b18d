package dev.keypairs.store.jdbc;

import dev.keypairs.store.StoreUnavailableException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

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
