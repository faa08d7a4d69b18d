package dev.keypairs.maven;

import dev.keypairs.emulator.Emulator;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An emulator {@code keypairs:start} left serving in the background of a build, kept in the plugin's context of its
 * project until {@code keypairs:stop} stops it. A build that ends without the stop (a failure between the two) still
 * stops it: when Maven's session ends ({@link SessionEndStop}), while the plugin's classes can still be loaded, and
 * failing that (Ctrl-C, SIGTERM) as the JVM ends, through a shutdown hook, as Jetty's {@code stopAtShutdown} does for
 * jetty:start.
 */
final class BackgroundEmulator {

    /** The key in the plugin's context of a project: one emulator a project, each module its own. */
    static final String CONTEXT_KEY = "dev.keypairs.maven.BackgroundEmulator";

    /** What follows the stopped line when the build ended without {@code keypairs:stop}. */
    static final String WITHOUT_STOP = ", as the build ended (keypairs:stop did not run)";

    private final Emulator emulator;
    private final Thread hook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private BackgroundEmulator(Emulator emulator, PrintStream out) {
        this.emulator = emulator;
        // Maven's log may be gone when the JVM ends: its standard output is not.
        this.hook = new Thread(() -> stopAtEnd(line -> {
            out.println(line);
            out.flush();
        }), "keypairs-emulator-stop");
    }

    /** Keeps a started emulator, stopped by the JVM's end if by nothing else. */
    static BackgroundEmulator keep(Emulator emulator, PrintStream out) {
        BackgroundEmulator background = new BackgroundEmulator(emulator, out);
        Runtime.getRuntime().addShutdownHook(background.hook);
        return background;
    }

    /** The emulator kept. */
    Emulator emulator() {
        return emulator;
    }

    /** The shutdown hook that stops it at the JVM's end (registered until it is stopped otherwise). */
    Thread hook() {
        return hook;
    }

    /**
     * Stops it (calls in flight finish, the store is closed) and forgets the hook.
     *
     * @return {@link Emulator#stoppedLine()}
     */
    String stop() {
        stopOnce();
        forgetHook();
        return emulator.stoppedLine();
    }

    /**
     * Stops it as the build's session ends, unless {@code keypairs:stop} did; says so to {@code say} when it does.
     * The hook goes too: a JVM that outlives the build (the Maven daemon, an IDE) must not keep one per build.
     */
    void stopAtSessionEnd(Consumer<String> say) {
        stopAtEnd(say);
        forgetHook();
    }

    /** Stops it at the build's end, unless {@code keypairs:stop} did; says so to {@code say} when it does. */
    void stopAtEnd(Consumer<String> say) {
        if (stopOnce()) {
            say.accept(emulator.stoppedLine() + WITHOUT_STOP);
        }
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is ending: the hook has run or runs now, and the emulator is closed either way.
        }
    }

    private boolean stopOnce() {
        synchronized (stopped) {
            if (!stopped.compareAndSet(false, true)) {
                return false;
            }
            emulator.close();
            return true;
        }
    }
}
