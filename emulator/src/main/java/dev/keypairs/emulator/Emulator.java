package dev.keypairs.emulator;

import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.http.HttpServer;
import dev.keypairs.emulator.state.Health;
import dev.keypairs.emulator.state.Readiness;
import dev.keypairs.emulator.fault.FaultInjector;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.journal.Journal;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.SeedReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A running emulator: both providers' APIs on one HTTP port, over the accounts it opened and closes: its own store
 * and those the credentials file names ({@link Accounts}). Safe to close from any thread (a shutdown hook, a test's
 * teardown); closing twice does nothing more.
 */
public final class Emulator implements AutoCloseable {

    /** The start of the line printed when the emulator is ready; the endpoint follows it. */
    public static final String LISTENING = "keypairs emulator listening on ";
    /** The start of the line naming the CA certificate to trust, printed before the listening line over HTTPS. */
    public static final String CA_CERTIFICATE = "keypairs emulator CA certificate: ";

    private final HttpServer server;
    private final Accounts accounts;
    private final Credentials credentials;
    private final String endpoint;
    private final String localEndpoint;
    private final Readiness readiness;
    private final Supplier<Health> health;
    private final EmulatorSeed seed;
    private final Path caCertificate;
    private final Journal journal;
    private final FaultInjector faults;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A started emulator, made by {@link EmulatorStartup}. */
    Emulator(HttpServer server, Accounts accounts, Credentials credentials, String endpoint, String localEndpoint,
            Readiness readiness, Supplier<Health> health, EmulatorSeed seed, Path caCertificate, Journal journal,
            FaultInjector faults) {
        this.server = server;
        this.accounts = accounts;
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.localEndpoint = localEndpoint;
        this.readiness = readiness;
        this.health = health;
        this.seed = seed;
        this.caCertificate = caCertificate;
        this.journal = journal;
        this.faults = faults;
    }

    /** Starts an emulator; failures of the emulator itself are written to standard error. */
    public static Emulator start(EmulatorSettings settings) throws EmulatorException {
        return start(settings, System.err::println);
    }

    /**
     * Starts an emulator.
     *
     * @param settings where it listens, the store behind it, the keys it accepts
     * @param log told of each failure of the emulator itself (never a secret or a private key); refusals of
     *     requests are answers, not failures, and are not logged
     * @throws EmulatorException naming the setting to change: a {@code cloud:} store, a store that cannot be
     *     opened (of {@code keypairs.store} or of a credentials file's {@code account=}, naming its line), a
     *     credentials file that cannot be used, CA files that cannot be used ({@code keypairs.serve.tls.ca}), seed
     *     manifests that cannot be applied ({@code keypairs.serve.seed}: applied into {@code keypairs.store}'s
     *     account before the port is listened on), a port that cannot be listened on
     */
    public static Emulator start(EmulatorSettings settings, Consumer<String> log) throws EmulatorException {
        return EmulatorStartup.start(settings, log);
    }

    /** The base URL both providers' SDKs are pointed at, e.g. {@code http://127.0.0.1:8089} ({@code https://} over TLS). */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The base URL a client on this machine uses: {@link #endpoint()}, with a loopback address in place of a wildcard
     * one ({@code 0.0.0.0}, {@code ::}), which a client cannot connect to everywhere.
     */
    public String localEndpoint() {
        return localEndpoint;
    }

    /**
     * What {@code GET /_keypairs/health} answers now: ready once started, stopping once {@link #close()} began
     * (emulator.md).
     */
    public Health health() {
        return health.get();
    }

    /** {@code HOST:PORT}, as the SDKs' endpoint settings take it (no scheme). */
    public String hostAndPort() {
        return endpoint.substring(endpoint.indexOf("://") + "://".length());
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** How many requests the emulator received since the start, refused ones included: tests count calls. */
    public long requests() {
        return server.requests();
    }

    /** The calls served, newest 10,000, oldest first (emulator.md, the journal); never a secret or a private key. */
    public Journal journal() {
        return journal;
    }

    /** The fault rules in force: those the settings gave, or the last {@link #replaceFaultRules} put. */
    public FaultRules faultRules() {
        return faults.rules();
    }

    /** Replaces the fault rules in force, from the next call on; {@link FaultRules#NONE} clears them. */
    public void replaceFaultRules(FaultRules rules) {
        faults.replace(rules);
    }

    /** The default account's store, {@code keypairs.store} (for tests that look at what a call left). */
    public KeyPairStore store() {
        return accounts.defaultAccount().store();
    }

    /** The accounts served: the default one and those the credentials file names, to look at or reset. */
    public Accounts accounts() {
        return accounts;
    }

    /** The access keys accepted. */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * What the start-up output says of the keys accepted: the test pair in full (it is well known), or how
     * many keys a file gave, never their secrets, and the accounts (redacted) when they are more than one.
     */
    public String credentialsLine() {
        if (credentials.isTestPair()) {
            return "keypairs emulator accepts the test key for both providers: AccessKeyId "
                    + Credentials.TEST_ACCESS_KEY_ID + ", secret " + Credentials.TEST_SECRET;
        }
        int count = credentials.keys().size();
        List<EmulatedAccount> all = accounts.all();
        return "keypairs emulator accepts " + count + (count == 1 ? " access key" : " access keys")
                + " from the credentials file (secrets not shown)" + (all.size() == 1 ? "" : ", in " + all.size()
                + " accounts: " + all.stream().map(EmulatedAccount::name).collect(Collectors.joining(", ")));
    }

    /**
     * The line printed before the listening line when {@code keypairs.serve.seed} seeded the store, saying what the
     * seed did ({@code keypairs emulator seeded the store from FILE: imported 2, …; 0 already as declared}); empty
     * without a seed.
     */
    public Optional<String> seedLine() {
        return Optional.ofNullable(seed.line());
    }

    /**
     * Applies a manifest given as YAML text into the store, as {@code keypairs:apply} would (emulator.md): public
     * keys inline, a {@code create} without {@code privateKeyFile} (one given is {@code ConflictingFields}); the
     * report holds apply.json's summary and the created key pairs' private keys ({@link SeedReport#toJson()}).
     *
     * @throws KeypairsException typed, nothing changed: {@code PlanErrors} listing each problem with its own code
     *     (the manifest's, the plan's); {@code StoreUnavailable}
     */
    public SeedReport seed(String manifestYaml) throws KeypairsException {
        return seed(store(), manifestYaml);
    }

    /**
     * Applies a manifest given as YAML text into another store this emulator serves (an account's), with this
     * emulator's rules; as {@link #seed(String)}. On an account's store it is a call in flight, as a seed over HTTP
     * is: a reset of the account waits for it, and it for a reset running.
     */
    public SeedReport seed(KeyPairStore account, String manifestYaml) throws KeypairsException {
        Objects.requireNonNull(account, "account");
        for (EmulatedAccount served : accounts.all()) {
            if (served.store() == account) {
                return accounts.serve(served, store -> seed.fromText(store, manifestYaml));
            }
        }
        return seed.fromText(account, manifestYaml);
    }

    /** The CA certificate clients trust when the emulator serves HTTPS ({@code keypairs.serve.tls}); empty over HTTP. */
    public Optional<Path> caCertificate() {
        return Optional.ofNullable(caCertificate);
    }

    /**
     * Over HTTPS, the line printed before the listening line: {@value #CA_CERTIFICATE} and the CA certificate's
     * path, the file to trust; empty over HTTP.
     */
    public Optional<String> caCertificateLine() {
        return caCertificate().map(file -> CA_CERTIFICATE + file);
    }

    /** The line printed when ready: {@value #LISTENING} and the endpoint. */
    public String listeningLine() {
        return LISTENING + endpoint;
    }

    /**
     * The line printed when the emulator stops, by {@code java -jar} and {@code mvn keypairs:serve} alike:
     * {@code keypairs emulator stopped after N requests}, the calls clients made (a benchmark counts them).
     */
    public String stoppedLine() {
        return "keypairs emulator stopped after " + requests() + " requests";
    }

    /** Blocks until the emulator is closed (from another thread or a shutdown hook). */
    public void awaitClose() throws InterruptedException {
        server.join();
    }

    /** Stops serving (calls in flight finish first) and closes every account's store. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            readiness.stopping();
            server.close();
            accounts.close();
        }
    }
}
