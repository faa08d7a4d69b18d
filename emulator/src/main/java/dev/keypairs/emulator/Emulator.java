package dev.keypairs.emulator;

import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.account.EmulatedAccount;
import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.http.HttpServer;
import dev.keypairs.emulator.http.ProviderRouting;
import dev.keypairs.emulator.state.Health;
import dev.keypairs.emulator.state.HealthEndpoint;
import dev.keypairs.emulator.state.Readiness;
import dev.keypairs.emulator.state.StateAccess;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.SeedReport;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
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

    /** The providers served, as health lists them. */
    private static final List<String> PROVIDERS = Arrays.stream(Provider.values()).map(Provider::id).toList();

    private final HttpServer server;
    private final Accounts accounts;
    private final Credentials credentials;
    private final String endpoint;
    private final String localEndpoint;
    private final Readiness readiness;
    private final Supplier<Health> health;
    private final EmulatorSeed seed;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Emulator(HttpServer server, Accounts accounts, Credentials credentials, String endpoint,
            String localEndpoint, Readiness readiness, Supplier<Health> health, EmulatorSeed seed) {
        this.server = server;
        this.accounts = accounts;
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.localEndpoint = localEndpoint;
        this.readiness = readiness;
        this.health = health;
        this.seed = seed;
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
     *     credentials file that cannot be used, seed manifests that cannot be applied ({@code keypairs.serve.seed}:
     *     applied into {@code keypairs.store}'s account before the port is listened on), a port that cannot be
     *     listened on
     */
    public static Emulator start(EmulatorSettings settings, Consumer<String> log) throws EmulatorException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(log, "log");
        if (!EmulatorSettings.isPort(settings.port())) {
            throw EmulatorSettings.notAPort(String.valueOf(settings.port()));
        }
        if (settings.host().isBlank()) {
            throw new EmulatorException(ToolCode.INVALID_SETTING,
                    "keypairs.serve.host is empty; it takes an address such as 127.0.0.1", null);
        }
        Credentials credentials = credentials(settings);
        Accounts accounts = openAccounts(settings, credentials);
        try {
            EmulatorSeed seed = EmulatorSeed.atStart(settings, accounts.defaultAccount().store(), log);
            Authenticator authenticator = new Authenticator(credentials, settings.clock());
            BiConsumer<String, Throwable> failures = (requestId, failure) -> log.accept(failureLine(requestId, failure));
            AlibabaRules alibaba = settings.rules().alibaba();
            TencentRules tencent = settings.rules().tencent();
            ProviderRouting routing = new ProviderRouting(
                    new AlibabaEcsApi(accounts, alibaba, authenticator, SignatureScheme.HMAC_SHA1, failures),
                    new AlibabaEcsApi(accounts, alibaba, authenticator, SignatureScheme.ACS3_HMAC_SHA256, failures),
                    new TencentCvmApi(accounts, tencent.regions(), authenticator, SignatureScheme.TC3_HMAC_SHA256, failures),
                    new TencentCvmApi(accounts, tencent.regions(), authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256,
                            failures),
                    new TencentTagApi(accounts, tencent, authenticator, SignatureScheme.TC3_HMAC_SHA256, failures),
                    new TencentTagApi(accounts, tencent, authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256, failures));
            Readiness readiness = new Readiness();
            String storeShown = redacted(settings.storeUri());
            Supplier<Health> health = () -> new Health(readiness.status(), BuildVersion.current(), storeShown, PROVIDERS);
            StateRouting state = new StateRouting(new StateAccess(settings.stateToken()),
                    Map.of(HealthEndpoint.NAME, new HealthEndpoint(health)), failures);
            HttpServer server = HttpServer.start(settings.host(), settings.port(), settings.idleTimeout(), routing, state,
                    settings.faults(), failures);
            Emulator emulator = new Emulator(server, accounts, credentials, endpoint(settings.host(), server.port()),
                    endpoint(local(settings.host()), server.port()), readiness, health, seed);
            readiness.ready();
            return emulator;
        } catch (IOException e) {
            accounts.close();
            BindException bind = bindFailure(e);
            throw new EmulatorException(ToolCode.PORT_UNAVAILABLE, "cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + (bind != null ? bind.getMessage() : e.getMessage()) + ")"
                    + (bind != null ? ": another program may hold the port, or the address is not this machine's;"
                    + " set keypairs.serve.port to a free one, or 0 to pick one" : ""), e);
        } catch (EmulatorException | RuntimeException e) {
            accounts.close();
            throw e;
        }
    }

    private static String endpoint(String host, int port) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** The host a client on this machine connects to: loopback for a wildcard address, which is none to connect to. */
    private static String local(String host) {
        boolean literal = host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        try {
            // Only a literal is parsed (no name lookup); 0.0.0.0 and :: listen on every interface.
            if (literal && InetAddress.getByName(host).isAnyLocalAddress()) {
                return host.contains(":") ? "::1" : "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            // Not an address after all: the host as given.
        }
        return host;
    }

    private static String redacted(String uri) {
        try {
            return StoreUri.parse(uri).redacted();
        } catch (StoreException unparsed) {
            return uri.substring(0, Math.max(0, uri.indexOf(':') + 1));
        }
    }

    /** The bind failure beneath the server's start failure (Jetty wraps it), if that is what it was. */
    private static BindException bindFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    private static Credentials credentials(EmulatorSettings settings) throws EmulatorException {
        if (settings.credentialsFile() == null) {
            return Credentials.testPair();
        }
        try {
            return Credentials.read(settings.credentialsFile());
        } catch (Credentials.CredentialsFileException e) {
            throw new EmulatorException(ToolCode.INVALID_CREDENTIALS_FILE, "keypairs.serve.credentials: "
                    + e.getMessage(), null);
        }
    }

    private static Accounts openAccounts(EmulatorSettings settings, Credentials credentials) throws EmulatorException {
        try {
            return Accounts.open(credentials, settings.storeUri(), settings.rules());
        } catch (Accounts.OpeningException e) {
            throw new EmulatorException(e.code(), e.getMessage(), e.getCause());
        }
    }

    private static String failureLine(String requestId, Throwable failure) {
        return "keypairs emulator: the request " + requestId + " failed inside the emulator: "
                + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }

    /** The base URL both providers' SDKs are pointed at, e.g. {@code http://127.0.0.1:8089}. */
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
        return endpoint.substring("http://".length());
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** How many requests the emulator received since the start, refused ones included: tests count calls. */
    public long requests() {
        return server.requests();
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
     * emulator's rules; as {@link #seed(String)}.
     */
    public SeedReport seed(KeyPairStore account, String manifestYaml) throws KeypairsException {
        return seed.fromText(Objects.requireNonNull(account, "account"), manifestYaml);
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
