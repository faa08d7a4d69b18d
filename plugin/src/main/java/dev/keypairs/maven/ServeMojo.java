package dev.keypairs.maven;

import dev.keypairs.emulator.Emulator;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Serves the Alibaba Cloud ECS and Tencent Cloud CVM key pair APIs over HTTP on one port, backed by the store,
 * so that the providers' own SDKs, CLIs and Terraform providers can be pointed at it unchanged. Needs no pom.
 * Prints {@code keypairs emulator listening on http://HOST:PORT} when ready ({@code https://} with
 * {@code keypairs.serve.tls}, after the line naming the CA certificate to trust), then serves until interrupted
 * (Ctrl-C or SIGTERM), closing the store cleanly and printing {@code keypairs emulator stopped after N requests}, as
 * {@code java -jar} does.
 */
@Mojo(name = "serve", requiresProject = false, aggregator = true, threadSafe = true)
public class ServeMojo extends AbstractEmulatorMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        applyCommandLine();
        if (skipped()) {
            return;
        }
        Emulator emulator = startEmulator();
        // Ctrl-C and SIGTERM end the JVM: its shutdown hook stops the emulator, closes the store and says so.
        PrintStream out = System.out;
        Runnable stopping = stopping(emulator, out);
        Thread stop = new Thread(stopping, "keypairs-emulator-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            // The listening line goes to standard output as it is, without Maven's [INFO]: tools wait for it.
            out.println(emulator.credentialsLine());
            emulator.seedLine().ifPresent(out::println);
            emulator.caCertificateLine().ifPresent(out::println);
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
}
