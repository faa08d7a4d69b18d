package dev.keypairs.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A store URI: {@code SCHEME:LOCATION[?OPTION=VALUE&...]}, e.g. {@code sqlite:/home/me/.keypairs/store.db?
 * tencentQuota=100}. Options ride on the query. {@link #redacted()} hides credentials (the password of a
 * {@code user:password@} authority and options named like secrets), and is what every output shows.
 *
 * @param scheme the scheme, lowercase
 * @param location what follows the scheme up to the query, e.g. a path
 * @param options the query's options in order
 * @param raw the URI as given; never print it, print {@link #redacted()}
 */
public record StoreUri(String scheme, String location, Map<String, String> options, String raw) {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    /** An option whose name contains any of these (in any case) is a secret (key-secret is within secret). */
    private static final List<String> SECRET_NAME_PARTS = List.of("secret", "token", "password", "passwd", "pwd",
            "credential", "apikey", "api-key", "signature");

    public StoreUri {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /**
     * Parses a store URI.
     *
     * @throws StoreUnavailableException when it has no scheme, no location or a malformed option
     */
    public static StoreUri parse(String uri) throws StoreUnavailableException {
        if (uri == null || uri.isBlank()) {
            throw new StoreUnavailableException("the store URI is empty: give one such as sqlite:PATH", null);
        }
        int colon = uri.indexOf(':');
        if (colon <= 0 || !SCHEME.matcher(uri.substring(0, colon)).matches()) {
            throw new StoreUnavailableException("the store URI has no scheme: give one such as sqlite:PATH", null);
        }
        String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = uri.substring(colon + 1);
        // A password may hold '?', '/' or '@' unescaped: the query starts after the user info, if any.
        int question = rest.indexOf('?', userInfoEnd(rest) + 1);
        String location = question < 0 ? rest : rest.substring(0, question);
        if (location.isEmpty()) {
            throw new StoreUnavailableException("the store URI " + scheme + ": names no location", null);
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (question >= 0 && question + 1 < rest.length()) {
            for (String pair : rest.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (pair.isEmpty() || equals == 0) {
                    throw new StoreUnavailableException("the store URI has a malformed option; write NAME=VALUE", null);
                }
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                options.put(name, value);
            }
        }
        return new StoreUri(scheme, location, options, uri);
    }

    /**
     * Where the user info of {@code //USER:PASSWORD@HOST/...} ends (its {@code @}), or -1 when there is none: the
     * last {@code @} that a {@code /} follows before any {@code ?}, so that a password's own {@code /}, {@code @}
     * or {@code ?} stays inside it.
     */
    private static int userInfoEnd(String location) {
        if (!location.startsWith("//")) {
            return -1;
        }
        for (int at = location.lastIndexOf('@'); at > 1; at = location.lastIndexOf('@', at - 1)) {
            int slash = location.indexOf('/', at);
            int question = location.indexOf('?', at);
            if (slash > at && (question < 0 || slash < question)) {
                return at;
            }
        }
        return -1;
    }

    private static String decode(String text) throws StoreUnavailableException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StoreUnavailableException("the store URI has a malformed %-escape in its options", e);
        }
    }

    /** The URI with credentials replaced by {@code ***}: the only form to print or record. */
    public String redacted() {
        StringBuilder text = new StringBuilder(scheme).append(':');
        int at = userInfoEnd(location);
        int colon = at < 0 ? -1 : location.indexOf(':');
        if (colon >= 0 && colon < at) {
            text.append(location, 0, colon + 1).append("***").append(location.substring(at));
        } else {
            text.append(location);
        }
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey().toLowerCase(Locale.ROOT);
            boolean secret = SECRET_NAME_PARTS.stream().anyMatch(name::contains);
            text.append(separator).append(option.getKey()).append('=').append(secret ? "***" : option.getValue());
            separator = "&";
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return redacted();
    }
}
