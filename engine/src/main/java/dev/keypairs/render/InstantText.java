package dev.keypairs.render;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant as {@link Instant#toString()} writes it (ISO-8601 in UTC, seconds always, the fraction in groups of
 * three digits as needed), without going through java.time's formatter: plan.json writes one for every stored key
 * pair, and the formatter's first thousand calls on a goal's cold JVM cost a no-op plan of 1,000 key pairs about
 * 10 ms (performance.md). Years outside 0000-9999 are left to {@link Instant#toString()}.
 */
final class InstantText {

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
    private static final long FIRST = -62_167_219_200L;
    private static final long LAST = 253_402_300_799L;
    private static final int SECONDS_A_DAY = 86_400;

    private InstantText() {
    }

    /** The instant's text, exactly {@link Instant#toString()}'s; null for null. */
    static String of(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_A_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_A_DAY);
        StringBuilder text = new StringBuilder(30);
        digits(text, date.getYear(), 4).append('-');
        digits(text, date.getMonthValue(), 2).append('-');
        digits(text, date.getDayOfMonth(), 2).append('T');
        digits(text, secondOfDay / 3600, 2).append(':');
        digits(text, secondOfDay / 60 % 60, 2).append(':');
        digits(text, secondOfDay % 60, 2);
        int nano = instant.getNano();
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                digits(text, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(text, nano / 1_000, 6);
            } else {
                digits(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(number);
    }
}
