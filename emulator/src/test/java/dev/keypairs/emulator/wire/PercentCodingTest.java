package dev.keypairs.emulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signatures' percent-encoding, and strict decoding of what clients send. */
class PercentCodingTest {

    @Test
    void encodesAsTheProvidersCanonicalStringsDo() {
        assertEquals("a%20b%2Ac~d-_.%2B%2F%3D", PercentCoding.encode("a b*c~d-_.+/="));
        assertEquals("%C3%A9%E6%BC%A2%F0%9F%98%80", PercentCoding.encode("\u00e9\u6f22\ud83d\ude00"));
    }

    @Test
    void decodesFormsAndQueriesStrictly() throws Exception {
        assertEquals("a b+c", PercentCoding.decode("a+b%2Bc"));
        assertEquals("\u00e9", PercentCoding.decode("%c3%a9"));
        for (String malformed : List.of("%", "%4", "%zz", "%C3", "%FF%FE")) {
            assertThrows(PercentCoding.MalformedInputException.class, () -> PercentCoding.decode(malformed), malformed);
        }
    }
}
