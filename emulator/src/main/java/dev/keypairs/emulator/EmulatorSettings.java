package dev.keypairs.emulator;

import dev.keypairs.emulator.fault.FaultRule;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.emulator.fault.FaultRulesException;
import dev.keypairs.emulator.fault.FaultRulesJson;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an emulator is started. Every field has the default {@code mvn keypairs:serve} has.
 *
 * @param host the address to listen on: {@value #DEFAULT_HOST} unless another is asked for
 * @param port the port: {@value #DEFAULT_PORT}; 0 picks a free one
 * @param storeUri the store behind both APIs (any but {@code cloud:})
 * @param credentialsFile the access keys accepted, lines {@code PROVIDER ACCESS_KEY_ID SECRET [read-only]
 *     [account=STORE-URI]}, each key's calls served from its account's store ({@code storeUri} when it names none);
 *     null for the well-known test pair
 * @param rules the providers' rules, region catalogues included, that the store and DescribeRegions use
 * @param idleTimeout how long a connection may send nothing before it is closed
 * @param clock the emulator's time, against which signatures' timestamps are checked
 * @param faults the fault rules put on calls at start ({@code keypairs.serve.faults}, with {@code keypairs.serve.latency}
 *     and {@code keypairs.serve.throttle} as rules of their own); {@link FaultRules#NONE} by default
 * @param tls whether HTTPS is served on the port instead of HTTP ({@code keypairs.serve.tls}), with a certificate
 *     made at first start
 * @param tlsCa where the CA certificate to trust is written when {@code tls} is on ({@code keypairs.serve.tls.ca});
 *     null for the default, {@code ~/.keypairs/emulator-ca.pem}
 * @param seed manifests (files or directories) applied into the store before the emulator says it is listening
 *     ({@code keypairs.serve.seed}); empty for none
 * @param stateToken the bearer token the state endpoints ({@code /_keypairs/}) ask of a caller that is not on
 *     loopback ({@code keypairs.serve.stateToken}); null: state is reached from loopback only
 */
public record EmulatorSettings(String host, int port, String storeUri, Path credentialsFile,
        Rules rules, Duration idleTimeout, Clock clock, FaultRules faults, boolean tls, Path tlsCa, List<Path> seed,
        String stateToken) {

    /** Loopback only: serving another interface must be asked for. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8089;
    /** The default idle timeout. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public EmulatorSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(storeUri, "storeUri");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(faults, "faults");
        seed = List.copyOf(seed);
    }

    /** The defaults: loopback, port 8089, the embedded store in the user's home, the test pair. */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(DEFAULT_HOST, DEFAULT_PORT, KeyPairStores.DEFAULT_URI, null, Rules.builtIn(),
                DEFAULT_IDLE_TIMEOUT, Clock.systemUTC(), FaultRules.NONE, false, null, List.of(), null);
    }

    /**
     * A port as text, as the command line and Maven give it.
     *
     * @throws EmulatorException {@code InvalidSetting} when it is not a whole number from 0 to 65535
     */
    public static int port(String text) throws EmulatorException {
        int port;
        try {
            port = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (!isPort(port)) {
            throw notAPort("'" + text + "'");
        }
        return port;
    }

    /** Whether a number is a port the emulator may listen on: 1 to 65535, or 0 for a free one. */
    static boolean isPort(int port) {
        return port >= 0 && port <= 65_535;
    }

    /** The refusal of a port that is not one. */
    static EmulatorException notAPort(String given) {
        return new EmulatorException(ToolCode.INVALID_SETTING, "keypairs.serve.port is " + given
                + "; it takes a port from 1 to 65535, or 0 for a free one", null);
    }

    /** These settings on another host. */
    public EmulatorSettings withHost(String newHost) {
        return new EmulatorSettings(newHost, port, storeUri, credentialsFile, rules, idleTimeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings on another port. */
    public EmulatorSettings withPort(int newPort) {
        return new EmulatorSettings(host, newPort, storeUri, credentialsFile, rules, idleTimeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings over another store. */
    public EmulatorSettings withStore(String newStoreUri) {
        return new EmulatorSettings(host, port, newStoreUri, credentialsFile, rules, idleTimeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings with a credentials file; null for the test pair. */
    public EmulatorSettings withCredentialsFile(Path file) {
        return new EmulatorSettings(host, port, storeUri, file, rules, idleTimeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings with other providers' rules (region catalogues). */
    public EmulatorSettings withRules(Rules newRules) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, newRules, idleTimeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings with another idle timeout. */
    public EmulatorSettings withIdleTimeout(Duration timeout) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, timeout, clock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings with these fault rules put on calls from the start. */
    public EmulatorSettings withFaults(FaultRules newFaults) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, idleTimeout, clock, newFaults,
                tls, tlsCa, seed, stateToken);
    }

    /**
     * A latency as text, in milliseconds, as the command line and Maven give it.
     *
     * @throws EmulatorException {@code InvalidSetting} when it is not a whole number from 0 to 60000
     */
    public static Duration latency(String text) throws EmulatorException {
        try {
            long millis = Long.parseLong(text.strip());
            if (millis >= 0 && millis <= 60_000) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new EmulatorException(ToolCode.INVALID_SETTING, "keypairs.serve.latency is '" + text
                + "'; it takes milliseconds from 0 to 60000", null);
    }

    /**
     * Fault rules and a throttling setting as text, {@code N/M}: for each provider, the first N of every M of its calls
     * refused for the rate ({@code Throttling}, {@code RequestLimitExceeded}), rules of their own after the others.
     *
     * @throws EmulatorException {@code InvalidSetting} when it is not in that form with 0 &lt; N &lt;= M
     */
    public static FaultRules throttling(FaultRules faults, String text) throws EmulatorException {
        return faults.withThrottling(FaultRule.Every.parse(text).orElseThrow(() -> new EmulatorException(
                ToolCode.INVALID_SETTING, "keypairs.serve.throttle is '" + text + "'; it takes N/M, the first N of"
                        + " every M calls of each provider refused for the rate (e.g. 3/10)", null)));
    }

    /**
     * The fault rules of a file, {@code keypairs.serve.faults}: JSON {@code {"seed": N, "rules": [...]}}
     * (emulator.md).
     *
     * @throws EmulatorException the file's refusal ({@code FileNotFound}, {@code UnknownField},
     *     {@code ConflictingFields}, {@code UnknownProvider}, {@code InvalidSetting}), naming the setting
     */
    public static FaultRules faults(Path file) throws EmulatorException {
        try {
            return FaultRulesJson.read(file);
        } catch (FaultRulesException e) {
            throw new EmulatorException(e.code(), "keypairs.serve.faults: " + e.getMessage(), null);
        }
    }

    /**
     * A yes-or-no setting as text: {@code true} or {@code false}, in any case.
     *
     * @throws EmulatorException {@code InvalidSetting} naming the setting for anything else
     */
    public static boolean flag(String setting, String text) throws EmulatorException {
        String value = text.strip();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new EmulatorException(ToolCode.INVALID_SETTING, setting + " is '" + text + "'; it takes true or false",
                null);
    }

    /**
     * Where the CA certificate goes: {@code tlsCa}, or {@code ~/.keypairs/emulator-ca.pem} when none was given (its
     * key beside it, {@code emulator-ca-key.pem}).
     */
    public Path tlsCaOrDefault() {
        return tlsCa != null ? tlsCa : Path.of(System.getProperty("user.home"), ".keypairs", "emulator-ca.pem");
    }

    /** These settings with another clock (tests of clock skew). */
    public EmulatorSettings withClock(Clock newClock) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, idleTimeout, newClock, faults,
                tls, tlsCa, seed, stateToken);
    }

    /** These settings serving HTTPS ({@code true}) or HTTP; {@code caFile} where the CA certificate goes, null for the default. */
    public EmulatorSettings withTls(boolean on, Path caFile) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, idleTimeout, clock, faults, on, caFile,
                seed, stateToken);
    }

    /** These settings seeding the store from these manifests (files or directories) at start. */
    public EmulatorSettings withSeed(List<Path> manifests) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, idleTimeout, clock, faults, tls, tlsCa,
                manifests, stateToken);
    }

    /** These settings with the bearer token of the state endpoints; null for loopback-only state. */
    public EmulatorSettings withStateToken(String token) {
        return new EmulatorSettings(host, port, storeUri, credentialsFile, rules, idleTimeout, clock, faults, tls, tlsCa,
                seed, token);
    }
}
