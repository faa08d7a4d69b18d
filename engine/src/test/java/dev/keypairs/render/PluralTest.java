package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void onlyOneIsSingular() {
        assertEquals("0 key pairs", Plural.of(0, "key pair"));
        assertEquals("1 key pair", Plural.of(1, "key pair"));
        assertEquals("2 regions", Plural.of(2, "region"));
    }
}
