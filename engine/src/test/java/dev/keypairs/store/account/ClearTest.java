package dev.keypairs.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.memory.MemoryStorage;
import dev.keypairs.store.postgresql.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.Driver;

/**
 * {@link KeyPairStore#clear()} on the three storages of the account model (the emulator's reset): every region of
 * both providers emptied with their tags and rate window, the account serving on as a new one, every handle on it
 * seeing it empty, and a write in flight (another process's) committed before the clear, never after it.
 */
class ClearTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub");

    /** The three storages, each with a way to hold a write in flight as another writer would. */
    enum Kind { MEMORY, SQLITE, POSTGRESQL }

    @TempDir
    Path directory;
    private final List<AutoCloseable> opened = new ArrayList<>();
    /** Threads of their own: the common pool may have one, and the clear must not queue behind the writer. */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        for (AutoCloseable handle : opened) {
            handle.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyRegionOfBothProvidersIsEmptiedAndTheAccountServesOnAsANewOne(Kind kind) throws Exception {
        String uri = newUri(kind, "?rateLimit=off");
        KeyPairStore store = open(uri);
        KeyPairStore other = open(uri);
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA,
                List.of(new Tag("team", "web")), "rg-aek2abc"));
        store.createKeyPair(AlibabaKeyPairRequest.creating("cn-shanghai", "made", List.of(), null));
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "deploy_key", RSA, 0L,
                List.of(new Tag("team", "web"))));
        store.createKeyPair(TencentKeyPairRequest.creating("ap-beijing", "made_key", 0L));

        store.clear();

        for (String region : List.of("cn-hangzhou", "cn-shanghai")) {
            assertEquals(List.of(), names(other, Provider.ALIBABA, region), "another handle sees it empty: " + region);
        }
        for (String region : List.of("ap-guangzhou", "ap-beijing")) {
            assertEquals(List.of(), names(other, Provider.TENCENT, region), "another handle sees it empty: " + region);
        }
        // The same names, and Tencent's same public key, are taken again; no tag of the old rows comes back.
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "deploy", RSA, List.of(), null));
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "deploy_key", RSA, 0L));
        StoredKeyPair alibaba = describe(store, Provider.ALIBABA, "cn-hangzhou").get(0);
        assertEquals(Map.of(), alibaba.tags());
        assertEquals(null, alibaba.resourceGroupId());
        assertEquals(Map.of(), describe(store, Provider.TENCENT, "ap-guangzhou").get(0).tags());
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"SQLITE", "POSTGRESQL"})
    void theRateWindowIsEmptiedToo(Kind kind) throws Exception {
        String uri = newUri(kind, "");
        KeyPairStore store = open(uri);
        store.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "k1", RSA, 0L));
        assertEquals(1, callWindowRows(kind, uri));
        store.clear();
        assertEquals(0, callWindowRows(kind, uri));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aWriteInFlightCommitsFirstAndIsEmptiedWithTheRest(Kind kind) throws Exception {
        String uri = newUri(kind, "?rateLimit=off");
        KeyPairStore store = open(uri);
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "before", RSA, List.of(), null));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = writeInFlight(kind, uri, release);

        CompletableFuture<Void> clearing = CompletableFuture.runAsync(() -> {
            try {
                store.clear();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        assertThrows(TimeoutException.class, () -> clearing.get(500, TimeUnit.MILLISECONDS),
                "the clear waits for the write in flight");
        release.countDown();
        writer.get(30, TimeUnit.SECONDS);
        clearing.get(30, TimeUnit.SECONDS);

        assertEquals(List.of(), names(store, Provider.ALIBABA, "cn-hangzhou"),
                "the write in flight committed before the clear, which emptied it with the rest");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aClosedStoreRefusesToClear(Kind kind) throws Exception {
        KeyPairStore store = KeyPairStores.open(newUri(kind, ""));
        store.close();
        assertThrows(StoreUnavailableException.class, store::clear);
    }

    // ---- the storages ----

    private String newUri(Kind kind, String options) throws Exception {
        String name = "clear_" + UUID.randomUUID().toString().replace("-", "");
        if (kind == Kind.MEMORY) {
            return "memory:" + name + options;
        }
        if (kind == Kind.SQLITE) {
            return "sqlite:" + directory.resolve(name + ".db") + options;
        }
        return PostgresServer.shared().uri() + "?schema=" + name
                + (options.isEmpty() ? "" : "&" + options.substring(1));
    }

    private KeyPairStore open(String uri) throws Exception {
        KeyPairStore store = KeyPairStores.open(uri);
        opened.add(store);
        return store;
    }

    /**
     * A write that inserts a key pair and then waits for the release before it commits: a handle of its own on the
     * memory account; a connection of its own, as another process's, on SQLite and PostgreSQL.
     */
    private CompletableFuture<Void> writeInFlight(Kind kind, String uri, CountDownLatch release) throws Exception {
        CountDownLatch inserted = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                if (kind == Kind.MEMORY) {
                    MemoryStorage handle = MemoryStorage.open(uri.substring("memory:".length(), uri.indexOf('?')), uri);
                    try {
                        handle.write(Provider.ALIBABA, "cn-hangzhou", rows -> {
                            rows.insert(new StoredKeyPair(Provider.ALIBABA, "cn-hangzhou", "in-flight",
                                    Fixtures.key("rsa-2048.pub").toOpenSshLine(), "00", null, null, null, null,
                                    Instant.now()));
                            inserted.countDown();
                            await(release);
                            return null;
                        });
                    } finally {
                        handle.close();
                    }
                    return;
                }
                try (Connection connection = connect(kind, uri)) {
                    String table = kind == Kind.SQLITE ? "key_pair" : schema(uri) + ".key_pair";
                    if (kind == Kind.SQLITE) {
                        connection.createStatement().execute("BEGIN IMMEDIATE");
                    } else {
                        connection.setAutoCommit(false);
                    }
                    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                            + " (provider, region, name, public_key, fingerprint, created_at) VALUES"
                            + " ('alibaba', 'cn-hangzhou', 'in-flight', 'ssh-rsa AAAA', '00', 0)")) {
                        insert.execute();
                    }
                    inserted.countDown();
                    await(release);
                    if (kind == Kind.SQLITE) {
                        connection.createStatement().execute("COMMIT");
                    } else {
                        connection.commit();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        assertTrue(inserted.await(30, TimeUnit.SECONDS), "the write began");
        assertFalse(writer.isDone());
        return writer;
    }

    private long callWindowRows(Kind kind, String uri) throws Exception {
        try (Connection connection = connect(kind, uri); Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM "
                        + (kind == Kind.SQLITE ? "" : schema(uri) + ".") + "call_window")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static Connection connect(Kind kind, String uri) throws Exception {
        if (kind == Kind.SQLITE) {
            Connection connection = DriverManager.getConnection("jdbc:" + uri.replaceFirst("\\?.*", ""));
            connection.setAutoCommit(true);
            return connection;
        }
        Properties properties = new Properties();
        properties.setProperty("user", PostgresServer.USER);
        properties.setProperty("password", PostgresServer.PASSWORD);
        return new Driver().connect("jdbc:postgresql://127.0.0.1:" + PostgresServer.shared().port() + "/"
                + PostgresServer.DATABASE, properties);
    }

    private static String schema(String uri) {
        String schema = uri.substring(uri.indexOf("schema=") + "schema=".length());
        int end = schema.indexOf('&');
        return end < 0 ? schema : schema.substring(0, end);
    }

    private static void await(CountDownLatch release) {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<StoredKeyPair> describe(KeyPairStore store, Provider provider, String region)
            throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(provider, region, List.of(), 1, 50)).keyPairs();
    }

    private static List<String> names(KeyPairStore store, Provider provider, String region) throws Exception {
        return describe(store, provider, region).stream().map(StoredKeyPair::name).toList();
    }
}
