package dev.keypairs.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One SQLite connection of the store, used by one thread at a time, with its prepared statements kept:
 * preparing costs as much as running the small statements of a call, so each is prepared once.
 */
final class Session implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Session(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared on first use; its parameters are set anew by each caller. */
    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Runs a statement that returns no rows, e.g. {@code BEGIN IMMEDIATE}. */
    void run(String sql) throws SQLException {
        statement(sql).execute();
    }

    /** The connection, for statements whose SQL varies from call to call and so is not kept. */
    Connection connection() {
        return connection;
    }

    /** Closes the connection; an open transaction is rolled back by SQLite. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is lost: the transaction, if any, was not committed, and SQLite rolls it back.
        }
    }
}
