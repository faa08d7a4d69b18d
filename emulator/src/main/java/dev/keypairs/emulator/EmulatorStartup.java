package dev.keypairs.emulator;

import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.fault.FaultInjector;
import dev.keypairs.emulator.http.HttpServer;
import dev.keypairs.emulator.http.ProviderRouting;
import dev.keypairs.emulator.journal.Journal;
import dev.keypairs.emulator.state.FaultsEndpoint;
import dev.keypairs.emulator.state.Health;
import dev.keypairs.emulator.state.HealthEndpoint;
import dev.keypairs.emulator.state.JournalEndpoint;
import dev.keypairs.emulator.state.Readiness;
import dev.keypairs.emulator.state.ResetEndpoint;
import dev.keypairs.emulator.state.SeedEndpoint;
import dev.keypairs.emulator.state.StateAccess;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.emulator.tencent.TencentCvmApi;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.emulator.tls.CaFileException;
import dev.keypairs.emulator.tls.CaFiles;
import dev.keypairs.emulator.tls.ServerIdentity;
import dev.keypairs.emulator.tls.ServerNames;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Puts an emulator together from its settings, in the order that leaves nothing open when a step fails: the
 * settings checked, the credentials read, the CA loaded (over HTTPS), the accounts opened, the seed applied, then
 * the providers' APIs and the state endpoints behind one server, ready once it listens.
 */
final class EmulatorStartup {

    /** The providers served, as health lists them. */
    private static final List<String> PROVIDERS = Arrays.stream(Provider.values()).map(Provider::id).toList();

    private EmulatorStartup() {
    }

    /** Starts an emulator: {@link Emulator#start(EmulatorSettings, Consumer)}. */
    static Emulator start(EmulatorSettings settings, Consumer<String> log) throws EmulatorException {
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
        // Absolute, so that the line naming it can be copied from any directory.
        Path caFile = settings.tls() ? settings.tlsCaOrDefault().toAbsolutePath().normalize() : null;
        ServerIdentity tls = caFile == null ? null : serverIdentity(caFile, settings);
        Accounts accounts = openAccounts(settings, credentials);
        try {
            EmulatorSeed seed = EmulatorSeed.atStart(settings, accounts.defaultAccount().store(), log);
            Authenticator authenticator = new Authenticator(credentials, settings.clock());
            BiConsumer<String, Throwable> failures = (requestId, failure) -> log.accept(failureLine(requestId, failure));
            AlibabaRules alibaba = settings.rules().alibaba();
            TencentRules tencent = settings.rules().tencent();
            FaultInjector faults = new FaultInjector(settings.faults());
            Journal journal = new Journal(settings.clock());
            ProviderRouting routing = new ProviderRouting(
                    new AlibabaEcsApi(accounts, alibaba, authenticator, SignatureScheme.HMAC_SHA1, failures, faults),
                    new AlibabaEcsApi(accounts, alibaba, authenticator, SignatureScheme.ACS3_HMAC_SHA256, failures,
                            faults),
                    new TencentCvmApi(accounts, tencent.regions(), authenticator, SignatureScheme.TC3_HMAC_SHA256,
                            failures, faults),
                    new TencentCvmApi(accounts, tencent.regions(), authenticator,
                            SignatureScheme.TENCENT_V1_HMAC_SHA256, failures, faults),
                    new TencentTagApi(accounts, tencent, authenticator, SignatureScheme.TC3_HMAC_SHA256, failures,
                            faults),
                    new TencentTagApi(accounts, tencent, authenticator, SignatureScheme.TENCENT_V1_HMAC_SHA256,
                            failures, faults));
            Readiness readiness = new Readiness();
            String storeShown = redacted(settings.storeUri());
            Supplier<Health> health = () -> new Health(readiness.status(), BuildVersion.current(), storeShown, PROVIDERS);
            StateRouting state = new StateRouting(new StateAccess(settings.stateToken()), Map.of(
                    HealthEndpoint.NAME, new HealthEndpoint(health),
                    ResetEndpoint.NAME, new ResetEndpoint(accounts),
                    SeedEndpoint.NAME, new SeedEndpoint(accounts, seed::fromText),
                    JournalEndpoint.NAME, new JournalEndpoint(journal, accounts),
                    FaultsEndpoint.NAME, new FaultsEndpoint(faults)), failures);
            HttpServer server = HttpServer.start(settings.host(), settings.port(), settings.idleTimeout(), tls, routing, state,
                    journal, failures);
            String scheme = tls == null ? "http://" : "https://";
            Emulator emulator = new Emulator(server, accounts, credentials,
                    endpoint(scheme, settings.host(), server.port()), endpoint(scheme, local(settings.host()), server.port()),
                    readiness, health, seed, caFile, journal, faults);
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

    private static String endpoint(String scheme, String host, int port) {
        return scheme + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
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

    /**
     * The local CA from its files (made at the first start) and a server certificate it signs for this start: for
     * loopback, the host names the docs use and the listening host.
     */
    private static ServerIdentity serverIdentity(Path caFile, EmulatorSettings settings) throws EmulatorException {
        try {
            return CaFiles.loadOrMake(caFile, settings.clock().instant()).issue(ServerNames.forHost(settings.host()),
                    settings.clock().instant());
        } catch (CaFileException e) {
            throw new EmulatorException(ToolCode.INVALID_TLS_CA, "keypairs.serve.tls.ca: " + e.getMessage(), null);
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
}
