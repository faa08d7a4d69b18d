package dev.keypairs.emulator;

import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.fault.FaultInjector;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.http.HttpServer;
import dev.keypairs.emulator.http.ProviderRouting;
import dev.keypairs.emulator.journal.Journal;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.io.IOException;
import java.net.BindException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A running emulator: both providers' APIs on one HTTP port, over one store it opened and closes. Safe to
 * close from any thread (a shutdown hook, a test's teardown); closing twice does nothing more.
 */
public final class Emulator implements AutoCloseable {

    /** The start of the line printed when the emulator is ready; the endpoint follows it. */
    public static final String LISTENING = "keypairs emulator listening on ";

    private final HttpServer server;
    private final KeyPairStore store;
    private final Credentials credentials;
    private final String endpoint;
    private final Journal journal;
    private final FaultInjector faults;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Emulator(HttpServer server, KeyPairStore store, Credentials credentials, String endpoint, Journal journal,
            FaultInjector faults) {
        this.server = server;
        this.store = store;
        this.credentials = credentials;
        this.endpoint = endpoint;
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
     *     opened, a credentials file that cannot be used, a port that cannot be listened on
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
        KeyPairStore store = openStore(settings);
        try {
            Authenticator authenticator = new Authenticator(credentials, settings.clock());
            BiConsumer<String, Throwable> failures = (requestId, failure) -> log.accept(failureLine(requestId, failure));
            AlibabaRules alibaba = settings.rules().alibaba();
            TencentRules tencent = settings.rules().tencent();
            FaultInjector faults = new FaultInjector(settings.faults());
            Journal journal = new Journal(settings.clock());
            ProviderRouting routing = new ProviderRouting(
                    new AlibabaEcsApi(store, alibaba, authenticator, SignatureScheme.HMAC_SHA1, failures, faults),
                    new AlibabaEcsApi(store, alibaba, authenticator, SignatureScheme.ACS3_HMAC_SHA256, failures, faults),
                    new TencentCvmApi(store, tencent.regions(), authenticator, SignatureScheme.TC3_HMAC_SHA256, failures,
                            faults),
                    new TencentCvmApi(store, tencent.regions(), authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256,
                            failures, faults),
                    new TencentTagApi(store, tencent, authenticator, SignatureScheme.TC3_HMAC_SHA256, failures, faults),
                    new TencentTagApi(store, tencent, authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256, failures,
                            faults));
            HttpServer server = HttpServer.start(settings.host(), settings.port(), settings.idleTimeout(), routing, journal,
                    failures);
            String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
            return new Emulator(server, store, credentials, "http://" + host + ":" + server.port(), journal, faults);
        } catch (IOException e) {
            closeQuietly(store);
            BindException bind = bindFailure(e);
            throw new EmulatorException(ToolCode.PORT_UNAVAILABLE, "cannot listen on " + settings.host() + ":"
                    + settings.port() + " (" + (bind != null ? bind.getMessage() : e.getMessage()) + ")"
                    + (bind != null ? ": another program may hold the port, or the address is not this machine's;"
                    + " set keypairs.serve.port to a free one, or 0 to pick one" : ""), e);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
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

    private static KeyPairStore openStore(EmulatorSettings settings) throws EmulatorException {
        String uri = settings.storeUri();
        // Schemes are case-insensitive (StoreUri lowercases them): CLOUD: is the real clouds too.
        if (uri.regionMatches(true, 0, "cloud:", 0, "cloud:".length())) {
            String shown;
            try {
                shown = StoreUri.parse(uri).redacted();
            } catch (StoreException unparsed) {
                shown = "cloud:";
            }
            throw new EmulatorException(ToolCode.STORE_NOT_EMULATED, "keypairs.store is " + shown
                    + ", the real clouds; the emulator serves an emulated account: sqlite:PATH, postgresql://HOST/DATABASE or memory:NAME", null);
        }
        try {
            return KeyPairStores.open(uri, settings.rules());
        } catch (StoreException e) {
            throw new EmulatorException(ToolCode.STORE_UNAVAILABLE, "keypairs.store: " + e.getMessage(), e);
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

    /** The store behind both APIs (for tests that look at what a call left). */
    public KeyPairStore store() {
        return store;
    }

    /** The access keys accepted. */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * What the start-up output says of the keys accepted: the test pair in full (it is well known), or how
     * many keys a file gave, never their secrets.
     */
    public String credentialsLine() {
        if (credentials.isTestPair()) {
            return "keypairs emulator accepts the test key for both providers: AccessKeyId "
                    + Credentials.TEST_ACCESS_KEY_ID + ", secret " + Credentials.TEST_SECRET;
        }
        int count = credentials.keys().size();
        return "keypairs emulator accepts " + count + (count == 1 ? " access key" : " access keys")
                + " from the credentials file (secrets not shown)";
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

    /** Stops serving (calls in flight finish first) and closes the store. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            closeQuietly(store);
        }
    }

    private static void closeQuietly(KeyPairStore store) {
        try {
            store.close();
        } catch (StoreException e) {
            // Nothing is pending: every call committed or rolled back in its own transaction.
        }
    }
}
