package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code mvn keypairs:serve} stops as {@code java -jar} does (emulator.md): closed, and saying so once. */
class ServeMojoTest {

    @Test
    void stoppingClosesTheEmulatorAndPrintsJavaDashJarsLineOnce() throws Exception {
        Emulator emulator = Emulator.start(EmulatorSettings.defaults().withPort(0)
                .withStore("memory:serve-mojo-test"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Runnable stopping = ServeMojo.stopping(emulator, new PrintStream(printed, true, StandardCharsets.UTF_8));

        stopping.run();
        stopping.run(); // the shutdown hook after the goal's own end: nothing more

        assertEquals(emulator.stoppedLine() + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
        assertEquals("keypairs emulator stopped after 0 requests", emulator.stoppedLine());
    }
}
