package dev.keypairs.emulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names of the server certificate: loopback, the docs' host names, and the listening host when it is one. */
class ServerNamesTest {

    static List<String> plus(String name) {
        List<String> names = new ArrayList<>(ServerNames.ALWAYS);
        names.add(name);
        return names;
    }

    @Test
    void loopbackAndWildcardsAddNothing() {
        for (String host : List.of("127.0.0.1", "localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1", "0.0.0.0", "::",
                "[::]", "0:0:0:0:0:0:0:0")) {
            assertEquals(ServerNames.ALWAYS, ServerNames.forHost(host), host);
        }
    }

    @Test
    void anotherHostIsAddedAsGiven() {
        assertEquals(plus("192.0.2.7"), ServerNames.forHost("192.0.2.7"));
        assertEquals(plus("emulator.internal"), ServerNames.forHost("Emulator.Internal"));
        assertEquals(plus("2001:db8::7"), ServerNames.forHost("[2001:db8::7]"));
    }
}
