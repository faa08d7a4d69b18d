package dev.keypairs.store.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** One PostgreSQL connection of the store, used by one thread at a time, with its prepared statements kept. */
final class PgSession implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    PgSession(Connection connection) {
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

    /** Runs a statement that returns no rows. */
    void run(String sql) throws SQLException {
        statement(sql).execute();
    }

    /** The connection (auto-commit off: every call is one transaction). */
    Connection connection() {
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
