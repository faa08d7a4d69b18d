package dev.keypairs.maven;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.ReadinessProbe;
import dev.keypairs.project.ToolCode;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the emulator in the background of the build, for the integration tests that follow (bound to
 * {@code pre-integration-test}), with the {@code keypairs.serve.*} settings {@code keypairs:serve} takes; waits
 * until {@code GET /_keypairs/health} answers ready; then sets the project properties
 * {@code keypairs.emulator.endpoint} ({@code http://HOST:PORT}) and {@code keypairs.emulator.port}, for
 * maven-failsafe-plugin's {@code <systemPropertyVariables>} and the tests. {@code keypairs:stop} stops it; a build that
 * ends without it (a failure in between) still stops it, as its session ends. Each module of a reactor runs its own: give
 * {@code <port>0</port>} so that each picks a free port.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartMojo extends AbstractEmulatorMojo {

    /** The project property set to the emulator's base URL, {@code http://HOST:PORT}. */
    static final String ENDPOINT_PROPERTY = "keypairs.emulator.endpoint";
    /** The project property set to the emulator's port. */
    static final String PORT_PROPERTY = "keypairs.emulator.port";

    /** Seconds to wait until {@code /_keypairs/health} says ready before the goal fails ({@code EmulatorNotReady}). */
    @Parameter(property = "keypairs.start.timeout", defaultValue = "60")
    String timeout;

    /** The project's properties, where the endpoint and the port are set for the goals and tests that follow. */
    @Parameter(defaultValue = "${project.properties}", readonly = true)
    Properties projectProperties;

    /** The build's session, whose end stops the emulator if {@code keypairs:stop} has not. */
    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** The project's directory: relative seed manifests and files given on the command line are resolved there. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File projectDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        applyCommandLine();
        if (skipped()) {
            return;
        }
        Map<Object, Object> context = context();
        if (context.get(BackgroundEmulator.CONTEXT_KEY) instanceof BackgroundEmulator running) {
            throw new MojoFailureException(ToolCode.EMULATOR_ALREADY_STARTED.code() + ": keypairs:start ran twice in"
                    + " this project; the emulator it started first still serves at " + running.emulator().endpoint()
                    + ". Run keypairs:stop between the two, or keep one execution of keypairs:start.");
        }
        Duration wait = seconds(timeout);
        Emulator emulator = startEmulator();
        BackgroundEmulator background = BackgroundEmulator.keep(emulator, System.out);
        try {
            // Over HTTPS, trusting the emulator's CA alone, as the tests after it will.
            ReadinessProbe.of(emulator, stateToken).await(emulator.localEndpoint(), wait);
        } catch (EmulatorException e) {
            background.stop();
            throw new MojoFailureException(e.codedMessage() + ". It was stopped again." + (e.code()
                    == ToolCode.EMULATOR_NOT_READY ? " Check that keypairs.serve.host is an address of this machine, or"
                    + " give it longer with -Dkeypairs.start.timeout=SECONDS." : hint(e.code()).substring(1)), e);
        } catch (InterruptedException e) {
            background.stop();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("keypairs:start was interrupted while it waited for the emulator", e);
        } catch (IllegalArgumentException e) {
            // The JDK's HTTP client takes no URI whose host is not a host name or an address (ci_runner, fe80::1%eth0).
            background.stop();
            throw new MojoFailureException(ToolCode.INVALID_SETTING.code() + ": the emulator listened at "
                    + emulator.localEndpoint() + ", which an HTTP client cannot ask (" + e.getMessage() + "). It was"
                    + " stopped again. Set keypairs.serve.host to an address, or a host name of letters, digits,"
                    + " hyphens and dots.", e);
        }
        context.put(BackgroundEmulator.CONTEXT_KEY, background);
        if (session != null) {
            SessionEndStop.register(session, background, getLog());
        }
        projectProperties.setProperty(ENDPOINT_PROPERTY, emulator.localEndpoint());
        projectProperties.setProperty(PORT_PROPERTY, String.valueOf(emulator.port()));
        getLog().info(emulator.credentialsLine());
        emulator.seedLine().ifPresent(getLog()::info);
        emulator.caCertificateLine().ifPresent(getLog()::info);
        getLog().info(emulator.listeningLine());
        getLog().info(ENDPOINT_PROPERTY + "=" + emulator.localEndpoint() + ", " + PORT_PROPERTY + "=" + emulator.port());
    }

    /** The plugin's context of this project, shared with {@code keypairs:stop}. */
    @SuppressWarnings("unchecked")
    private Map<Object, Object> context() {
        return getPluginContext();
    }

    /** The timeout as a duration: whole seconds from 1 to 3600. */
    static Duration seconds(String text) throws MojoFailureException {
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds >= 1 && seconds <= 3_600) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new MojoFailureException(ToolCode.INVALID_SETTING.code() + ": keypairs.start.timeout is '" + text
                + "'; it takes whole seconds from 1 to 3600. Nothing was started.");
    }

    @Override
    File baseDirectoryOrNull() {
        return projectDirectory;
    }
}
