package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** plan.json's and show.json's times are exactly what {@link Instant#toString()} writes. */
class InstantTextTest {

    @Test
    void theEdgesOfTheFastPathAndBeyondIt() {
        for (Instant instant : List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 1),
                Instant.parse("2024-02-29T00:00:00Z"), Instant.parse("2026-12-07T14:32:10.743Z"),
                Instant.parse("2026-12-07T14:32:10.000100Z"), Instant.parse("2026-12-07T14:32:10.000000001Z"),
                Instant.parse("1969-12-31T23:59:00.5Z"))) {
            assertEquals(instant.toString(), InstantText.of(instant));
        }
        assertNull(InstantText.of(null));
    }

    @Test
    void randomInstantsOfEveryPrecision() {
        Random random = new Random(28);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L - 10_000, 253_402_300_799L + 10_000);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertEquals(instant.toString(), InstantText.of(instant));
        }
    }
}
