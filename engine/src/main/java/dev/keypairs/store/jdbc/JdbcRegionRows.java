package dev.keypairs.store.jdbc;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.RegionRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one region inside a transaction of one session, in the tables every SQL storage has:
 * {@code key_pair}, {@code key_pair_tag} and {@code call_window}. The storage owns the transaction and decides
 * what a failure means.
 */
public final class JdbcRegionRows implements RegionRows {

    /** How a storage reports a statement's failure: as its own {@link StoreUnavailableException}, or by throwing. */
    @FunctionalInterface
    public interface Failures {
        StoreUnavailableException of(SQLException e);
    }

    /** The time the rate window is counted in: the storage's clock, given this machine's. */
    @FunctionalInterface
    public interface Clock {
        long nowMs(JdbcSession session, long localMs) throws SQLException;
    }

    /** What a storage does before it counts the rate window, which spans the provider's regions (a lock). */
    @FunctionalInterface
    public interface Step {
        void run(JdbcSession session, Provider provider, ApiCall call) throws SQLException;
    }

    private final JdbcSession session;
    private final Provider provider;
    private final String region;
    private final JdbcStatements statements;
    private final Failures failures;
    private final Step beforeRateWindow;
    private final Clock clock;

    /**
     * @param session the session whose transaction is open
     * @param provider the provider of the region
     * @param region the region
     * @param statements the storage's SQL for its tables
     * @param failures how the storage reports a failed statement
     * @param beforeRateWindow what the storage does before the rate window is counted
     * @param clock the time the rate window is counted in (one for all machines that share the storage)
     */
    public JdbcRegionRows(JdbcSession session, Provider provider, String region, JdbcStatements statements,
            Failures failures, Step beforeRateWindow, Clock clock) {
        this.session = session;
        this.provider = provider;
        this.region = region;
        this.statements = statements;
        this.failures = failures;
        this.beforeRateWindow = beforeRateWindow;
        this.clock = clock;
    }

    @Override
    public int count() throws StoreUnavailableException {
        return sql(() -> single(bind(session.statement(statements.countKeyPairs()))));
    }

    @Override
    public boolean holdsName(String name) throws StoreUnavailableException {
        return sql(() -> id(name).isPresent());
    }

    @Override
    public Optional<String> nameHoldingKey(String publicKeyLine) throws StoreUnavailableException {
        return sql(() -> {
            PreparedStatement holder = bind(session.statement(statements.nameHoldingKey()));
            holder.setString(3, publicKeyLine);
            try (ResultSet row = holder.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public Optional<StoredKeyPair> byName(String name) throws StoreUnavailableException {
        return sql(() -> one(statements.byName(), name));
    }

    @Override
    public Optional<StoredKeyPair> byKeyId(String keyId) throws StoreUnavailableException {
        return sql(() -> one(statements.byKeyId(), keyId));
    }

    @Override
    public List<StoredKeyPair> page(int offset, int limit) throws StoreUnavailableException {
        return sql(() -> {
            PreparedStatement page = bind(session.statement(statements.page()));
            page.setInt(3, limit);
            page.setInt(4, offset);
            return keyPairs(page);
        });
    }

    @Override
    public boolean keyIdInUse(String keyId) throws StoreUnavailableException {
        return sql(() -> {
            PreparedStatement taken = session.statement(statements.keyIdInUse());
            taken.setString(1, keyId);
            try (ResultSet row = taken.executeQuery()) {
                return row.next();
            }
        });
    }

    @Override
    public void insert(StoredKeyPair keyPair) throws StoreUnavailableException {
        sql(() -> {
            PreparedStatement insert = bind(session.statement(statements.insertKeyPair()));
            insert.setString(3, keyPair.name());
            insert.setString(4, keyPair.publicKey());
            insert.setString(5, keyPair.fingerprint());
            insert.setString(6, keyPair.keyId());
            insert.setString(7, keyPair.resourceGroupId());
            insert.setObject(8, keyPair.projectId());
            insert.setLong(9, keyPair.createdAt().toEpochMilli());
            insert.setString(10, keyPair.description());
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
            PreparedStatement delete = bind(session.statement(statements.deleteKeyPair()));
            delete.setString(3, name);
            return delete.executeUpdate() > 0;
        });
    }

    @Override
    public void setTags(String name, Map<String, String> tags) throws StoreUnavailableException {
        sql(() -> {
            long id = id(name).orElseThrow();
            PreparedStatement clear = session.statement(statements.clearTags());
            clear.setLong(1, id);
            clear.executeUpdate();
            insertTags(id, tags);
            return null;
        });
    }

    @Override
    public void setResourceGroup(String name, String resourceGroupId) throws StoreUnavailableException {
        update(statements.setResourceGroup(), resourceGroupId, name);
    }

    @Override
    public void rename(String name, String newName) throws StoreUnavailableException {
        update(statements.rename(), newName, name);
    }

    @Override
    public void setDescription(String name, String description) throws StoreUnavailableException {
        update(statements.setDescription(), description, name);
    }

    /** An update of one column of the key pair of this name: the new value, then provider, region and name. */
    private void update(String sql, String value, String name) throws StoreUnavailableException {
        sql(() -> {
            PreparedStatement update = session.statement(sql);
            update.setString(1, value);
            update.setString(2, provider.id());
            update.setString(3, region);
            update.setString(4, name);
            return update.executeUpdate();
        });
    }

    @Override
    public int callsInWindow(ApiCall call, long nowMs, long windowMs) throws StoreUnavailableException {
        return sql(() -> {
            beforeRateWindow.run(session, provider, call);
            long now = clock.nowMs(session, nowMs);
            PreparedStatement expire = session.statement(statements.expireCalls());
            expire.setString(1, provider.id());
            expire.setString(2, call.action());
            expire.setLong(3, now - windowMs);
            expire.setLong(4, now);
            expire.executeUpdate();
            PreparedStatement count = session.statement(statements.countCalls());
            count.setString(1, provider.id());
            count.setString(2, call.action());
            return single(count);
        });
    }

    @Override
    public void recordCall(ApiCall call, long atMs) throws StoreUnavailableException {
        sql(() -> {
            PreparedStatement take = session.statement(statements.recordCall());
            take.setString(1, provider.id());
            take.setString(2, call.action());
            take.setLong(3, clock.nowMs(session, atMs));
            return take.executeUpdate();
        });
    }

    private Optional<Long> id(String name) throws SQLException {
        PreparedStatement find = bind(session.statement(statements.keyPairId()));
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
        PreparedStatement tag = session.statement(statements.insertTag());
        for (Map.Entry<String, String> each : tags.entrySet()) {
            tag.setLong(1, id);
            tag.setString(2, each.getKey());
            tag.setString(3, each.getValue());
            tag.executeUpdate();
        }
    }

    /** Sets provider and region as parameters 1 and 2. */
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
                String description = rows.getString(9);
                Map<String, String> tags = new HashMap<>(); // sorted by StoredKeyPair
                do {
                    String tagKey = rows.getString(10);
                    if (tagKey != null) {
                        tags.put(tagKey, rows.getString(11));
                    }
                    more = rows.next();
                } while (more && rows.getLong(1) == id);
                // Emulated accounts hold no instances: no key pair of theirs is bound to one.
                keyPairs.add(new StoredKeyPair(provider, region, name, publicKey, fingerprint, keyId, tags,
                        resourceGroupId, projectId == null ? null : ((Number) projectId).longValue(), createdAt,
                        description, List.of()));
            }
        }
        return keyPairs;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) throws StoreUnavailableException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failures.of(e);
        }
    }

    private static int single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
