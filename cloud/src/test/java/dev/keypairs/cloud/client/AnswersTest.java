package dev.keypairs.cloud.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.keypairs.keys.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The clouds' fields as the store's records take them. */
class AnswersTest {

    @Test
    void creationTimesInTheCloudsFormsAndOthers() {
        assertEquals(Instant.parse("2024-05-01T10:07:00Z"), Answers.instant("2024-05-01T10:07Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:58Z"), Answers.instant("2024-02-29T23:59:58Z"));
        assertEquals(Instant.parse("2024-05-01T10:07:00.250Z"), Answers.instant("2024-05-01T10:07:00.250Z"));
        assertEquals(Instant.parse("2024-05-01T02:07:00Z"), Answers.instant("2024-05-01T10:07:00+08:00"));
        assertNull(Answers.instant("2023-02-29T10:07Z"), "no such day");
        assertNull(Answers.instant("yesterday"));
        assertNull(Answers.instant(" "));
        assertNull(Answers.instant(null));
    }

    @Test
    void publicKeysAsOneLineWithoutComment() {
        String line = Fixtures.key("rsa-2048.pub").toOpenSshLine();
        assertEquals(line, Answers.publicKeyLine(line));
        assertEquals(line, Answers.publicKeyLine(line + " someone@laptop\n"));
        assertEquals(line, Answers.publicKeyLine(Fixtures.text("rsa-2048.pub")));
        assertEquals("not a key", Answers.publicKeyLine(" not a key "));
        assertNull(Answers.publicKeyLine(""));
    }
}
