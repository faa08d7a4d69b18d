package dev.keypairs.store.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreConformanceTest;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.account.Account;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;

/**
 * The shared storage on a real PostgreSQL server: the store conformance suite unchanged (the races between
 * threads and processes included), and what only this storage has: schemas, versions, credentials.
 */
class PostgresKeyPairStoreTest extends KeyPairStoreConformanceTest {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();

    @Override
    protected String newStoreUri(boolean rateLimited) throws Exception {
        return PostgresServer.shared().uri() + "?schema=conformance_" + ProcessHandle.current().pid() + "_"
                + SCHEMAS.incrementAndGet() + (rateLimited ? "" : "&rateLimit=off");
    }

    @Test
    void aSchemaIsAnAccountAndTheUriNeverShowsThePassword() throws Exception {
        assertInstanceOf(Account.class, store);
        assertFalse(store.displayUri().contains(PostgresServer.PASSWORD), store.displayUri());
        assertTrue(store.displayUri().startsWith("postgresql://" + PostgresServer.USER + ":***@127.0.0.1:"),
                store.displayUri());
        store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "only-here", RSA, List.of(), null));
        KeyPairStore other = open(newStoreUri(false));
        assertEquals(0, other.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou",
                List.of(), 1, 10)).totalCount(), "another schema is another account");
        KeyPairStore same = open(uri);
        assertEquals(1, same.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou",
                List.of(), 1, 10)).totalCount(), "two handles on one schema are one account");
    }

    @Test
    void aSchemaOfANewerKeypairsOrOfAnotherProgramIsRefusedUnchanged() throws Exception {
        String newer = newStoreUri(false);
        open(newer).close();
        String schema = schemaOf(newer);
        sql("UPDATE " + schema + ".store_version SET version = 99");
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(newer));
        assertTrue(refused.getMessage().contains("newer keypairs"), refused.getMessage());

        sql("CREATE SCHEMA someone_else");
        sql("CREATE TABLE someone_else.orders (id INT)");
        StoreUnavailableException foreign = assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(
                PostgresServer.shared().uri() + "?schema=someone_else"));
        assertTrue(foreign.getMessage().contains("another program"), foreign.getMessage());
        assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(PostgresServer.shared().uri()
                + "?schema=Not-A-Name"));
    }

    @Test
    void aSchemaOfVersion1GainsTheDescriptionColumnKeepingItsRows() throws Exception {
        String older = newStoreUri(false);
        try (KeyPairStore before = KeyPairStores.open(older)) {
            before.importKeyPair(TencentKeyPairRequest.importing("ap-guangzhou", "kept", RSA, 7L));
        }
        String schema = schemaOf(older);
        // What version 1 wrote: the same tables without the description column.
        sql("ALTER TABLE " + schema + ".key_pair DROP COLUMN description");
        sql("UPDATE " + schema + ".store_version SET version = 1");
        StoredKeyPair kept = open(older).describeKeyPairs(DescribeKeyPairsRequest.page(Provider.TENCENT,
                "ap-guangzhou", List.of(), 1, 100)).keyPairs().get(0);
        assertEquals("kept", kept.name());
        assertEquals(7L, kept.projectId());
        assertEquals(null, kept.description(), "no description until ModifyKeyPairAttribute sets one");
        assertEquals(2, PostgresSchema.VERSION, "a migration is appended, never edited");
    }

    @Test
    void pagesKeepCodePointOrderWhateverTheDatabasesCollation() throws Exception {
        String uri = newStoreUri(false);
        open(uri).close();
        String schema = schemaOf(uri);
        // A database made with a locale (en_US.UTF-8, say) orders text as that language does: ICU's root here.
        sql("ALTER TABLE " + schema + ".key_pair ALTER COLUMN name TYPE text COLLATE \"und-x-icu\"");
        KeyPairStore store = open(uri);
        for (String name : List.of("alpha", "Zeta")) {
            store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", name, RSA, List.of(), null));
        }

        assertEquals(List.of("Zeta", "alpha"), names(store.describeKeyPairs(DescribeKeyPairsRequest.page(
                Provider.ALIBABA, "cn-hangzhou", List.of(), 1, 50)).keyPairs()));
        assertEquals(List.of("alpha"), names(store.describeKeyPairs(DescribeKeyPairsRequest.page(
                Provider.ALIBABA, "cn-hangzhou", List.of(), 2, 1)).keyPairs()));
    }

    @Test
    void refusedCredentialsAndAMissingDatabaseSaySoWithoutThePassword() throws Exception {
        String wrong = PostgresServer.shared().uri().replace(PostgresServer.PASSWORD, "not-it") + "?schema=x";
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(wrong));
        assertTrue(refused.getMessage().contains("refused the credentials of user keypairs"), refused.getMessage());
        assertFalse(refused.getMessage().contains("not-it"), refused.getMessage());
        String base = PostgresServer.shared().uri();
        String missing = base.substring(0, base.lastIndexOf('/')) + "/nowhere";
        StoreUnavailableException absent = assertThrows(StoreUnavailableException.class, () -> KeyPairStores.open(missing));
        assertTrue(absent.getMessage().contains("database nowhere does not exist"), absent.getMessage());
        assertFalse(absent.getMessage().contains(PostgresServer.PASSWORD), absent.getMessage());
    }

    @Test
    void aPasswordWithReservedCharactersConnects() throws Exception {
        sql("CREATE ROLE odd LOGIN PASSWORD 'w/rd?p@ss:1'");
        sql("GRANT ALL ON DATABASE " + PostgresServer.DATABASE + " TO odd");
        String odd = PostgresServer.shared().uri().replace(PostgresServer.USER + ":" + PostgresServer.PASSWORD,
                "odd:w/rd?p@ss:1") + "?schema=odd_schema";
        sql("CREATE SCHEMA odd_schema AUTHORIZATION odd");
        KeyPairStore handle = open(odd);
        handle.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "odd-one", Fixtures.text("rsa-2048.pub"),
                List.of(), null));
        assertEquals("postgresql://odd:***@127.0.0.1:" + PostgresServer.shared().port() + "/keypairs?schema=odd_schema",
                handle.displayUri());
    }

    @Test
    void withoutAPasswordInTheUriTheDriverReadsPgpassfile(@TempDir Path directory) throws Exception {
        Path pgpass = directory.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + PostgresServer.shared().port() + ":" + PostgresServer.DATABASE + ":"
                + PostgresServer.USER + ":" + PostgresServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String withoutPassword = "postgresql://" + PostgresServer.USER + "@127.0.0.1:" + PostgresServer.shared().port()
                + "/" + PostgresServer.DATABASE + "?schema=pgpass_" + ProcessHandle.current().pid() + "&rateLimit=off";
        ProcessBuilder writer = writerProcess(List.of(withoutPassword, "cn-hangzhou", "from-pgpass-", "1"));
        writer.environment().put("PGPASSFILE", pgpass.toString());
        Process process = writer.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("ok from-pgpass-0"), output);
    }

    /** The schema a store URI of {@link #newStoreUri} names. */
    private static String schemaOf(String storeUri) {
        return storeUri.substring(storeUri.indexOf("schema=") + "schema=".length(), storeUri.indexOf('&'));
    }

    private static void sql(String statement) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", PostgresServer.USER);
        properties.setProperty("password", PostgresServer.PASSWORD);
        try (Connection connection = new Driver().connect("jdbc:postgresql://127.0.0.1:" + PostgresServer.shared().port()
                + "/" + PostgresServer.DATABASE, properties); Statement run = connection.createStatement()) {
            run.execute(statement);
        }
    }
}
