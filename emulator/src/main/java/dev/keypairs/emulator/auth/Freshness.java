package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Whether a signed request is fresh: its time within the provider's window of the emulator's clock, and, for
 * Alibaba Cloud, its nonce not seen before in that window. Checked only once the signature holds, so a forged
 * request can neither burn a client's nonce nor learn the emulator's time.
 */
final class Freshness {

    /** Alibaba Cloud: how far a request's time may be from the emulator's, and how long a nonce is remembered. */
    static final Duration ALIBABA_WINDOW = Duration.ofMinutes(15);
    /** Tencent Cloud: how far a request's {@code X-TC-Timestamp} may be from the emulator's time. */
    static final Duration TENCENT_WINDOW = Duration.ofMinutes(5);

    /** The last second of the year 9999: a larger X-TC-Timestamp is no time at all. */
    private static final long LATEST_TIMESTAMP = 253_402_300_799L;

    private final Clock clock;
    private final NonceLedger nonces;

    /** Checks against this clock, remembering nonces in this ledger. */
    Freshness(Clock clock, NonceLedger nonces) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** Checks against this clock, with the emulator's ledger: {@link #ALIBABA_WINDOW}, {@link NonceLedger#CAPACITY}. */
    Freshness(Clock clock) {
        this(clock, new NonceLedger(ALIBABA_WINDOW, NonceLedger.CAPACITY));
    }

    /**
     * An Alibaba request's time and nonce, each named as the request carries it so that a refusal names it too.
     *
     * @throws WireException {@code MALFORMED_PARAMETERS} for a time not in ISO 8601, {@code TIMESTAMP_EXPIRED} for
     *     one out of the window, {@code MISSING_PARAMETER} for an empty nonce, {@code NONCE_USED} for a replay,
     *     {@code THROTTLED} when the ledger is full
     */
    void requireAlibaba(String accessKeyId, String timestampName, String timestamp, String nonceName, String nonce)
            throws WireException {
        Instant sent;
        try {
            sent = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS, timestampName + " '" + timestamp
                    + "' is not an ISO 8601 time in UTC, such as 2026-12-01T10:00:00Z.");
        }
        Instant now = clock.instant();
        if (Duration.between(sent, now).abs().compareTo(ALIBABA_WINDOW) > 0) {
            throw new WireException(ProtocolCode.TIMESTAMP_EXPIRED, "Specified time stamp or date value is expired: "
                    + timestampName + " " + timestamp + " is more than 15 minutes from the emulator's time, " + now
                    + "; check the client's clock.");
        }
        if (nonce.isEmpty()) {
            throw new WireException(ProtocolCode.MISSING_PARAMETER, "The input parameter " + nonceName
                    + " that is mandatory for processing this request is not supplied.");
        }
        switch (nonces.record(accessKeyId, nonce, now)) {
            case REPLAYED -> throw new WireException(ProtocolCode.NONCE_USED, "Specified signature nonce was used"
                    + " already: " + nonceName + " " + nonce + " was seen in the last 15 minutes; every request needs"
                    + " a fresh one.");
            case FULL -> throw new WireException(ProtocolCode.THROTTLED, "Request was denied due to request"
                    + " throttling: more signed requests came in 15 minutes than the emulator keeps nonces for ("
                    + NonceLedger.CAPACITY + ").");
            case FIRST -> {
                // a fresh nonce: served
            }
        }
    }

    /**
     * The Unix time an {@code X-TC-Timestamp} header gives. Read before the signature is checked, as the TC3
     * string to sign and the credential scope's date are built from it.
     *
     * @throws WireException {@code MALFORMED_PARAMETERS} when it is not seconds between 1970 and the end of 9999
     */
    static long tencentTimestamp(String text) throws WireException {
        return tencentTimestamp("X-TC-Timestamp", text, ProtocolCode.MALFORMED_PARAMETERS);
    }

    /**
     * The Unix time a Tencent request's header or parameter gives.
     *
     * @param name the header or parameter, as the refusal names it
     * @param refusal the code of the refusal: each scheme's own
     * @throws WireException {@code refusal} when it is not seconds between 1970 and the end of 9999
     */
    static long tencentTimestamp(String name, String text, ProtocolCode refusal) throws WireException {
        long timestamp;
        try {
            timestamp = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            timestamp = -1;
        }
        if (timestamp < 0 || timestamp > LATEST_TIMESTAMP) {
            throw new WireException(refusal, name + " '" + text + "' is not a Unix time in seconds.");
        }
        return timestamp;
    }

    /**
     * A Tencent request's time; TC3 has no nonce, so a replay within the window is served, as the cloud's is.
     *
     * @throws WireException {@code TIMESTAMP_EXPIRED} when it is more than {@link #TENCENT_WINDOW} off
     */
    void requireTencent(long timestamp) throws WireException {
        requireTencent("X-TC-Timestamp", timestamp);
    }

    /**
     * A Tencent request's time, named as the request carries it ({@code X-TC-Timestamp}, or signature version 1's
     * {@code Timestamp} parameter). Neither scheme's nonce is remembered: a replay within the window is served.
     *
     * @throws WireException {@code TIMESTAMP_EXPIRED} when it is more than {@link #TENCENT_WINDOW} off
     */
    void requireTencent(String name, long timestamp) throws WireException {
        Instant now = clock.instant();
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TENCENT_WINDOW) > 0) {
            throw new WireException(ProtocolCode.TIMESTAMP_EXPIRED, "Signature expired: " + name + " "
                    + timestamp + " is more than 5 minutes from the emulator's time, "
                    + now.getEpochSecond() + "; check the client's clock.");
        }
    }
}
