package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A stored key is compared by its blob, whatever comment the store answers it with. */
class KeyMatchTest {

    @Test
    void aStoredLineWithTencentsKeyIdCommentIsTheSameKey() {
        PublicKey wanted = Fixtures.key("rsa-2048.pub");
        String stored = wanted.toOpenSshLine() + " skey-1q8j7b93";
        assertEquals(KeyMatch.SAME, KeyMatch.of(stored, "", wanted));
        assertEquals(KeyMatch.SAME, KeyMatch.of(wanted.toOpenSshLine() + " someone@laptop extra words", "", wanted));
        assertEquals(KeyMatch.DIFFERENT, KeyMatch.of(stored, "", Fixtures.key("rsa-4096.pub")));
    }
}
