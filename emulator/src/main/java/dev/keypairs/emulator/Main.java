package dev.keypairs.emulator;

import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.RegionCatalogueException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar keypairs-emulator-VERSION-standalone.jar [--host H] [--port P] [--store URI]
 * [--credentials FILE] [--alibaba-regions FILE] [--tencent-regions FILE]}: serves until interrupted (SIGINT or
 * SIGTERM), then closes the store. Each option may also be given as the system property {@code mvn
 * keypairs:serve} takes ({@code -Dkeypairs.serve.port=0}); an option on the command line wins, and one given
 * empty is refused ({@code EmptySetting}).
 */
public final class Main {

    /** Each option and the setting (system property) it gives. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(Map.entry("--host", "keypairs.serve.host"),
            Map.entry("--port", "keypairs.serve.port"), Map.entry("--store", "keypairs.store"),
            Map.entry("--credentials", "keypairs.serve.credentials"),
            Map.entry("--alibaba-regions", "keypairs.regions.alibaba"),
            Map.entry("--tencent-regions", "keypairs.regions.tencent"), Map.entry("--latency", "keypairs.serve.latency"),
            Map.entry("--throttle", "keypairs.serve.throttle"), Map.entry("--tls", "keypairs.serve.tls"),
            Map.entry("--tls-ca", "keypairs.serve.tls.ca"), Map.entry("--seed", "keypairs.serve.seed"),
            Map.entry("--state-token", "keypairs.serve.stateToken"), Map.entry("--faults", "keypairs.serve.faults"));

    static final String USAGE = "usage: java -jar keypairs-emulator-standalone.jar [--host HOST] [--port PORT]"
            + " [--store URI] [--credentials FILE] [--alibaba-regions FILE] [--tencent-regions FILE]"
            + " [--latency MS] [--throttle N/M] [--tls true|false] [--tls-ca FILE] [--seed MANIFESTS]"
            + " [--state-token TOKEN] [--faults FILE]\n"
            + "  --host         the address to listen on (keypairs.serve.host; default 127.0.0.1)\n"
            + "  --port         the port, 0 for a free one (keypairs.serve.port; default 8089)\n"
            + "  --store        the store behind both APIs (keypairs.store; default sqlite:~/.keypairs/store.db)\n"
            + "  --credentials  a file of lines PROVIDER ACCESS_KEY_ID SECRET [read-only] [account=STORE-URI]\n"
            + "                 (keypairs.serve.credentials; default: the test key keypairs-test / keypairs-test-secret)\n"
            + "  --alibaba-regions, --tencent-regions  region catalogue files replacing the built-in lists\n"
            + "                 (keypairs.regions.alibaba, keypairs.regions.tencent)\n"
            + "  --latency      milliseconds every request waits before its answer (keypairs.serve.latency; default 0)\n"
            + "  --throttle     N/M: the first N of every M calls of each provider refused for the rate\n"
            + "                 (keypairs.serve.throttle)\n"
            + "  --faults       a JSON file of fault rules {\"seed\": N, \"rules\": [...]} (keypairs.serve.faults)\n"
            + "  --tls          true serves HTTPS on the port with a certificate made at first start (keypairs.serve.tls)\n"
            + "  --tls-ca       where the CA certificate to trust is written (keypairs.serve.tls.ca;\n"
            + "                 default ~/.keypairs/emulator-ca.pem)\n"
            + "  --seed         manifests (comma-separated files or directories) applied into the store at start\n"
            + "                 (keypairs.serve.seed)\n"
            + "  --state-token  the bearer token of /_keypairs/ for callers beyond loopback (keypairs.serve.stateToken)";

    private Main() {
    }

    /** Starts the emulator and serves until the JVM is interrupted; exits 2 when it cannot start. */
    public static void main(String[] args) throws InterruptedException {
        Emulator emulator;
        try {
            emulator = Emulator.start(settings(List.of(args)));
        } catch (UsageException e) {
            System.err.println("keypairs emulator: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        } catch (EmulatorException e) {
            System.err.println("keypairs emulator: " + e.codedMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            // The count lets a benchmark or a test see how many calls a client made.
            System.out.println(emulator.stoppedLine());
            System.out.flush();
        }, "keypairs-emulator-stop"));
        PrintStream out = System.out;
        out.println(emulator.credentialsLine());
        emulator.seedLine().ifPresent(out::println);
        emulator.caCertificateLine().ifPresent(out::println);
        out.println(emulator.listeningLine());
        out.flush();
        emulator.awaitClose();
    }

    /** The settings the arguments and system properties give. */
    static EmulatorSettings settings(List<String> args) throws UsageException, EmulatorException {
        Map<String, String> given = new LinkedHashMap<>();
        for (String key : OPTIONS.values()) {
            String value = System.getProperty(key);
            if (value != null) {
                given.put(key, value);
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new UsageException("");
            }
            String key = OPTIONS.get(option);
            if (key == null) {
                throw new UsageException("unknown " + (option.startsWith("-") ? "option " : "argument ") + option);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            given.put(key, args.get(++i));
        }
        for (Map.Entry<String, String> setting : given.entrySet()) {
            if (setting.getValue().isBlank()) {
                throw new EmulatorException(ToolCode.EMPTY_SETTING, setting.getKey() + " is given but empty: give it a"
                        + " value, or leave it out for its default", null);
            }
        }
        EmulatorSettings settings = EmulatorSettings.defaults();
        settings = settings.withHost(given.getOrDefault("keypairs.serve.host", settings.host()));
        if (given.containsKey("keypairs.serve.port")) {
            settings = settings.withPort(EmulatorSettings.port(given.get("keypairs.serve.port")));
        }
        settings = settings.withStore(given.getOrDefault("keypairs.store", settings.storeUri()));
        if (given.containsKey("keypairs.serve.credentials")) {
            settings = settings.withCredentialsFile(Path.of(given.get("keypairs.serve.credentials")));
        }
        Map<Provider, Path> catalogues = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            String file = given.get("keypairs.regions." + provider.id());
            if (file != null) {
                catalogues.put(provider, Path.of(file));
            }
        }
        Rules rules;
        try {
            rules = Rules.withCatalogues(catalogues);
        } catch (RegionCatalogueException e) {
            throw new EmulatorException(ToolCode.INVALID_SETTING, "keypairs.regions." + e.provider().id() + ": "
                    + e.getMessage(), null);
        }
        FaultRules faults = settings.faults();
        if (given.containsKey("keypairs.serve.faults")) {
            faults = EmulatorSettings.faults(Path.of(given.get("keypairs.serve.faults")));
        }
        if (given.containsKey("keypairs.serve.latency")) {
            faults = faults.withLatency(EmulatorSettings.latency(given.get("keypairs.serve.latency")));
        }
        if (given.containsKey("keypairs.serve.throttle")) {
            faults = EmulatorSettings.throttling(faults, given.get("keypairs.serve.throttle"));
        }
        settings = settings.withRules(rules).withFaults(faults);
        if (given.containsKey("keypairs.serve.tls")) {
            settings = settings.withTls(EmulatorSettings.flag("keypairs.serve.tls", given.get("keypairs.serve.tls")),
                    null);
        }
        if (given.containsKey("keypairs.serve.tls.ca")) {
            settings = settings.withTls(settings.tls(), Path.of(given.get("keypairs.serve.tls.ca")));
        }
        if (given.containsKey("keypairs.serve.seed")) {
            List<Path> manifests = new ArrayList<>();
            for (String manifest : given.get("keypairs.serve.seed").split(",")) {
                if (!manifest.isBlank()) {
                    manifests.add(Path.of(manifest.strip()));
                }
            }
            settings = settings.withSeed(manifests);
        }
        return settings.withStateToken(given.get("keypairs.serve.stateToken"));
    }

    /** Arguments that are not the emulator's; an empty message asks for the usage alone. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
