package dev.keypairs.emulator;

import dev.keypairs.project.ToolCode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar keypairs-emulator-VERSION-standalone.jar [--host H] [--port P] [--store URI]
 * [--credentials FILE]}: serves until interrupted (SIGINT or SIGTERM), then closes the store. Each option may
 * also be given as the system property {@code mvn keypairs:serve} takes ({@code -Dkeypairs.serve.port=0});
 * an option on the command line wins.
 */
public final class Main {

    static final String USAGE = "usage: java -jar keypairs-emulator-standalone.jar [--host HOST] [--port PORT]"
            + " [--store URI] [--credentials FILE]\n"
            + "  --host         the address to listen on (keypairs.serve.host; default 127.0.0.1)\n"
            + "  --port         the port, 0 for a free one (keypairs.serve.port; default 8089)\n"
            + "  --store        the store behind both APIs (keypairs.store; default sqlite:~/.keypairs/store.db)\n"
            + "  --credentials  a file of lines PROVIDER ACCESS_KEY_ID SECRET (keypairs.serve.credentials;\n"
            + "                 default: the test key keypairs-test / keypairs-test-secret)";

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
            System.err.println("keypairs emulator: [" + e.code() + "] " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "keypairs-emulator-stop"));
        PrintStream out = System.out;
        out.println(emulator.credentialsLine());
        out.println(emulator.listeningLine());
        out.flush();
        emulator.awaitClose();
    }

    /** The settings the arguments and system properties give. */
    static EmulatorSettings settings(List<String> args) throws UsageException, EmulatorException {
        EmulatorSettings settings = EmulatorSettings.defaults();
        settings = settings.withHost(System.getProperty("keypairs.serve.host", settings.host()));
        settings = settings.withPort(port(System.getProperty("keypairs.serve.port",
                String.valueOf(settings.port()))));
        settings = settings.withStore(System.getProperty("keypairs.store", settings.storeUri()));
        String credentials = System.getProperty("keypairs.serve.credentials");
        if (credentials != null) {
            settings = settings.withCredentialsFile(Path.of(credentials));
        }
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                throw new UsageException("");
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unknown argument " + option);
            }
            String value = args.get(++i);
            settings = switch (option) {
                case "--host" -> settings.withHost(value);
                case "--port" -> settings.withPort(port(value));
                case "--store" -> settings.withStore(value);
                case "--credentials" -> settings.withCredentialsFile(Path.of(value));
                default -> throw new UsageException("unknown option " + option);
            };
        }
        return settings;
    }

    private static int port(String value) throws EmulatorException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new EmulatorException(ToolCode.INVALID_SETTING, "keypairs.serve.port is '" + value
                    + "'; it takes a port from 1 to 65535, or 0 for a free one", null);
        }
    }

    /** Arguments that are not the emulator's; an empty message asks for the usage alone. */
    static final class UsageException extends Exception {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
