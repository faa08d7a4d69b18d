package dev.keypairs.emulator.journal;

import dev.keypairs.provider.Provider;
import java.time.Instant;
import java.util.Objects;

/**
 * One call the emulator served: facts only, never a parameter's value, a secret, a signature or a private key.
 * What an API had not read when it refused the call is null (a body over the limit knows only its provider).
 *
 * @param at when the request arrived, by the emulator's clock
 * @param provider whose API answered
 * @param action the action the request named; null when not read
 * @param region the region it named; null when none or not read
 * @param accessKeyId the verified AccessKeyId / SecretId; null when the key was not verified
 * @param account the redacted display URI of the store that served it; null when the key was not verified
 * @param code the error code answered; null for a success
 * @param httpStatus the HTTP status answered (Tencent answers its errors with 200)
 * @param durationMs how long the emulator took, from the request's arrival to its answer, latency put on by a fault
 *     rule included
 */
public record JournalEntry(Instant at, Provider provider, String action, String region, String accessKeyId,
        String account, String code, int httpStatus, long durationMs) {

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(provider, "provider");
    }

    /** Whether the call succeeded: no error code. */
    public boolean succeeded() {
        return code == null;
    }
}
