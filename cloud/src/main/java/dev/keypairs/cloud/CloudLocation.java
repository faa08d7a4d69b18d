package dev.keypairs.cloud;

import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.account.AccountOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a {@code cloud:} URI says (store.md, clouds.md): {@code cloud:} for every region at its public endpoint,
 * {@code cloud:http(s)://HOST[:PORT]} for one endpoint taking both providers' calls, and the options
 * {@code alibabaEndpoint} and {@code tencentEndpoint} (one provider's endpoint alone), {@code tencentQuota} (the
 * account's Tencent quota, which the plan then predicts), {@code connectTimeout} and {@code readTimeout} (seconds;
 * 10 and 30).
 *
 * @param settings each provider's client settings
 * @param tencentQuota the Tencent quota per region, when given
 */
public record CloudLocation(Map<Provider, ClientSettings> settings, OptionalInt tencentQuota) {

    /** The options a {@code cloud:} URI takes. */
    static final Set<String> OPTIONS = Set.of("alibabaEndpoint", "tencentEndpoint", "tencentQuota", "connectTimeout",
            "readTimeout");
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public CloudLocation {
        settings = Map.copyOf(new EnumMap<>(settings));
    }

    /**
     * Reads a {@code cloud:} URI.
     *
     * @throws StoreUnavailableException for an endpoint that is not {@code http(s)://HOST[:PORT]}, an unknown option
     *     or a value out of range; the message names it
     */
    public static CloudLocation of(StoreUri uri) throws StoreUnavailableException {
        for (String option : uri.options().keySet()) {
            if (!OPTIONS.contains(option)) {
                throw new StoreUnavailableException("the store URI cloud: has the unknown option '" + option
                        + "'; it takes " + String.join(", ", new TreeSet<>(OPTIONS)), null);
            }
        }
        Optional<URI> both = uri.location().isEmpty() ? Optional.empty()
                : Optional.of(endpoint("the store URI's endpoint", uri.location()));
        Duration connect = seconds(uri, "connectTimeout", DEFAULT_CONNECT_TIMEOUT);
        Duration read = seconds(uri, "readTimeout", DEFAULT_READ_TIMEOUT);
        Map<Provider, ClientSettings> settings = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            String option = provider.id() + "Endpoint";
            String own = uri.options().get(option);
            Optional<URI> endpoint = own != null ? Optional.of(endpoint(option, own)) : both;
            settings.put(provider, new ClientSettings(endpoint, connect, read));
        }
        String quota = uri.options().get("tencentQuota");
        return new CloudLocation(settings, quota == null ? OptionalInt.empty()
                : OptionalInt.of(AccountOptions.wholeNumber("cloud", "tencentQuota", quota)));
    }

    /** An endpoint: {@code http} or {@code https}, a host, perhaps a port, nothing else. */
    private static URI endpoint(String what, String text) throws StoreUnavailableException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = uri != null && uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null
                && uri.getFragment() == null && (uri.getPath() == null || uri.getPath().isEmpty()
                        || uri.getPath().equals("/"));
        if (!(scheme.equals("http") || scheme.equals("https")) || !bare) {
            throw new StoreUnavailableException(what + " '" + StoreUri.withoutPassword(text) + "' is not an endpoint:"
                    + " write http://HOST:PORT or https://HOST[:PORT], e.g. cloud:http://127.0.0.1:8089 for the"
                    + " emulator", null);
        }
        try {
            return new URI(scheme, null, uri.getHost(), uri.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a host and port already parsed", e);
        }
    }

    private static Duration seconds(StoreUri uri, String option, Duration otherwise) throws StoreUnavailableException {
        String text = uri.options().get(option);
        if (text == null) {
            return otherwise;
        }
        int seconds = AccountOptions.wholeNumber("cloud", option, text);
        if (seconds < 1 || seconds > 600) {
            throw new StoreUnavailableException("the store URI cloud: has " + option + "=" + text
                    + "; it takes seconds from 1 to 600", null);
        }
        return Duration.ofSeconds(seconds);
    }
}
