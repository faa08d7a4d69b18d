package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The clock windows (15 minutes for Alibaba, 5 for Tencent) and Alibaba's nonces, with their refusals. */
class FreshnessTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final Freshness freshness = new Freshness(Clock.fixed(NOW, ZoneOffset.UTC));

    void alibaba(String timestamp, String nonce) throws WireException {
        freshness.requireAlibaba("ak", "Timestamp", timestamp, "SignatureNonce", nonce);
    }

    @Test
    void anAlibabaTimeIsFreshUpToFifteenMinutesEitherWay() throws Exception {
        alibaba("2026-12-01T09:45:00Z", "early");
        alibaba("2026-12-01T10:15:00Z", "late");
        WireException expired = assertThrows(WireException.class, () -> alibaba("2026-12-01T10:15:01Z", "later"));
        assertEquals(ProtocolCode.TIMESTAMP_EXPIRED, expired.code());
        assertEquals("Specified time stamp or date value is expired: Timestamp 2026-12-01T10:15:01Z is more than 15"
                + " minutes from the emulator's time, 2026-12-01T10:00:00Z; check the client's clock.",
                expired.getMessage());
    }

    @Test
    void anAlibabaTimeIsIso8601AndTheRefusalNamesTheFieldAsSent() {
        WireException malformed = assertThrows(WireException.class, () -> freshness.requireAlibaba("ak",
                "x-acs-date", "2026-12-01 10:00", "x-acs-signature-nonce", "n"));
        assertEquals(ProtocolCode.MALFORMED_PARAMETERS, malformed.code());
        assertEquals("x-acs-date '2026-12-01 10:00' is not an ISO 8601 time in UTC, such as 2026-12-01T10:00:00Z.",
                malformed.getMessage());
    }

    @Test
    void aNonceIsNeededAndOnceOnly() throws Exception {
        WireException empty = assertThrows(WireException.class, () -> alibaba(NOW.toString(), ""));
        assertEquals(ProtocolCode.MISSING_PARAMETER, empty.code());
        assertEquals("The input parameter SignatureNonce that is mandatory for processing this request is not"
                + " supplied.", empty.getMessage());
        alibaba(NOW.toString(), "n1");
        WireException replay = assertThrows(WireException.class, () -> alibaba(NOW.toString(), "n1"));
        assertEquals(ProtocolCode.NONCE_USED, replay.code());
        assertEquals("Specified signature nonce was used already: SignatureNonce n1 was seen in the last 15 minutes;"
                + " every request needs a fresh one.", replay.getMessage());
    }

    @Test
    void aFullLedgerThrottlesRatherThanLetsARequestThroughUnchecked() throws Exception {
        Freshness small = new Freshness(Clock.fixed(NOW, ZoneOffset.UTC),
                new NonceLedger(Freshness.ALIBABA_WINDOW, 1));
        small.requireAlibaba("ak", "Timestamp", NOW.toString(), "SignatureNonce", "a");
        WireException full = assertThrows(WireException.class,
                () -> small.requireAlibaba("ak", "Timestamp", NOW.toString(), "SignatureNonce", "b"));
        assertEquals(ProtocolCode.THROTTLED, full.code());
        assertEquals("Request was denied due to request throttling: more signed requests came in 15 minutes than the"
                + " emulator keeps nonces for (1000000).", full.getMessage());
    }

    @Test
    void aTencentTimeIsFreshUpToFiveMinutesEitherWay() {
        long now = NOW.getEpochSecond();
        assertDoesNotThrow(() -> freshness.requireTencent(now - 300));
        assertDoesNotThrow(() -> freshness.requireTencent(now + 300));
        WireException expired = assertThrows(WireException.class, () -> freshness.requireTencent(now + 301));
        assertEquals(ProtocolCode.TIMESTAMP_EXPIRED, expired.code());
        assertEquals("Signature expired: X-TC-Timestamp " + (now + 301) + " is more than 5 minutes from the"
                + " emulator's time, " + now + "; check the client's clock.", expired.getMessage());
    }

    @Test
    void aTencentTimestampIsSecondsUpToTheEndOfTheYear9999() throws Exception {
        assertEquals(1_700_000_000L, Freshness.tencentTimestamp(" 1700000000 "));
        assertEquals(253_402_300_799L, Freshness.tencentTimestamp("253402300799"));
        for (String text : new String[] {"253402300800", "-1", "1.5", "", "99999999999999999999"}) {
            WireException refused = assertThrows(WireException.class, () -> Freshness.tencentTimestamp(text), text);
            assertEquals(ProtocolCode.MALFORMED_PARAMETERS, refused.code());
            assertEquals("X-TC-Timestamp '" + text + "' is not a Unix time in seconds.", refused.getMessage());
        }
    }
}
