package dev.keypairs.maven;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.wire.Faults;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.RegionCatalogueException;
import java.nio.file.Path;
import java.util.Map;
import java.io.File;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the Alibaba Cloud ECS and Tencent Cloud CVM key pair APIs over HTTP on one port, backed by the store,
 * so that the providers' own SDKs, CLIs and Terraform providers can be pointed at it unchanged. Needs no pom.
 * Prints {@code keypairs emulator listening on http://HOST:PORT} when ready, then serves until interrupted
 * (Ctrl-C or SIGTERM), closing the store cleanly and printing {@code keypairs emulator stopped after N requests}, as
 * {@code java -jar} does.
 */
@Mojo(name = "serve", requiresProject = false, aggregator = true, threadSafe = true)
public class ServeMojo extends AbstractGoalMojo {

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
     * A file of the access keys accepted, lines {@code PROVIDER ACCESS_KEY_ID SECRET} ({@code #} comments).
     * Without one, the well-known test key {@code keypairs-test} / {@code keypairs-test-secret} is accepted for
     * both providers.
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        applyCommandLine();
        if (skipped()) {
            return;
        }
        // Jetty logs its start at INFO through Maven's logger; only its warnings belong in a build's output.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        }
        Emulator emulator;
        try {
            EmulatorSettings settings = EmulatorSettings.defaults().withHost(host).withPort(EmulatorSettings.port(port))
                    .withCredentialsFile(credentials == null ? null : credentials.toPath()).withRules(rules());
            if (store != null) {
                // Without one, the default store, as every goal has.
                settings = settings.withStore(storeWithCredentials(store, storeServerId));
            }
            Faults faults = settings.faults().withLatency(EmulatorSettings.latency(latency));
            settings = settings.withFaults(throttle == null ? faults : EmulatorSettings.throttling(faults, throttle));
            emulator = Emulator.start(settings, line -> getLog().warn(line));
        } catch (EmulatorException e) {
            throw new MojoFailureException(e.codedMessage() + hint(e.code()), e);
        }
        // Ctrl-C and SIGTERM end the JVM: its shutdown hook stops the emulator, closes the store and says so.
        PrintStream out = System.out;
        Runnable stopping = stopping(emulator, out);
        Thread stop = new Thread(stopping, "keypairs-emulator-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            // The listening line goes to standard output as it is, without Maven's [INFO]: tools wait for it.
            out.println(emulator.credentialsLine());
            out.println(emulator.listeningLine());
            out.flush();
            emulator.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopping.run();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: that is what ended the wait.
            }
        }
    }

    /**
     * Closes the emulator and prints {@link Emulator#stoppedLine()} as {@code java -jar} does, once, whichever of
     * the shutdown hook and the goal's own end comes first; the other waits for it, so the JVM never halts mid-line.
     */
    static Runnable stopping(Emulator emulator, PrintStream out) {
        AtomicBoolean stopped = new AtomicBoolean();
        return () -> {
            synchronized (stopped) {
                if (stopped.compareAndSet(false, true)) {
                    emulator.close();
                    out.println(emulator.stoppedLine());
                    out.flush();
                }
            }
        };
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

    private static String hint(ToolCode code) {
        return switch (code) {
            case PORT_UNAVAILABLE -> ". Set -Dkeypairs.serve.port=0 to let the emulator pick a free port.";
            case STORE_NOT_EMULATED -> ". Set -Dkeypairs.store=memory:dev for a throwaway account, or sqlite:PATH.";
            case INVALID_CREDENTIALS_FILE -> ". Fix the file, or leave out -Dkeypairs.serve.credentials for the test key.";
            default -> ".";
        };
    }
}
