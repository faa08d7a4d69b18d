package dev.keypairs.store.sqlite;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.provider.ValidationResult;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The embedded store: one SQLite file ({@code sqlite:PATH}) that behaves as the providers document their
 * key pair APIs (SPEC §3, §8). Every request is checked by the provider's rules
 * ({@link ProviderRules}); what depends on the stored key pairs (uniqueness, Tencent's duplicate public key,
 * quotas, Tencent's request rate) is checked in the same SQLite transaction as the change, begun with
 * {@code BEGIN IMMEDIATE}, so the rules hold when several threads or processes write the same region. A
 * refused request changes nothing.
 *
 * <p>The file is in WAL mode: an acknowledged call survives the process being killed, and with
 * {@code synchronous=full} a power loss too. Writers that meet each other wait (SQLite's busy timeout)
 * rather than fail. Only public keys are stored; CreateKeyPair's private key is returned once and never
 * written. Safe for use from many threads: each thread borrows a connection of its own from a small pool.
 */
public final class SqliteKeyPairStore implements KeyPairStore {

    private static final String KEY_ID_PREFIX = "skey-";
    private static final String KEY_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int KEY_ID_LENGTH = 8;
    private static final long RATE_WINDOW_MS = 1_000;
    /** SQLite's primary result codes (the low byte of an extended code). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_NOTADB = 26;

    private static final String PAGE = """
            SELECT k.name, k.public_key, k.fingerprint, k.key_id, k.resource_group_id, k.project_id, k.created_at,
                   t.tag_key, t.tag_value
            FROM (SELECT id, name, public_key, fingerprint, key_id, resource_group_id, project_id, created_at
                  FROM key_pair WHERE provider = ? AND region = ?%s ORDER BY name LIMIT ? OFFSET ?) AS k
            LEFT JOIN key_pair_tag AS t ON t.key_pair_id = k.id
            ORDER BY k.name, t.tag_key""";

    private final StoreUri uri;
    private final Path file;
    private final SqliteStoreOptions options;
    private final AlibabaRules alibaba = (AlibabaRules) ProviderRules.of(Provider.ALIBABA);
    private final TencentRules tencent = (TencentRules) ProviderRules.of(Provider.TENCENT);
    private final SecureRandom random = new SecureRandom();
    /** Connections not in use; a thread that finds none opens another, so there are as many as threads at once. */
    private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private SqliteKeyPairStore(StoreUri uri, Path file, SqliteStoreOptions options) {
        this.uri = uri;
        this.file = file;
        this.options = options;
    }

    /**
     * Opens the store a {@code sqlite:PATH} URI names, creating the file and its parent directories when they
     * do not exist, and bringing its schema up to date. A relative path is resolved against the working
     * directory, a leading {@code ~/} against the user's home directory.
     *
     * @throws StoreUnavailableException for an unknown option or bad value, a path that cannot be a file, a
     *     file that is not a keypairs store, or one written by a newer keypairs; the message says which
     */
    public static SqliteKeyPairStore open(StoreUri uri) throws StoreUnavailableException {
        if (!uri.scheme().equals(SqliteKeyPairStoreFactory.SCHEME)) {
            throw new IllegalArgumentException("not a sqlite: URI: " + uri.redacted());
        }
        SqliteStoreOptions options = SqliteStoreOptions.parse(uri.options());
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
        SqliteKeyPairStore store = new SqliteKeyPairStore(uri, file, options);
        Session first = store.connect();
        try {
            Schema.migrate(first, file);
        } catch (SQLException e) {
            first.close();
            throw store.failure(e);
        } catch (StoreUnavailableException e) {
            first.close();
            throw e;
        }
        store.idle.push(first);
        return store;
    }

    /** The options the store was opened with. */
    public SqliteStoreOptions options() {
        return options;
    }

    @Override
    public String displayUri() {
        return uri.redacted();
    }

    @Override
    public int quota(Provider provider, String regionId) throws StoreException {
        requireOpen();
        refuse(rules(provider).checkRegion(regionId), newRequestId());
        return quotaOf(provider);
    }

    @Override
    public ImportKeyPairResponse importKeyPair(KeyPairRequest request) throws StoreException {
        if (request instanceof AlibabaKeyPairRequest alibabaRequest && alibabaRequest.create()) {
            throw new IllegalArgumentException("a CreateKeyPair request given to importKeyPair: call createKeyPair");
        }
        String requestId = newRequestId();
        PublicKey key = validate(request, requestId).orElseThrow();
        if (request instanceof TencentKeyPairRequest tencentRequest) {
            String keyId = write(session -> {
                if (options.rateLimit()) {
                    takeImportSlot(session, requestId);
                }
                String newKeyId = newKeyId(session);
                insert(session, new NewKeyPair(Provider.TENCENT, tencentRequest.regionId(), tencentRequest.name(), key,
                        newKeyId, null, tencentRequest.projectId(), List.of()), requestId);
                return newKeyId;
            });
            return new ImportKeyPairResponse(requestId, tencentRequest.name(), null, keyId);
        }
        AlibabaKeyPairRequest alibabaRequest = (AlibabaKeyPairRequest) request;
        write(session -> insert(session, new NewKeyPair(Provider.ALIBABA, alibabaRequest.regionId(),
                alibabaRequest.name(), key, null, alibabaRequest.resourceGroupId(), null, alibabaRequest.tags()),
                requestId));
        return new ImportKeyPairResponse(requestId, alibabaRequest.name(), key.fingerprints().md5(), null);
    }

    @Override
    public CreateKeyPairResponse createKeyPair(AlibabaKeyPairRequest request) throws StoreException {
        if (!request.create()) {
            throw new IllegalArgumentException("an ImportKeyPair request given to createKeyPair: call importKeyPair");
        }
        String requestId = newRequestId();
        validate(request, requestId);
        requireOpen();
        // Generated before the transaction: it takes a while, and no other writer should wait for it.
        RsaKeyPair generated = RsaKeyPair.generate(random);
        try {
            write(session -> insert(session, new NewKeyPair(Provider.ALIBABA, request.regionId(), request.name(),
                    generated.publicKey(), null, request.resourceGroupId(), null, request.tags()), requestId));
        } catch (StoreException e) {
            generated.privateKey().erase();
            throw e;
        }
        return new CreateKeyPairResponse(requestId, request.name(), generated.publicKey().fingerprints().md5(),
                generated.privateKey());
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) throws StoreException {
        String requestId = newRequestId();
        ProviderRules rules = rules(request.provider());
        refuse(rules.checkRegion(request.regionId()), requestId);
        refuse(rules.checkDescribePage(request.pageNumber(), request.pageSize()), requestId);
        List<String> names = request.keyPairNames();
        // Statements are kept per SQL text, so one per number of names filtered on: few in practice.
        String filter = names.isEmpty() ? ""
                : " AND name IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        return read(session -> {
            PreparedStatement count = session.statement(
                    "SELECT count(*) FROM key_pair WHERE provider = ? AND region = ?" + filter);
            bindRegion(count, request.provider(), request.regionId(), names);
            int total = single(count);
            PreparedStatement page = session.statement(PAGE.replace("%s", filter));
            int parameter = bindRegion(page, request.provider(), request.regionId(), names);
            page.setInt(parameter, request.pageSize());
            page.setLong(parameter + 1, (request.pageNumber() - 1L) * request.pageSize());
            return new DescribeKeyPairsResponse(requestId, readPage(page, request), total, request.pageNumber(),
                    request.pageSize());
        });
    }

    @Override
    public DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) throws StoreException {
        String requestId = newRequestId();
        ProviderRules rules = rules(request.provider());
        refuse(rules.checkRegion(request.regionId()), requestId);
        refuse(rules.checkDeleteBatch(request.keyPairIds()), requestId);
        // Alibaba deletes by name, Tencent by KeyId; either way an id the region lacks is passed over.
        String column = request.provider() == Provider.TENCENT ? "key_id" : "name";
        List<String> deleted = write(session -> {
            PreparedStatement delete = session.statement(
                    "DELETE FROM key_pair WHERE provider = ? AND region = ? AND " + column + " = ?");
            List<String> gone = new ArrayList<>();
            for (String id : new LinkedHashSet<>(request.keyPairIds())) {
                delete.setString(1, request.provider().id());
                delete.setString(2, request.regionId());
                delete.setString(3, id);
                if (delete.executeUpdate() > 0) {
                    gone.add(id);
                }
            }
            return gone;
        });
        return new DeleteKeyPairsResponse(requestId, deleted);
    }

    @Override
    public Acknowledgement tagResources(TagResourcesRequest request) throws StoreException {
        String requestId = newRequestId();
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        requireGiven(!request.keyPairNames().isEmpty(), "ResourceId.N", requestId);
        requireGiven(!request.tags().isEmpty(), "Tag.N", requestId);
        refuse(alibaba.checkTags(request.tags()).stream().findFirst(), requestId);
        write(session -> {
            PreparedStatement upsert = session.statement("""
                    INSERT INTO key_pair_tag (key_pair_id, tag_key, tag_value) VALUES (?, ?, ?)
                    ON CONFLICT (key_pair_id, tag_key) DO UPDATE SET tag_value = excluded.tag_value""");
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                long id = existingAlibabaKeyPair(session, request.regionId(), name, requestId);
                for (Tag tag : request.tags()) {
                    upsert.setLong(1, id);
                    upsert.setString(2, tag.key());
                    upsert.setString(3, tag.value());
                    upsert.executeUpdate();
                }
                // The tags the key pair now holds obey the same rules, the count of 20 among them.
                refuse(alibaba.checkTags(tagsOf(session, id)).stream().findFirst(), requestId);
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    @Override
    public Acknowledgement untagResources(UntagResourcesRequest request) throws StoreException {
        String requestId = newRequestId();
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        requireGiven(!request.keyPairNames().isEmpty(), "ResourceId.N", requestId);
        requireGiven(!request.tagKeys().isEmpty(), "TagKey.N", requestId);
        write(session -> {
            PreparedStatement delete = session.statement(
                    "DELETE FROM key_pair_tag WHERE key_pair_id = ? AND tag_key = ?");
            for (String name : new LinkedHashSet<>(request.keyPairNames())) {
                long id = existingAlibabaKeyPair(session, request.regionId(), name, requestId);
                for (String tagKey : request.tagKeys()) {
                    delete.setLong(1, id);
                    delete.setString(2, tagKey);
                    delete.executeUpdate();
                }
            }
            return null;
        });
        return new Acknowledgement(requestId);
    }

    @Override
    public Acknowledgement joinResourceGroup(JoinResourceGroupRequest request) throws StoreException {
        String requestId = newRequestId();
        refuse(alibaba.checkRegion(request.regionId()), requestId);
        requireGiven(request.keyPairName() != null, "ResourceId", requestId);
        requireGiven(request.resourceGroupId() != null, "ResourceGroupId", requestId);
        refuse(alibaba.checkResourceGroupId(request.resourceGroupId()), requestId);
        write(session -> {
            long id = existingAlibabaKeyPair(session, request.regionId(), request.keyPairName(), requestId);
            PreparedStatement update = session.statement("UPDATE key_pair SET resource_group_id = ? WHERE id = ?");
            update.setString(1, request.resourceGroupId());
            update.setLong(2, id);
            update.executeUpdate();
            return null;
        });
        return new Acknowledgement(requestId);
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
        return "SqliteKeyPairStore[" + displayUri() + "]";
    }

    // ---- the checks that need the stored key pairs, inside the write transaction ----

    /** A key pair to insert, its request already valid. */
    private record NewKeyPair(Provider provider, String region, String name, PublicKey key, String keyId,
            String resourceGroupId, Long projectId, List<Tag> tags) {
    }

    /**
     * Inserts a key pair after the checks that depend on what the region holds, in the order the provider
     * would meet them: the name, Tencent's public key, the quota.
     */
    private Void insert(Session session, NewKeyPair pair, String requestId) throws SQLException, ApiErrorException {
        ProviderRules rules = rules(pair.provider());
        if (keyPairId(session, pair.provider(), pair.region(), pair.name()).isPresent()) {
            throw new ApiErrorException(rules.nameTaken(pair.region(), pair.name()), requestId);
        }
        String publicKey = pair.key().toOpenSshLine();
        if (pair.provider() == Provider.TENCENT) {
            PreparedStatement holder = session.statement(
                    "SELECT name FROM key_pair WHERE provider = 'tencent' AND region = ? AND public_key = ?");
            holder.setString(1, pair.region());
            holder.setString(2, publicKey);
            try (ResultSet row = holder.executeQuery()) {
                if (row.next()) {
                    throw new ApiErrorException(tencent.publicKeyTaken(pair.region(), row.getString(1)), requestId);
                }
            }
        }
        int quota = quotaOf(pair.provider());
        PreparedStatement count = session.statement("SELECT count(*) FROM key_pair WHERE provider = ? AND region = ?");
        count.setString(1, pair.provider().id());
        count.setString(2, pair.region());
        if (single(count) >= quota) {
            throw new ApiErrorException(rules.quotaExceeded(pair.region(), quota), requestId);
        }
        PreparedStatement insert = session.statement("""
                INSERT INTO key_pair (provider, region, name, public_key, fingerprint, key_id, resource_group_id,
                                      project_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""");
        insert.setString(1, pair.provider().id());
        insert.setString(2, pair.region());
        insert.setString(3, pair.name());
        insert.setString(4, publicKey);
        insert.setString(5, pair.key().fingerprints().md5());
        insert.setString(6, pair.keyId());
        insert.setString(7, pair.resourceGroupId());
        insert.setObject(8, pair.projectId());
        insert.setLong(9, System.currentTimeMillis());
        long id;
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            id = row.getLong(1);
        }
        PreparedStatement tag = session.statement(
                "INSERT INTO key_pair_tag (key_pair_id, tag_key, tag_value) VALUES (?, ?, ?)");
        for (Tag each : pair.tags()) {
            tag.setLong(1, id);
            tag.setString(2, each.key());
            tag.setString(3, each.value());
            tag.executeUpdate();
        }
        return null;
    }

    /**
     * Takes one of Tencent ImportKeyPair's 10 calls a second, counted over the last second by every process
     * that uses the file. The slot is taken in the call's own transaction, so a call that is refused for any
     * reason leaves the count as it was.
     */
    private void takeImportSlot(Session session, String requestId) throws SQLException, ApiErrorException {
        long now = System.currentTimeMillis();
        PreparedStatement expire = session.statement(
                "DELETE FROM import_request WHERE provider = 'tencent' AND (at_ms <= ? OR at_ms > ?)");
        expire.setLong(1, now - RATE_WINDOW_MS);
        // A time ahead of now can only come from a clock set back; dropping it keeps the limit from sticking.
        expire.setLong(2, now);
        expire.executeUpdate();
        if (single(session.statement("SELECT count(*) FROM import_request WHERE provider = 'tencent'"))
                >= tencent.importRequestsPerSecond().orElseThrow()) {
            throw new ApiErrorException(tencent.requestLimitExceeded(), requestId);
        }
        PreparedStatement take = session.statement("INSERT INTO import_request (provider, at_ms) VALUES ('tencent', ?)");
        take.setLong(1, now);
        take.executeUpdate();
    }

    /** {@code skey-} and 8 characters of {@code [a-z0-9]} from a SecureRandom, unused in the whole store. */
    private String newKeyId(Session session) throws SQLException {
        PreparedStatement taken = session.statement("SELECT 1 FROM key_pair WHERE key_id = ?");
        while (true) {
            StringBuilder keyId = new StringBuilder(KEY_ID_PREFIX);
            for (int i = 0; i < KEY_ID_LENGTH; i++) {
                keyId.append(KEY_ID_ALPHABET.charAt(random.nextInt(KEY_ID_ALPHABET.length())));
            }
            taken.setString(1, keyId.toString());
            try (ResultSet row = taken.executeQuery()) {
                if (!row.next()) {
                    return keyId.toString();
                }
            }
        }
    }

    private long existingAlibabaKeyPair(Session session, String region, String name, String requestId)
            throws SQLException, ApiErrorException {
        Optional<Long> id = keyPairId(session, Provider.ALIBABA, region, name);
        if (id.isEmpty()) {
            throw new ApiErrorException(alibaba.resourceNotFound(region, name), requestId);
        }
        return id.get();
    }

    private static Optional<Long> keyPairId(Session session, Provider provider, String region, String name)
            throws SQLException {
        PreparedStatement find = session.statement(
                "SELECT id FROM key_pair WHERE provider = ? AND region = ? AND name = ?");
        find.setString(1, provider.id());
        find.setString(2, region);
        find.setString(3, name);
        try (ResultSet row = find.executeQuery()) {
            return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
        }
    }

    private static List<Tag> tagsOf(Session session, long keyPairId) throws SQLException {
        PreparedStatement select = session.statement(
                "SELECT tag_key, tag_value FROM key_pair_tag WHERE key_pair_id = ? ORDER BY tag_key");
        select.setLong(1, keyPairId);
        List<Tag> tags = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tags.add(new Tag(rows.getString(1), rows.getString(2)));
            }
        }
        return tags;
    }

    /** Sets provider, region and the names filter; returns the index of the next parameter. */
    private static int bindRegion(PreparedStatement statement, Provider provider, String region, List<String> names)
            throws SQLException {
        statement.setString(1, provider.id());
        statement.setString(2, region);
        int parameter = 3;
        for (String name : names) {
            statement.setString(parameter++, name);
        }
        return parameter;
    }

    /** The page's rows, one per key pair and tag, folded into key pairs with their tags. */
    private static List<StoredKeyPair> readPage(PreparedStatement page, DescribeKeyPairsRequest request)
            throws SQLException {
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        try (ResultSet rows = page.executeQuery()) {
            boolean more = rows.next();
            while (more) {
                String name = rows.getString(1);
                String publicKey = rows.getString(2);
                String fingerprint = rows.getString(3);
                String keyId = rows.getString(4);
                String resourceGroupId = rows.getString(5);
                Object projectId = rows.getObject(6);
                Instant createdAt = Instant.ofEpochMilli(rows.getLong(7));
                Map<String, String> tags = new HashMap<>(); // sorted by StoredKeyPair
                do {
                    String tagKey = rows.getString(8);
                    if (tagKey != null) {
                        tags.put(tagKey, rows.getString(9));
                    }
                    more = rows.next();
                } while (more && rows.getString(1).equals(name));
                keyPairs.add(new StoredKeyPair(request.provider(), request.regionId(), name, publicKey, fingerprint,
                        keyId, tags, resourceGroupId, projectId == null ? null : ((Number) projectId).longValue(),
                        createdAt));
            }
        }
        return keyPairs;
    }

    private static int single(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    // ---- validation through the provider rules ----

    private ProviderRules rules(Provider provider) {
        return switch (provider) {
            case ALIBABA -> alibaba;
            case TENCENT -> tencent;
        };
    }

    private int quotaOf(Provider provider) {
        return provider == Provider.TENCENT ? options.tencentQuota() : alibaba.defaultQuota();
    }

    /** The request's public key, or the first error the rules find (an API answers one error). */
    private Optional<PublicKey> validate(KeyPairRequest request, String requestId) throws ApiErrorException {
        ValidationResult result = rules(request.provider()).validate(request);
        if (!result.isValid()) {
            throw new ApiErrorException(result.errors().get(0), requestId);
        }
        return result.publicKey();
    }

    private static void refuse(Optional<ApiError> error, String requestId) throws ApiErrorException {
        if (error.isPresent()) {
            throw new ApiErrorException(error.get(), requestId);
        }
    }

    private void requireGiven(boolean given, String parameter, String requestId) throws ApiErrorException {
        if (!given) {
            throw new ApiErrorException(alibaba.missingParameter(parameter), requestId);
        }
    }

    /** A fresh RequestId, in the providers' form: an upper-case UUID. */
    private static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    // ---- connections and transactions ----

    /** Work done inside one transaction; an {@link ApiErrorException} rolls it back. */
    @FunctionalInterface
    private interface Work<T> {
        T in(Session session) throws SQLException, ApiErrorException;
    }

    /**
     * A write: {@code BEGIN IMMEDIATE} takes SQLite's write lock first, so the checks and the change are one
     * step. Threads of this handle queue for it on a Java lock, which hands it on at once, where SQLite's busy
     * handler would poll with sleeps; other handles and processes wait in the busy handler.
     */
    private <T> T write(Work<T> work) throws StoreException {
        writeLock.lock();
        try {
            return transaction("BEGIN IMMEDIATE", work);
        } finally {
            writeLock.unlock();
        }
    }

    /** A read: one snapshot, so the count and the page agree. */
    private <T> T read(Work<T> work) throws StoreException {
        return transaction("BEGIN", work);
    }

    private <T> T transaction(String begin, Work<T> work) throws StoreException {
        Session session = borrow();
        boolean reusable = false;
        try {
            session.run(begin);
            T result;
            try {
                result = work.in(session);
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

    private StoreUnavailableException failure(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLITE_NOTADB) {
            return new StoreUnavailableException(file + " is not a keypairs store: it is not a SQLite database."
                    + " Give the path of a new file or of a keypairs store", e);
        }
        if (code == SQLITE_BUSY) {
            return new StoreUnavailableException("the sqlite store " + file + " stayed locked by another writer for"
                    + " longer than busyTimeoutMs=" + options.busyTimeoutMs() + "; try again, or raise busyTimeoutMs", e);
        }
        return new StoreUnavailableException("the sqlite store " + file + " failed: " + e.getMessage(), e);
    }
}
