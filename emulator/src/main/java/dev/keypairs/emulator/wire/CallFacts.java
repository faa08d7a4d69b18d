package dev.keypairs.emulator.wire;

import dev.keypairs.provider.Provider;
import java.util.Objects;

/**
 * What an API learnt of a call it answered, for the journal and the fault rules: typed facts, never parsed back
 * out of the answer. A request refused before an API read it (too large, cut off, unreadable) knows only its
 * provider, from routing; one refused before its key was verified knows no more either, as the key it claims is not
 * yet the caller's.
 *
 * @param provider whose API answered, from routing
 * @param action the action the request named, e.g. {@code DescribeKeyPairs}; null until read
 * @param region the region the request named ({@code RegionId}, {@code X-TC-Region}); null when none or not read
 * @param accessKeyId the verified AccessKeyId / SecretId; null until verified
 * @param account the redacted display URI of the store that served the call; null until the key was verified
 */
public record CallFacts(Provider provider, String action, String region, String accessKeyId, String account) {

    public CallFacts {
        Objects.requireNonNull(provider, "provider");
    }

    /** A call of which only the provider is known. */
    public static CallFacts unread(Provider provider) {
        return new CallFacts(provider, null, null, null, null);
    }
}
