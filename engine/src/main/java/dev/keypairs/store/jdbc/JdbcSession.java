package dev.keypairs.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection of a SQL storage, used by one thread at a time, with its prepared statements kept: preparing
 * costs as much as running the small statements of a call, so each is prepared once.
 */
public final class JdbcSession implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public JdbcSession(Connection connection) {
        this.connection = connection;
    }

    /** The statement for this SQL, prepared on first use; its parameters are set anew by each caller. */
    public PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Runs a statement that returns no rows. */
    public void run(String sql) throws SQLException {
        statement(sql).execute();
    }

    /** The connection, for statements whose SQL varies from call to call and so is not kept. */
    public Connection connection() {
        return connection;
    }

    /** Closes the connection; an open transaction is rolled back by the server. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is lost: an uncommitted transaction is rolled back by the server.
        }
    }
}
