package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.project.ToolCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Start-up refusals: coded, naming what to change, and nothing left running or open. */
class EmulatorStartTest {

    @Test
    void aTakenPortIsRefusedWithAHint() throws Exception {
        try (Emulator first = TestEmulators.start()) {
            EmulatorException refused = assertThrows(EmulatorException.class, () -> TestEmulators.start("",
                    settings -> settings.withPort(first.port())));
            assertEquals(ToolCode.PORT_UNAVAILABLE, refused.code());
            assertTrue(refused.getMessage().contains("another program may hold the port"), refused.getMessage());
            assertEquals("PortUnavailable: " + refused.getMessage(), refused.codedMessage(), "Code: message, as"
                    + " every coded message of keypairs");
        }
    }

    @Test
    void theStoppedLineCountsTheRequestsRefusedOnesIncluded() throws Exception {
        Emulator emulator = TestEmulators.start();
        try (emulator) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 2; i++) {
                http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
        // The one sentence java -jar (Main) and mvn keypairs:serve (ServeMojo) print when they stop.
        assertEquals("keypairs emulator stopped after 2 requests", emulator.stoppedLine());
    }

    @Test
    void theRealCloudsAreNotEmulatedInAnyCase() {
        for (String store : List.of("cloud:", "CLOUD:", "Cloud:http://127.0.0.1:1")) {
            EmulatorException refused = assertThrows(EmulatorException.class, () -> Emulator.start(
                    EmulatorSettings.defaults().withPort(0).withStore(store)));
            assertEquals(ToolCode.STORE_NOT_EMULATED, refused.code(), store);
        }
    }

    @Test
    void aPortMustBeAPort() {
        for (String port : List.of("http", "-1", "65536", "")) {
            assertEquals(ToolCode.INVALID_SETTING, assertThrows(EmulatorException.class,
                    () -> EmulatorSettings.port(port)).code(), port);
        }
        assertThrows(EmulatorException.class, () -> TestEmulators.start("", settings -> settings.withPort(70_000)));
        assertEquals(ToolCode.INVALID_SETTING, assertThrows(EmulatorException.class,
                () -> TestEmulators.start("", settings -> settings.withHost(" "))).code());
    }

    @Test
    void anEmptySettingIsRefusedNeverTakenForItsDefault() {
        EmulatorException refused = assertThrows(EmulatorException.class,
                () -> Main.settings(List.of("--store", "")));
        assertEquals(ToolCode.EMPTY_SETTING, refused.code());
        assertThrows(Main.UsageException.class, () -> Main.settings(List.of("--port")));
        assertThrows(Main.UsageException.class, () -> Main.settings(List.of("serve")));
    }
}
