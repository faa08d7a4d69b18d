package dev.keypairs.cloud.client;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.CloudCredentials;
import java.util.Map;
import java.util.Optional;

/**
 * The first two of the three places a provider's credentials are looked for, in order (clouds.md): what the front
 * end was given (the plugin's settings.xml server), then the environment. The third, the SDK's own default chain,
 * belongs to each provider's client.
 */
public final class CredentialSources {

    private final CloudCredentials given;
    private final Map<String, String> environment;

    /**
     * The sources.
     *
     * @param given what the front end found
     * @param environment the process environment ({@link System#getenv()}; a map of its own in tests)
     */
    public CredentialSources(CloudCredentials given, Map<String, String> environment) {
        this.given = given;
        this.environment = Map.copyOf(environment);
    }

    /** The environment variables each provider's SDKs read: the id, the secret and the STS token. */
    public enum Variables {
        ALIBABA("ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "ALIBABA_CLOUD_SECURITY_TOKEN"),
        TENCENT("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY", "TENCENTCLOUD_SESSION_TOKEN");

        private final String id;
        private final String secret;
        private final String token;

        Variables(String id, String secret, String token) {
            this.id = id;
            this.secret = secret;
            this.token = token;
        }

        /** The provider's variables. */
        public static Variables of(Provider provider) {
            return provider == Provider.ALIBABA ? ALIBABA : TENCENT;
        }

        /** The variable of the id. */
        public String id() {
            return id;
        }

        /** The variable of the secret. */
        public String secret() {
            return secret;
        }

        /** The variable of the STS token. */
        public String token() {
            return token;
        }
    }

    /**
     * A key found where it was looked for.
     *
     * @param key the access key
     * @param source which of the places it was found in, carried to a denial's words ({@link #inUse()})
     * @param origin where it was found, for messages: never the key itself
     */
    public record Found(AccessKey key, AccessKeyInUse.Source source, String origin) {

        /** The key's id and where it came from, as a refused call carries them: never the secret. */
        public AccessKeyInUse inUse() {
            return new AccessKeyInUse(key.id(), source);
        }
    }

    /** The provider's key from the front end, else from the environment; empty when neither has one. */
    public Optional<Found> find(Provider provider) {
        Optional<AccessKey> fromFrontEnd = given.of(provider);
        if (fromFrontEnd.isPresent()) {
            return Optional.of(new Found(fromFrontEnd.get(), AccessKeyInUse.Source.FRONT_END,
                    given.lookedIn(provider).orElse("the front end")));
        }
        Variables names = Variables.of(provider);
        String id = nonBlank(environment.get(names.id()));
        String secret = nonBlank(environment.get(names.secret()));
        if (id == null || secret == null) {
            return Optional.empty();
        }
        return Optional.of(new Found(new AccessKey(id, secret, nonBlank(environment.get(names.token()))),
                AccessKeyInUse.Source.ENVIRONMENT, "the environment (" + names.id() + ")"));
    }

    /**
     * Where the front end and the environment were looked in, for the message of a missing credential: the first
     * two of the three ways to give one.
     */
    public String lookedIn(Provider provider) {
        Variables names = Variables.of(provider);
        String environmentPlace = "the environment variables " + names.id() + " and " + names.secret() + " (with "
                + names.token() + " for temporary credentials)";
        return given.lookedIn(provider).map(place -> place + "; " + environmentPlace).orElse(environmentPlace);
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
