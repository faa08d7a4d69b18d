package dev.keypairs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code ~} as a shell reads it: alone or before a slash; anywhere else it is an ordinary character. */
class UserHomeTest {

    private static final String HOME = System.getProperty("user.home");

    @Test
    void aLeadingTildeIsTheHomeDirectory() {
        assertEquals(HOME, UserHome.expand("~"));
        assertEquals(HOME + "/", UserHome.expand("~/"));
        assertEquals(HOME + "/.keypairs/store.db", UserHome.expand("~/.keypairs/store.db"));
    }

    @Test
    void aDoubleSlashStaysInTheHomeDirectory() {
        assertEquals(Path.of(HOME, "secrets", "k.pem"), Path.of(UserHome.expand("~//secrets/k.pem")).normalize());
    }

    @Test
    void anyOtherTildeIsLeftAlone() {
        assertEquals("~user/k.pem", UserHome.expand("~user/k.pem"));
        assertEquals("keys/~/k.pem", UserHome.expand("keys/~/k.pem"));
        assertEquals("k~", UserHome.expand("k~"));
        assertEquals("", UserHome.expand(""));
    }
}
