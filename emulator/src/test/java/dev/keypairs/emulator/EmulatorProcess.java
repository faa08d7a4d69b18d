package dev.keypairs.emulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An emulator in a JVM of its own, started as a user starts it ({@code java ... [-jar]} with {@link Main}'s
 * arguments), for tests that kill it or signal it.
 */
public final class EmulatorProcess implements AutoCloseable {

    private final Process process;
    private final String endpoint;
    private final List<String> output;

    private EmulatorProcess(Process process, String endpoint, List<String> output) {
        this.process = process;
        this.endpoint = endpoint;
        this.output = output;
    }

    /** Starts {@code java <launch...> <args...>} and waits for the listening line. */
    public static EmulatorProcess start(List<String> launch, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> listening = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try {
                for (String line; (line = reader.readLine()) != null; ) {
                    output.add(line);
                    if (line.startsWith(Emulator.LISTENING)) {
                        listening.complete(line.substring(Emulator.LISTENING.length()));
                    }
                }
            } catch (IOException e) {
                // The process ended.
            }
            listening.completeExceptionally(new IllegalStateException("the emulator ended: " + output));
        }, "emulator-output");
        pump.setDaemon(true);
        pump.start();
        try {
            return new EmulatorProcess(process, listening.get(60, TimeUnit.SECONDS), output);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("the emulator did not start: " + output, e);
        }
    }

    /** Starts {@link Main} from the test class path. */
    public static EmulatorProcess fromClassPath(String... args) throws IOException {
        return start(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()), List.of(args));
    }

    /** {@code http://HOST:PORT}, or {@code https://} over TLS. */
    public String endpoint() {
        return endpoint;
    }

    /** {@code HOST:PORT}. */
    public String hostAndPort() {
        return endpoint.substring(endpoint.indexOf("://") + "://".length());
    }

    /** Everything it printed so far. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** The process. */
    public Process process() {
        return process;
    }

    /** SIGKILL, and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; the exit code once it ended. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the emulator did not end within 30 s of SIGTERM: " + output);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
