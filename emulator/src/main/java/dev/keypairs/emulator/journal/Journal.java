package dev.keypairs.emulator.journal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The newest {@value #CAPACITY} calls an emulator served, oldest first. Written by every handler thread at once
 * without a lock (a ring of slots claimed by a sequence number), so that keeping it costs a call almost nothing;
 * read by copying, so a reader never holds up a call. Calls are in the order they were answered.
 */
public final class Journal {

    /** How many calls are kept: the oldest go first. */
    public static final int CAPACITY = 10_000;

    /** A slot's entry with the sequence number it was written under, so a reader skips one overwritten meanwhile. */
    private record Slot(long sequence, JournalEntry entry) {
    }

    private final Clock clock;
    private final int capacity;
    private final AtomicReferenceArray<Slot> slots;
    private final AtomicLong next = new AtomicLong();
    /** Entries below this sequence number were cleared. */
    private final AtomicLong clearedBelow = new AtomicLong();

    /** A journal of {@value #CAPACITY} calls, timed by this clock (the emulator's). */
    public Journal(Clock clock) {
        this(clock, CAPACITY);
    }

    /** A journal of this many calls (tests of the bound use a small one). */
    Journal(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** The emulator's time now: when a call arrives. */
    public Instant now() {
        return clock.instant();
    }

    /** Adds a call, dropping the oldest when full. */
    public void add(JournalEntry entry) {
        Objects.requireNonNull(entry, "entry");
        long sequence = next.getAndIncrement();
        slots.set((int) (sequence % capacity), new Slot(sequence, entry));
    }

    /** The calls kept, oldest first. */
    public List<JournalEntry> calls() {
        return calls(null);
    }

    /**
     * The calls one account's store served, oldest first.
     *
     * @param account the store's redacted display URI, as entries carry it; null for every call
     */
    public List<JournalEntry> calls(String account) {
        long end = next.get();
        long start = Math.max(clearedBelow.get(), end - capacity);
        List<JournalEntry> calls = new ArrayList<>((int) Math.max(0, end - start));
        for (long sequence = start; sequence < end; sequence++) {
            Slot slot = slots.get((int) (sequence % capacity));
            // A slot claimed but not yet written, or overwritten by a newer call since end was read, is skipped.
            if (slot != null && slot.sequence() == sequence
                    && (account == null || account.equals(slot.entry().account()))) {
                calls.add(slot.entry());
            }
        }
        return calls;
    }

    /** Forgets every call kept so far (a test starts afresh); calls answered meanwhile may stay. */
    public void clear() {
        clearedBelow.accumulateAndGet(next.get(), Math::max);
    }
}
