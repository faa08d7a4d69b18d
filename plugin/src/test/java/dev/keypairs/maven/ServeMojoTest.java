package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorException;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.fault.FaultRulesJson;
import dev.keypairs.project.ToolCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theFaultsFileGivesTheRulesAndLatencyAndThrottleAddTheirOwn(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("faults.json");
        String rules = "{\"seed\": 9, \"rules\": [{\"provider\": \"alibaba\", \"action\": \"ImportKeyPair\","
                + " \"code\": \"QuotaExceed.KeyPair\", \"probability\": 0.5}]}";
        Files.writeString(file, rules);
        ServeMojo mojo = new ServeMojo();
        mojo.host = EmulatorSettings.DEFAULT_HOST;
        mojo.port = "0";
        mojo.latency = "0";
        mojo.faults = file.toFile();
        assertEquals(FaultRulesJson.read(rules), mojo.emulatorSettings().faults());

        mojo.latency = "15";
        mojo.throttle = "2/7";
        assertEquals(FaultRulesJson.read("{\"seed\": 9, \"rules\": [{\"provider\": \"alibaba\", \"action\":"
                + " \"ImportKeyPair\", \"code\": \"QuotaExceed.KeyPair\", \"probability\": 0.5}, {\"latencyMs\": 15},"
                + " {\"provider\": \"alibaba\", \"code\": \"Throttling\", \"every\": \"2/7\"}, {\"provider\":"
                + " \"tencent\", \"code\": \"RequestLimitExceeded\", \"every\": \"2/7\"}]}"),
                mojo.emulatorSettings().faults());

        Files.writeString(file, "{\"rules\": [{\"code\": \"Throttling\", \"every\": \"1/2\", \"probability\": 1}]}");
        EmulatorException refused = assertThrows(EmulatorException.class, mojo::emulatorSettings);
        assertEquals(ToolCode.CONFLICTING_FIELDS, refused.code());
        assertEquals("ConflictingFields: keypairs.serve.faults: rules[0] gives both probability and every; a rule"
                + " fires either by chance or on the first N of every M calls", refused.codedMessage());
    }
}
