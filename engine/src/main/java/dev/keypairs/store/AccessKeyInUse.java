package dev.keypairs.store;

import java.util.Objects;

/**
 * The access key a store signed a refused call with, and which of the three places it came from (clouds.md), so that
 * a denial can name both. Never the secret.
 *
 * @param id the AccessKeyId or SecretId
 * @param source where it was found
 */
public record AccessKeyInUse(String id, Source source) {

    public AccessKeyInUse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }

    /** The three places a cloud's credentials are looked for, in their order. */
    public enum Source {
        /** What the front end was given: the Maven plugin's settings.xml server. */
        FRONT_END,
        /** The provider's environment variables. */
        ENVIRONMENT,
        /** The SDK's own default chain: a profile file, OIDC, an instance's role. */
        SDK_DEFAULT_CHAIN
    }
}
