package dev.keypairs.emulator.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The journal's bound, order, clearing, view by account, and writes from many threads at once. */
class JournalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static JournalEntry call(int n, String account) {
        return new JournalEntry(CLOCK.instant(), n % 2 == 0 ? Provider.ALIBABA : Provider.TENCENT, "DescribeKeyPairs",
                "cn-hangzhou", "key-" + n, account, null, 200, n);
    }

    @Test
    void theNewestTenThousandAreKeptOldestFirst() {
        Journal journal = new Journal(CLOCK);
        for (int n = 0; n < Journal.CAPACITY + 250; n++) {
            journal.add(call(n, "memory:a"));
        }
        List<JournalEntry> calls = journal.calls();
        assertEquals(10_000, calls.size());
        assertEquals("key-250", calls.get(0).accessKeyId());
        assertEquals("key-" + (Journal.CAPACITY + 249), calls.get(calls.size() - 1).accessKeyId());
        assertEquals(IntStream.range(250, Journal.CAPACITY + 250).mapToObj(n -> "key-" + n).toList(),
                calls.stream().map(JournalEntry::accessKeyId).toList());
    }

    @Test
    void clearForgetsWhatWasKeptAndKeepsWhatComesAfter() {
        Journal journal = new Journal(CLOCK, 5);
        for (int n = 0; n < 3; n++) {
            journal.add(call(n, "memory:a"));
        }
        journal.clear();
        assertEquals(List.of(), journal.calls());
        journal.add(call(7, "memory:a"));
        assertEquals(List.of("key-7"), journal.calls().stream().map(JournalEntry::accessKeyId).toList());
        // Past the bound after a clear: still the newest five.
        for (int n = 10; n < 20; n++) {
            journal.add(call(n, "memory:a"));
        }
        assertEquals(List.of("key-15", "key-16", "key-17", "key-18", "key-19"),
                journal.calls().stream().map(JournalEntry::accessKeyId).toList());
    }

    @Test
    void aViewByAccountHoldsThatAccountsCallsAlone() {
        Journal journal = new Journal(CLOCK);
        for (int n = 0; n < 6; n++) {
            journal.add(call(n, n < 4 ? "sqlite:/tmp/a.db" : "memory:b"));
        }
        assertEquals(List.of("key-4", "key-5"), journal.calls("memory:b").stream().map(JournalEntry::accessKeyId)
                .toList());
        assertEquals(4, journal.calls("sqlite:/tmp/a.db").size());
        assertEquals(List.of(), journal.calls("memory:none"));
        assertEquals(6, journal.calls(null).size());
    }

    @Test
    void writersOnManyThreadsLoseNothingWithinTheBound() throws Exception {
        Journal journal = new Journal(CLOCK);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(threads.submit(() -> {
                    for (int n = 0; n < 1_000; n++) {
                        journal.add(call(thread * 1_000 + n, "memory:a"));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            threads.shutdown();
        }
        List<JournalEntry> calls = journal.calls();
        assertEquals(8_000, calls.size());
        Set<String> keys = new HashSet<>();
        calls.forEach(entry -> keys.add(entry.accessKeyId()));
        assertEquals(8_000, keys.size(), "each call once");
        assertTrue(calls.stream().allMatch(entry -> entry.at().equals(CLOCK.instant())));
    }
}
