package dev.keypairs.emulator.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.auth.AccessKey;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.postgresql.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts of an emulator, opened from its credentials: which store each key's calls go to, how an account is
 * named and found, what refuses the start (naming the line, never a secret, nothing left open), and the reset, which
 * empties one account and waits for the calls in flight on it.
 */
class AccountsTest {

    private static final String RSA = Fixtures.text("rsa-2048.pub");

    @TempDir
    Path directory;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String run = UUID.randomUUID().toString();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void withoutAFileTheTestKeysShareTheOneAccountOfKeypairsStore() throws Exception {
        String store = memory("own") + "?rateLimit=off";
        try (Accounts accounts = Accounts.open(Credentials.testPair(), store, Rules.builtIn())) {
            assertEquals(1, accounts.all().size());
            EmulatedAccount only = accounts.defaultAccount();
            assertTrue(only.isDefault());
            assertEquals(store, only.name());
            for (AccessKey key : Credentials.testPair().keys()) {
                assertSame(only, accounts.of(key));
            }
            assertEquals(Optional.of(only), accounts.find(store));
            assertEquals(Optional.empty(), accounts.find("memory:another"));
        }
    }

    @Test
    void keysNamingOneStoreShareItsAccountAndThoseNamingKeypairsStoreOrNoneShareTheDefault() throws Exception {
        String own = memory("own");
        String team = memory("team");
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1 account=" + team + "\n"
                + "tencent AKIDa s2 account=" + team + "\n"
                + "alibaba LTAIown s3 account=" + own + "\n"
                + "tencent AKIDown s4\n");
        Credentials credentials = Credentials.read(file);
        try (Accounts accounts = Accounts.open(credentials, own, Rules.builtIn())) {
            assertEquals(List.of(own, team), accounts.all().stream().map(EmulatedAccount::name).toList(),
                    "the default first, then in the file's order");
            EmulatedAccount teamAccount = accounts.of(key(credentials, Provider.ALIBABA, "LTAIa"));
            assertSame(teamAccount, accounts.of(key(credentials, Provider.TENCENT, "AKIDa")),
                    "an alibaba and a tencent key on one STORE-URI share its account");
            assertSame(accounts.defaultAccount(), accounts.of(key(credentials, Provider.ALIBABA, "LTAIown")));
            assertSame(accounts.defaultAccount(), accounts.of(key(credentials, Provider.TENCENT, "AKIDown")));
            assertNotSame(teamAccount.store(), accounts.defaultAccount().store());
            assertFalse(teamAccount.isDefault());
        }
    }

    @Test
    void anAccountIsFoundByItsUriAsWrittenOrRedactedAndNeverShowsItsPassword() throws Exception {
        String own = memory("own");
        String secretive = PostgresServer.shared().uri() + "?schema=accounts_" + run.replace("-", "");
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1 account=" + secretive + "\n");
        try (Accounts accounts = Accounts.open(Credentials.read(file), own, Rules.builtIn())) {
            EmulatedAccount account = accounts.find(secretive).orElseThrow();
            assertEquals(secretive.replace(PostgresServer.PASSWORD, "***"), account.name());
            assertSame(account, accounts.find(account.name()).orElseThrow());
            assertFalse(account.toString().contains(PostgresServer.PASSWORD), account.toString());
            assertFalse(account.store().displayUri().contains(PostgresServer.PASSWORD));
        }
    }

    @Test
    void theRealCloudsOnALineAreRefusedNamingTheLineAndNothingIsOpened() throws Exception {
        String own = memory("own");
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1\n"
                + "tencent AKIDt hidden-1 account=cloud:http://u:hidden-2@127.0.0.1:1\n");
        Accounts.OpeningException refused = assertThrows(Accounts.OpeningException.class,
                () -> Accounts.open(Credentials.read(file), own, Rules.builtIn()));
        assertEquals(ToolCode.STORE_NOT_EMULATED, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.credentials: " + file + " line 2: account=cloud:"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("hidden"), refused.getMessage());
        assertClosed(own);
    }

    @Test
    void aStoreThatCannotBeOpenedNamesItsLineAndThoseOpenedAreClosed() throws Exception {
        String own = memory("own");
        String team = memory("team");
        Path aDirectory = Files.createDirectory(directory.resolve("a-directory"));
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1 account=" + team + "\n"
                + "alibaba LTAIb hidden-1 account=sqlite:" + aDirectory + "\n"
                + "tencent AKIDc hidden-2 account=postgresql://keypairs:hidden-3@127.0.0.1:1/keys\n");
        Accounts.OpeningException refused = assertThrows(Accounts.OpeningException.class,
                () -> Accounts.open(Credentials.read(file), own, Rules.builtIn()));
        assertEquals(ToolCode.STORE_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.credentials: " + file + " line 2: account=sqlite:"
                + aDirectory + ": "), refused.getMessage());
        assertTrue(refused.getMessage().contains("is a directory"), refused.getMessage());
        assertClosed(own);
        assertClosed(team);

        Files.writeString(file, "tencent AKIDc hidden-2 account=postgresql://keypairs:hidden-3@127.0.0.1:1/keys\n");
        Accounts.OpeningException unreachable = assertThrows(Accounts.OpeningException.class,
                () -> Accounts.open(Credentials.read(file), own, Rules.builtIn()));
        assertEquals(ToolCode.STORE_UNAVAILABLE, unreachable.code());
        assertTrue(unreachable.getMessage().startsWith("keypairs.serve.credentials: " + file + " line 1:"
                + " account=postgresql://keypairs:***@127.0.0.1:1/keys: "), unreachable.getMessage());
        assertFalse(unreachable.getMessage().contains("hidden"), unreachable.getMessage());
        assertClosed(own);
    }

    @Test
    void keypairsStoreThatCannotBeOpenedIsNamedAsTheSettingAndNothingIsOpened() throws Exception {
        String team = memory("team");
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1 account=" + team + "\n");
        Accounts.OpeningException refused = assertThrows(Accounts.OpeningException.class,
                () -> Accounts.open(Credentials.read(file), "sqlite:" + directory, Rules.builtIn()));
        assertEquals(ToolCode.STORE_UNAVAILABLE, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.store: "), refused.getMessage());
        assertClosed(team);
        assertEquals(ToolCode.STORE_NOT_EMULATED, assertThrows(Accounts.OpeningException.class,
                () -> Accounts.open(Credentials.read(file), "Cloud:", Rules.builtIn())).code());
    }

    @Test
    void aResetEmptiesOneAccountAndLeavesTheOthers() throws Exception {
        Path file = Files.writeString(directory.resolve("keys"), "alibaba LTAIa s1 account=" + memory("team") + "\n"
                + "alibaba LTAIb s2\n");
        Credentials credentials = Credentials.read(file);
        try (Accounts accounts = Accounts.open(credentials, memory("own"), Rules.builtIn())) {
            AccessKey a = key(credentials, Provider.ALIBABA, "LTAIa");
            AccessKey b = key(credentials, Provider.ALIBABA, "LTAIb");
            for (AccessKey key : List.of(a, b)) {
                accounts.serve(key, store -> store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou",
                        "deploy", RSA, List.of(), null)));
            }
            accounts.reset(accounts.of(a));
            assertEquals(0, count(accounts.of(a).store()));
            assertEquals(1, count(accounts.of(b).store()), "the other account is left as it was");
            accounts.resetAll();
            assertEquals(0, count(accounts.of(b).store()));
        }
    }

    @Test
    void aResetWaitsForTheCallInFlightAndTheCallsAfterItWaitForTheReset() throws Exception {
        try (Accounts accounts = Accounts.open(Credentials.testPair(), memory("own") + "?rateLimit=off",
                Rules.builtIn())) {
            AccessKey key = Credentials.testPair().keys().get(0);
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> inFlight = threads.submit(() -> accounts.serve(key, store -> {
                entered.countDown();
                awaitRelease(release);
                return store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "in-flight", RSA,
                        List.of(), null));
            }));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            Future<?> reset = threads.submit(() -> {
                accounts.reset(accounts.defaultAccount());
                return null;
            });
            ReentrantReadWriteLock lock = (ReentrantReadWriteLock) accounts.defaultAccount().calls();
            for (int i = 0; i < 3_000 && !lock.hasQueuedThreads(); i++) {
                Thread.sleep(1);
            }
            assertTrue(lock.hasQueuedThreads(), "the reset waits for the call in flight");
            Future<?> after = threads.submit(() -> accounts.serve(key, store -> store.importKeyPair(
                    AlibabaKeyPairRequest.importing("cn-hangzhou", "after", RSA, List.of(),
                            null))));
            assertThrows(TimeoutException.class, () -> reset.get(300, TimeUnit.MILLISECONDS));
            assertThrows(TimeoutException.class, () -> after.get(10, TimeUnit.MILLISECONDS),
                    "a call that comes during the reset waits for it");
            release.countDown();
            inFlight.get(30, TimeUnit.SECONDS);
            reset.get(30, TimeUnit.SECONDS);
            after.get(30, TimeUnit.SECONDS);
            assertEquals(List.of("after"), accounts.defaultAccount().store().describeKeyPairs(
                    DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou", List.of(), 1, 10)).keyPairs()
                    .stream().map(keyPair -> keyPair.name()).toList(),
                    "the call in flight finished before the reset; the call after it, after");
        }
    }

    @Test
    void workOnAnAccountIsACallInFlightForItsReset() throws Exception {
        try (Accounts accounts = Accounts.open(Credentials.testPair(), memory("own") + "?rateLimit=off",
                Rules.builtIn())) {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // A seed through the state endpoint runs so: imports made before the reset, never half after it.
            Future<?> seed = threads.submit(() -> accounts.serve(accounts.defaultAccount(), store -> {
                entered.countDown();
                awaitRelease(release);
                return store.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "seeded", RSA,
                        List.of(), null));
            }));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            Future<?> reset = threads.submit(() -> {
                accounts.reset(accounts.defaultAccount());
                return null;
            });
            assertThrows(TimeoutException.class, () -> reset.get(300, TimeUnit.MILLISECONDS),
                    "the reset waits for the work in flight");
            release.countDown();
            seed.get(30, TimeUnit.SECONDS);
            reset.get(30, TimeUnit.SECONDS);
            assertEquals(0, accounts.defaultAccount().store().describeKeyPairs(DescribeKeyPairsRequest.page(
                    Provider.ALIBABA, "cn-hangzhou", List.of(), 1, 10)).totalCount(), "emptied after the work");
        }
        try (Accounts accounts = Accounts.open(Credentials.testPair(), memory("one"), Rules.builtIn());
                Accounts others = Accounts.open(Credentials.testPair(), memory("two"), Rules.builtIn())) {
            assertThrows(IllegalArgumentException.class, () -> accounts.serve(others.defaultAccount(), store -> 1),
                    "an account of another emulator");
        }
    }

    // ---- helpers ----

    private static void awaitRelease(CountDownLatch release) {
        try {
            assertTrue(release.await(30, TimeUnit.SECONDS), "released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A memory account of this test alone (JUnit makes an instance a test). */
    private String memory(String name) {
        return "memory:accounts-" + name + "-" + run;
    }

    private static AccessKey key(Credentials credentials, Provider provider, String id) {
        return credentials.find(provider, id).orElseThrow();
    }

    private static long count(KeyPairStore store) throws Exception {
        return store.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou", List.of(), 1, 10))
                .totalCount();
    }

    /**
     * Whether no handle is left open on a memory account: one left open would keep what a new handle writes after
     * it is closed.
     */
    private static void assertClosed(String memoryUri) throws Exception {
        try (KeyPairStore probe = KeyPairStores.open(memoryUri)) {
            probe.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "probe", RSA, List.of(), null));
        }
        try (KeyPairStore again = KeyPairStores.open(memoryUri)) {
            assertEquals(0, count(again), "a handle on " + memoryUri + " was left open");
        }
    }
}
