package dev.keypairs.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.PrivateKeyLeaks;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreConformanceTest;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.Account;
import dev.keypairs.store.account.AccountOptions;
import dev.keypairs.store.TestKeys;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store passes the conformance suite, and keeps its own promises: options, files, crashes. */
class SqliteKeyPairStoreTest extends KeyPairStoreConformanceTest {

    @TempDir
    Path directory;
    private int stores;

    @Override
    protected String newStoreUri(boolean rateLimited) {
        return "sqlite:" + directory.resolve("store-" + ++stores + ".db") + (rateLimited ? "" : "?rateLimit=off");
    }

    @Test
    void theFactoryIsFoundBySchemeAndTheDefaultIsUnderTheHomeDirectory() {
        Account account = assertInstanceOf(Account.class, store);
        assertEquals(uri, store.displayUri());
        assertEquals(false, account.options().rateLimit());
        assertEquals(AccountOptions.DEFAULTS.tencentQuota(), account.options().tencentQuota());
        assertEquals("sqlite:" + Path.of(System.getProperty("user.home"), ".keypairs", "store.db"),
                KeyPairStores.DEFAULT_URI);
    }

    @Test
    void openingCreatesTheParentDirectoriesAVersionedSchemaAndWal() throws Exception {
        Path file = directory.resolve("a/b/c/store.db");
        open("sqlite:" + file);
        assertTrue(Files.isRegularFile(file));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals(String.valueOf(Schema.VERSION), pragma(statement, "user_version"));
            assertEquals(String.valueOf(Schema.APPLICATION_ID), pragma(statement, "application_id"));
            assertEquals("wal", pragma(statement, "journal_mode"));
        }
    }

    @Test
    @Timeout(120)
    void buildsOpeningANewStoreAtTheSameMomentAllGetIt() throws Exception {
        // Switching a new file to WAL is answered SQLITE_BUSY at once for all but one connection, without the busy
        // handler; before the store waited for it, about one round in forty failed here.
        int builds = 3;
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            for (int round = 0; round < 200; round++) {
                String newStore = "sqlite:" + directory.resolve("together-" + round + ".db");
                CyclicBarrier start = new CyclicBarrier(builds);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int build = 0; build < builds; build++) {
                    opened.add(pool.submit(() -> {
                        start.await();
                        try (KeyPairStore store = KeyPairStores.open(newStore)) {
                            return store.quota(Provider.ALIBABA, HANGZHOU).orElseThrow();
                        }
                    }));
                }
                for (Future<Integer> build : opened) {
                    assertEquals(500, build.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeadingTildeIsTheHomeDirectory() throws Exception {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", directory.toString());
        try {
            open("sqlite:~/.keypairs/store.db");
        } finally {
            System.setProperty("user.home", home);
        }
        assertTrue(Files.isRegularFile(directory.resolve(".keypairs/store.db")));
    }

    @Test
    void anEmptyFileBecomesAStore() throws Exception {
        Path file = Files.createFile(directory.resolve("empty.db"));
        open("sqlite:" + file).importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "k1", RSA, List.of(), null));
        assertEquals(1, open("sqlite:" + file).describeKeyPairs(
                DescribeKeyPairsRequest.page(Provider.ALIBABA, HANGZHOU, List.of(), 1, 10)).totalCount());
    }

    @Test
    void unknownOptionsAndBadValuesAreRefusedByName() {
        String base = "sqlite:" + directory.resolve("options.db");
        assertTrue(unavailable(base + "?tencentQuotas=3").contains("'tencentQuotas'"));
        assertTrue(unavailable(base + "?rateLimit=maybe").contains("rateLimit"));
        assertTrue(unavailable(base + "?synchronous=extra").contains("synchronous"));
        assertTrue(unavailable(base + "?busyTimeoutMs=-1").contains("busyTimeoutMs"));
        assertTrue(unavailable(base + "?tencentQuota=many").contains("tencentQuota"));
        assertFalse(Files.exists(directory.resolve("options.db")), "a refused URI creates nothing");
    }

    @Test
    void theTencentQuotaIsAStoreOptionAndTheOtherOptionsOpen() throws Exception {
        KeyPairStore small = open("sqlite:" + directory.resolve("small.db")
                + "?tencentQuota=3&rateLimit=off&synchronous=full&busyTimeoutMs=5000");
        assertEquals(3, small.quota(Provider.TENCENT, GUANGZHOU).orElseThrow());
        assertEquals(500, small.quota(Provider.ALIBABA, HANGZHOU).orElseThrow(), "Alibaba's quota is the provider's");
        for (int i = 0; i < 3; i++) {
            small.importKeyPair(TencentKeyPairRequest.importing(GUANGZHOU, "k" + i, TestKeys.rsa(i), 0L));
        }
        assertRefused(ErrorCode.INVALID_KEY_PAIR_LIMIT_EXCEEDED, 0,
                () -> small.importKeyPair(TencentKeyPairRequest.importing(GUANGZHOU, "k3", TestKeys.rsa(3), 0L)));
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws Exception {
        Path file = directory.resolve("notes.txt");
        byte[] content = "these are my notes, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        String message = unavailable("sqlite:" + file);
        assertTrue(message.contains("not a SQLite database"), message);
        assertTrue(message.contains(file.toString()), message);
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsDatabaseAndANewerStoreAreRefused() throws Exception {
        Path foreign = directory.resolve("foreign.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(foreign);
        assertTrue(unavailable("sqlite:" + foreign).contains("another program"));
        assertArrayEquals(before, Files.readAllBytes(foreign), "another program's database is left as it was");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + foreign);
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
            assertTrue(mode.next());
            assertEquals("delete", mode.getString(1), "not switched to write-ahead logging");
        }

        Path newer = directory.resolve("newer.db");
        KeyPairStores.open("sqlite:" + newer).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + newer);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Schema.VERSION + 1));
        }
        assertTrue(unavailable("sqlite:" + newer).contains("newer keypairs"));
        assertTrue(unavailable("sqlite:" + directory).contains("is a directory"));
    }

    @Test
    void aStoreOfVersion2GainsTheDescriptionColumnKeepingItsRows() throws Exception {
        Path file = directory.resolve("version-2.db");
        try (KeyPairStore before = KeyPairStores.open("sqlite:" + file + "?rateLimit=off")) {
            before.importKeyPair(TencentKeyPairRequest.importing(GUANGZHOU, "kept", RSA, 7L));
        }
        // What version 2 wrote: the same tables without the description column.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE key_pair DROP COLUMN description");
            statement.execute("PRAGMA user_version = 2");
        }
        KeyPairStore migrated = open("sqlite:" + file);
        StoredKeyPair kept = migrated.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.TENCENT, GUANGZHOU,
                List.of(), 1, 100)).keyPairs().get(0);
        assertEquals("kept", kept.name());
        assertEquals(7L, kept.projectId());
        assertEquals(null, kept.description(), "no description until ModifyKeyPairAttribute sets one");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals(String.valueOf(Schema.VERSION), pragma(statement, "user_version"));
        }
        assertEquals(3, Schema.VERSION, "a migration is appended, never edited");
    }

    @Test
    void aClosedStoreRefusesCalls() throws Exception {
        KeyPairStore closing = open(newStoreUri(false));
        closing.close();
        assertThrows(StoreUnavailableException.class, () -> closing.importKeyPair(
                AlibabaKeyPairRequest.importing(HANGZHOU, "k1", RSA, List.of(), null)));
        assertThrows(StoreUnavailableException.class, () -> closing.quota(Provider.ALIBABA, HANGZHOU));
    }

    @Test
    void namesAreCaseSensitive() throws Exception {
        store.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "Deploy", RSA, List.of(), null));
        store.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "deploy", RSA, List.of(), null));
        assertEquals(List.of("Deploy", "deploy"), names(describe(Provider.ALIBABA, HANGZHOU)));
    }

    @Test
    void nothingPrivateIsEverWrittenToTheFile() throws Exception {
        Path file = directory.resolve("private.db");
        KeyPairStore creating = KeyPairStores.open("sqlite:" + file);
        List<RSAPrivateCrtKey> privateKeys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            CreateKeyPairResponse created = creating.createKeyPair(
                    AlibabaKeyPairRequest.creating(HANGZHOU, "created" + i, List.of(), null));
            privateKeys.add(PrivateKeyLeaks.read(new String(created.privateKeyBody().pemBytes(),
                    StandardCharsets.US_ASCII)));
        }
        String publicKey = describe(creating, "created0");
        byte[] whileOpen = storeFiles(file);
        creating.close();
        byte[] afterClose = storeFiles(file);

        for (byte[] bytes : List.of(whileOpen, afterClose)) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertTrue(text.contains(publicKey.substring(8, 60)), "the scan sees the stored public key");
            for (RSAPrivateCrtKey key : privateKeys) {
                PrivateKeyLeaks.assertAbsent(key, Map.of("the store's files", bytes));
            }
        }
    }

    @Test
    @Timeout(120)
    void oneHandleServesManyThreadsAtOnce() throws Exception {
        List<String> regions = List.of(HANGZHOU, SHANGHAI, "cn-beijing", "cn-shenzhen");
        ExecutorService threads = Executors.newFixedThreadPool(regions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String region : regions) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        store.importKeyPair(AlibabaKeyPairRequest.importing(region, "k" + i, RSA, List.of(), null));
                        store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, region, List.of(), 1, 50));
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(100, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        for (String region : regions) {
            assertEquals(100, describe(Provider.ALIBABA, region).size(), region);
        }
    }

    /**
     * kill -9 in the middle of a run: a writer process imports and prints each acknowledged name; it is
     * killed while writing. The file then passes SQLite's integrity check without any repair, every
     * acknowledged name is there, and nothing is there twice.
     */
    @Test
    @Timeout(180)
    void aWriterKilledMidRunLeavesAnIntactStoreWithEveryAcknowledgedCall() throws Exception {
        Path file = directory.resolve("crash.db");
        String crashUri = "sqlite:" + file;
        List<String> regions = RegionCatalogue.builtIn(Provider.ALIBABA).regions().stream()
                .map(region -> region.id()).limit(10).toList();
        Process writer = writerProcess(List.of(crashUri, String.join(",", regions), "crash", "400")).start();
        List<String> acknowledged = new ArrayList<>();
        boolean finished = false;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("ok ")) {
                    acknowledged.add(line.substring(3));
                }
                if (acknowledged.size() == 300) {
                    // SIGKILL through the process handle: Process.destroyForcibly would also close the pipe,
                    // and the lines already written to it (acknowledged calls) would be lost to the test.
                    writer.toHandle().destroyForcibly();
                }
                finished |= line.equals("done");
            }
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        assertFalse(finished, "the writer was killed mid-run, not after it finished");
        assertNotEquals(0, writer.exitValue());
        assertTrue(acknowledged.size() >= 300, "acknowledged " + acknowledged.size());

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            assertEquals("ok", pragma(statement, "integrity_check"));
        }
        KeyPairStore reopened = open(crashUri);
        List<String> stored = new ArrayList<>();
        for (String region : regions) {
            List<StoredKeyPair> keyPairs = new ArrayList<>();
            for (int page = 1; ; page++) {
                List<StoredKeyPair> slice = reopened.describeKeyPairs(
                        DescribeKeyPairsRequest.page(Provider.ALIBABA, region, List.of(), page, 50)).keyPairs();
                if (slice.isEmpty()) {
                    break;
                }
                keyPairs.addAll(slice);
            }
            keyPairs.forEach(keyPair -> stored.add(keyPair.name()));
        }
        Set<String> distinct = new HashSet<>(stored);
        assertEquals(stored.size(), distinct.size(), "no key pair is there twice");
        assertTrue(distinct.containsAll(acknowledged), "every acknowledged import survived the kill");
        assertTrue(stored.size() <= acknowledged.size() + 1,
                "at most the one call in flight was committed but not yet acknowledged: " + stored.size() + " stored, "
                        + acknowledged.size() + " acknowledged");
        reopened.importKeyPair(AlibabaKeyPairRequest.importing(regions.get(0), "after-the-crash", RSA, List.of(),
                null));
    }

    private String describe(KeyPairStore handle, String name) throws Exception {
        return handle.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, HANGZHOU, List.of(name), 1, 10))
                .keyPairs().get(0).publicKey();
    }

    private static String unavailable(String storeUri) {
        return assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(storeUri).close()).getMessage();
    }

    private static String pragma(Statement statement, String name) throws Exception {
        try (ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The database file with its WAL and shared-memory files, as SQLite left them on disk. */
    private static byte[] storeFiles(Path file) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                bytes.write(Files.readAllBytes(part));
            }
        }
        return bytes.toByteArray();
    }

}
