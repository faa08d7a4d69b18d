package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The real clouds' credentials that a front end found before the environment and the SDKs' own chains are asked
 * (clouds.md): the Maven plugin reads them from its settings.xml servers, decrypted. Each provider's entry also
 * says where it was looked for, so that a missing credential can name that place among the ways to give one.
 *
 * @param keys the access key found per provider
 * @param lookedIn where the front end looked for each provider's key, e.g. {@code the settings.xml server
 *     keypairs-alibaba}
 */
public record CloudCredentials(Map<Provider, AccessKey> keys, Map<Provider, String> lookedIn) {

    /** None given: the environment and the SDKs' chains alone. */
    public static final CloudCredentials NONE = new CloudCredentials(Map.of(), Map.of());

    public CloudCredentials {
        keys = keys.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(keys));
        lookedIn = lookedIn.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(lookedIn));
    }

    /** The key given for the provider, if one was. */
    public Optional<AccessKey> of(Provider provider) {
        return Optional.ofNullable(keys.get(provider));
    }

    /** Where the front end looked for the provider's key; empty when it looks nowhere. */
    public Optional<String> lookedIn(Provider provider) {
        return Optional.ofNullable(lookedIn.get(provider));
    }
}
