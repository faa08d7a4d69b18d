package dev.keypairs.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
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

    /** The one scheme whose URI may name no location: {@code cloud:} is every region at its public endpoint. */
    private static final String PLACELESS_SCHEME = "cloud";
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
    private static final Pattern URL_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");
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
        int slashes = authority(rest);
        int at = slashes < 0 ? -1 : userInfoEnd(rest.substring(slashes));
        if (at >= 0 && rest.indexOf(':', slashes + 2) < slashes + at && rest.indexOf('@', slashes + at + 1) >= 0) {
            // A password and another '@' after it: which '@' ends the password cannot be told, so none is guessed.
            throw new StoreUnavailableException("the store URI " + scheme + "://*** has an '@' after its password:"
                    + " percent-encode an '@' in the password as %40", null);
        }
        int question = rest.indexOf('?', slashes < 0 ? 0 : slashes + at + 1);
        String location = question < 0 ? rest : rest.substring(0, question);
        if (location.isEmpty() && !scheme.equals(PLACELESS_SCHEME)) {
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
     * Where the user info of {@code //USER[:PASSWORD]@HOST...} ends (its {@code @}), or -1 when there is none. A
     * password may hold a raw {@code @}, {@code /} or {@code ?}: the user info runs from {@code //} to the last
     * {@code @} before the first {@code /} or {@code ?} that follows the first {@code @}, and is user info only
     * when its user (up to the first {@code :}) holds no {@code /} or {@code ?}, which no user name does: an
     * {@code @} in a query is not taken for one.
     *
     * @param location the text from {@code //}
     */
    private static int userInfoEnd(String location) {
        if (!location.startsWith("//")) {
            return -1;
        }
        int first = location.indexOf('@', 2);
        if (first < 0) {
            return -1;
        }
        int end = location.length();
        for (int i = first + 1; i < location.length(); i++) {
            char c = location.charAt(i);
            if (c == '/' || c == '?') {
                end = i;
                break;
            }
        }
        int at = location.lastIndexOf('@', end - 1);
        int colon = location.indexOf(':', 2);
        String user = location.substring(2, colon >= 0 && colon < at ? colon : at);
        return user.indexOf('/') < 0 && user.indexOf('?') < 0 ? at : -1;
    }

    /** Where the {@code //} of an authority starts: at once, after a URL's scheme ({@code http://}), or -1. */
    private static int authority(String text) {
        if (text.startsWith("//")) {
            return 0;
        }
        return URL_PREFIX.matcher(text).lookingAt() ? text.indexOf("//") : -1;
    }

    /**
     * Text with the password of its {@code //USER:PASSWORD@} replaced by {@code ***}: a location that starts with
     * {@code //}, or one that is itself a URL ({@code cloud:http://...}), or an option's value that is one. The form
     * of any store or endpoint a message quotes.
     */
    public static String withoutPassword(String text) {
        int slashes = authority(text);
        if (slashes < 0) {
            return text;
        }
        String location = text.substring(slashes);
        int at = userInfoEnd(location);
        int colon = at < 0 ? -1 : location.indexOf(':', 2);
        if (colon < 0 || colon > at) {
            return text;
        }
        return text.substring(0, slashes) + location.substring(0, colon + 1) + "***" + location.substring(at);
    }

    private static String decode(String text) throws StoreUnavailableException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StoreUnavailableException("the store URI has a malformed %-escape in its options", e);
        }
    }

    /**
     * This URI with the user info {@code USER:PASSWORD@} in place of any it has (each percent-encoded), for
     * credentials found elsewhere (a settings.xml server); a URI without {@code //} as it is. Never print it.
     */
    public String withUserInfo(String user, String password) {
        if (!location.startsWith("//")) {
            return raw;
        }
        int at = userInfoEnd(location);
        String hostAndPath = at < 0 ? location.substring(2) : location.substring(at + 1);
        int colon = raw.indexOf(':');
        String query = raw.substring(colon + 1 + location.length());
        String userInfo = encode(user) + (password == null ? "" : ":" + encode(password));
        return raw.substring(0, colon) + "://" + userInfo + "@" + hostAndPath + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URI with credentials replaced by {@code ***}: the only form to print or record. */
    public String redacted() {
        StringBuilder text = new StringBuilder(scheme).append(':').append(withoutPassword(location));
        String separator = "?";
        for (Map.Entry<String, String> option : options.entrySet()) {
            String name = option.getKey().toLowerCase(Locale.ROOT);
            boolean secret = SECRET_NAME_PARTS.stream().anyMatch(name::contains);
            text.append(separator).append(option.getKey()).append('=')
                    .append(secret ? "***" : withoutPassword(option.getValue()));
            separator = "&";
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return redacted();
    }
}
