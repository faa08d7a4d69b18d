package dev.keypairs.maven;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.RegionCatalogueException;
import dev.keypairs.provider.Rules;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The emulator's settings ({@code keypairs.serve.*}), shared by {@code keypairs:serve}, which serves in the
 * foreground, and {@code keypairs:start}, which serves in the background of a build.
 */
abstract class AbstractEmulatorMojo extends AbstractGoalMojo {

    /**
     * The store both APIs read and write: any but {@code cloud:}, e.g. {@code memory:dev} for a throwaway one.
     * Default: <code>sqlite:${user.home}/.keypairs/store.db</code>.
     */
    @Parameter(property = "keypairs.store")
    String store;

    /** The settings.xml server whose username and password are a {@code postgresql://} store's. */
    @Parameter(property = "keypairs.store.serverId", defaultValue = SettingsServers.STORE_SERVER_ID)
    String storeServerId;

    /** The address to listen on; anything but loopback must be asked for. */
    @Parameter(property = "keypairs.serve.host", defaultValue = EmulatorSettings.DEFAULT_HOST)
    String host;

    /** The port; {@code 0} picks a free one, printed in the listening line. */
    @Parameter(property = "keypairs.serve.port", defaultValue = "8089")
    String port;

    /**
     * A file of the access keys accepted, lines {@code PROVIDER ACCESS_KEY_ID SECRET [read-only]
     * [account=STORE-URI]} ({@code #} comments): each key's calls are served from its account's store, or from
     * {@code keypairs.store} when it names none. Without one, the well-known test key {@code keypairs-test} /
     * {@code keypairs-test-secret} is accepted for both providers.
     */
    @Parameter(property = "keypairs.serve.credentials")
    File credentials;

    /**
     * Milliseconds every request waits before it is answered, as a far region's latency: tests of timeouts and of
     * how a run copes with round trips. 0 (the default) adds none.
     */
    @Parameter(property = "keypairs.serve.latency", defaultValue = "0")
    String latency;

    /**
     * Throttling put on the account, {@code N/M}: the first N of every M requests are refused for the rate
     * ({@code Throttling} / {@code RequestLimitExceeded}), to test a client's retries. Unset, nothing is.
     */
    @Parameter(property = "keypairs.serve.throttle")
    String throttle;

    /**
     * A JSON file of fault rules put on calls from the start, {@code {"seed": N, "rules": [{"provider", "action",
     * "region", "accessKeyId", "code", "probability" | "every", "latencyMs"}]}}: refusals with a code the provider
     * answers and latency, per provider, action, region and access key (emulator.md). {@code latency} and
     * {@code throttle} add rules of their own after these.
     */
    @Parameter(property = "keypairs.serve.faults")
    File faults;

    /**
     * Serves HTTPS instead of HTTP on the port, with a certificate for {@code localhost} and {@code 127.0.0.1} made
     * at first start; the CA certificate to trust is written to {@code keypairs.serve.tls.ca}.
     */
    @Parameter(property = "keypairs.serve.tls", defaultValue = "false")
    boolean tls;

    /** Where the CA certificate of {@code keypairs.serve.tls} is written. Default: {@code ~/.keypairs/emulator-ca.pem}. */
    @Parameter(property = "keypairs.serve.tls.ca")
    File tlsCa;

    /**
     * Manifests (files, or directories of {@code *.yaml} and {@code *.yml}) applied into the store before the
     * emulator says it is listening, as {@code keypairs:apply} would: an account that starts with key pairs. A
     * restart over a persisted store changes nothing. In the pom a list, on the command line comma-separated.
     */
    @Parameter(property = "keypairs.serve.seed")
    List<String> seed;

    /**
     * The bearer token the state endpoints ({@code /_keypairs/}) ask of callers not on the emulator's own host,
     * when it listens beyond loopback. Without one, state is reached from loopback only.
     */
    @Parameter(property = "keypairs.serve.stateToken")
    String stateToken;

    /** The emulator's settings these parameters give. */
    EmulatorSettings emulatorSettings() throws EmulatorException, MojoFailureException {
        EmulatorSettings settings = EmulatorSettings.defaults().withHost(host).withPort(EmulatorSettings.port(port))
                .withCredentialsFile(credentials == null ? null : credentials.toPath()).withRules(rules());
        if (store != null) {
            // Without one, the default store, as every goal has.
            settings = settings.withStore(storeWithCredentials(store, storeServerId));
        }
        FaultRules rules = faults == null ? settings.faults() : EmulatorSettings.faults(faults.toPath());
        rules = rules.withLatency(EmulatorSettings.latency(latency));
        settings = settings.withFaults(throttle == null ? rules : EmulatorSettings.throttling(rules, throttle));
        List<Path> manifests = new ArrayList<>();
        if (seed != null) {
            for (String manifest : seed) {
                if (!manifest.isBlank()) {
                    manifests.add(resolved(manifest.strip()));
                }
            }
        }
        return settings.withTls(tls, tlsCa == null ? null : tlsCa.toPath()).withSeed(manifests)
                .withStateToken(stateToken);
    }

    /** A file named in a setting: relative to the project's base when there is one. */
    private Path resolved(String file) {
        File base = baseDirectoryOrNull();
        Path path = Path.of(file);
        return base == null || path.isAbsolute() ? path : base.toPath().resolve(path);
    }

    private Rules rules() throws MojoFailureException {
        Map<Provider, Path> catalogues = new EnumMap<>(Provider.class);
        if (alibabaRegions != null) {
            catalogues.put(Provider.ALIBABA, alibabaRegions.toPath());
        }
        if (tencentRegions != null) {
            catalogues.put(Provider.TENCENT, tencentRegions.toPath());
        }
        try {
            return Rules.withCatalogues(catalogues);
        } catch (RegionCatalogueException e) {
            throw new MojoFailureException(ToolCode.INVALID_SETTING.code() + ": " + e.getMessage() + " (-Dkeypairs.regions."
                    + e.provider().id() + ")", e);
        }
    }

    /**
     * Starts the emulator these parameters describe, its warnings through Maven's log.
     *
     * @throws MojoFailureException the emulator's coded refusal, with what to change
     */
    Emulator startEmulator() throws MojoFailureException {
        quietJetty();
        try {
            return Emulator.start(emulatorSettings(), line -> getLog().warn(line));
        } catch (EmulatorException e) {
            throw new MojoFailureException(e.codedMessage() + hint(e.code()), e);
        }
    }

    /** Keeps Jetty's start-up lines (INFO through Maven's logger) out of the build's output; its warnings stay. */
    static void quietJetty() {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
    }

    static String hint(ToolCode code) {
        return switch (code) {
            case PORT_UNAVAILABLE -> ". Set -Dkeypairs.serve.port=0 to let the emulator pick a free port.";
            case STORE_NOT_EMULATED -> ". Name an emulated store: memory:NAME for a throwaway account, or sqlite:PATH"
                    + " (-Dkeypairs.store, or the credentials file's account=).";
            case INVALID_CREDENTIALS_FILE -> ". Fix the file, or leave out -Dkeypairs.serve.credentials for the test key.";
            case INVALID_TLS_CA -> ". Fix the files, or set -Dkeypairs.serve.tls.ca to a new path for a new CA (to be trusted).";
            default -> ".";
        };
    }
}
