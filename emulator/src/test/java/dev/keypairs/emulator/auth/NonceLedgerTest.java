package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The replay window's memory: a nonce once per key per window, forgotten after it, and a bound on what is held. */
class NonceLedgerTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aNonceIsOncePerKeyWithinTheWindowAndFreeAfterIt() {
        NonceLedger ledger = new NonceLedger(Duration.ofMinutes(15), 100);
        assertEquals(NonceLedger.Use.FIRST, ledger.record("ak", "n1", T0));
        assertEquals(NonceLedger.Use.REPLAYED, ledger.record("ak", "n1", T0.plusSeconds(899)));
        assertEquals(NonceLedger.Use.FIRST, ledger.record("other-ak", "n1", T0.plusSeconds(1)), "nonces are per key");
        assertEquals(NonceLedger.Use.FIRST, ledger.record("ak", "n1", T0.plusSeconds(901)), "forgotten after 15 minutes");
    }

    @Test
    void aFullLedgerRefusesRatherThanForgetsWithinTheWindow() {
        NonceLedger ledger = new NonceLedger(Duration.ofMinutes(15), 2);
        assertEquals(NonceLedger.Use.FIRST, ledger.record("ak", "a", T0));
        assertEquals(NonceLedger.Use.FIRST, ledger.record("ak", "b", T0));
        assertEquals(NonceLedger.Use.FULL, ledger.record("ak", "c", T0));
        assertEquals(NonceLedger.Use.REPLAYED, ledger.record("ak", "a", T0), "what is held is still checked");
        assertEquals(NonceLedger.Use.FIRST, ledger.record("ak", "c", T0.plusSeconds(901)), "room again after the window");
    }
}
