package dev.keypairs.emulator.state;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request under {@code /_keypairs/}, as the HTTP layer hands it on.
 *
 * @param method the HTTP method, as sent
 * @param path the path, e.g. {@code /_keypairs/health}
 * @param rawQuery the query as sent (percent-encoded); null when there is none
 * @param fromLoopback whether the caller's address is a loopback one, i.e. the caller is on the emulator's host
 * @param authorization the {@code Authorization} header; null when there is none
 * @param body reads the body when an endpoint wants it (after the access rule let the request in)
 */
public record StateRequest(String method, String path, String rawQuery, boolean fromLoopback, String authorization,
        Body body) {

    public StateRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The query's parameters, decoded as a URL query is ({@code %3A}, {@code +} for a space), refused unless the
     * endpoint takes each of them: a mistyped name is never ignored, as a reset of the whole store for
     * {@code ?acount=} would be a surprise.
     *
     * @param taken the names the endpoint takes
     * @return each parameter given, by name
     * @throws StateException {@link StateCode#UNKNOWN_PARAMETER} for a name not taken,
     *     {@link StateCode#INVALID_PARAMETER} for one given twice or empty, or a query not percent-encoded
     */
    public Map<String, String> parameters(Set<String> taken) throws StateException {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (!taken.contains(name)) {
                throw new StateException(StateCode.UNKNOWN_PARAMETER, path + " takes " + (taken.isEmpty()
                        ? "no query parameter" : "the query parameters " + String.join(", ", new TreeSet<>(taken)))
                        + ", not '" + name + "'.");
            }
            if (value.isEmpty() || parameters.putIfAbsent(name, value) != null) {
                throw new StateException(StateCode.INVALID_PARAMETER, "The query parameter " + name
                        + " is given " + (value.isEmpty() ? "empty" : "twice") + "; give it once, with a value.");
            }
        }
        return parameters;
    }

    /**
     * The body as UTF-8 text, whatever the content type says (a manifest sent with curl's default
     * {@code application/x-www-form-urlencoded} is still YAML).
     *
     * @throws StateException {@link StateCode#INVALID_ENCODING} for bytes that are not UTF-8, or as
     *     {@link Body#read()}
     */
    public String text() throws StateException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body.read())).toString();
        } catch (CharacterCodingException e) {
            throw new StateException(StateCode.INVALID_ENCODING, "The body of " + path + " is not UTF-8 text.");
        }
    }

    private static String decoded(String text) throws StateException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new StateException(StateCode.INVALID_PARAMETER, "The query is not percent-encoded as a URL query"
                    + " is: encode a store URI's '%', '+' and '&' as %25, %2B and %26 (curl -G --data-urlencode does).");
        }
    }

    /** The body, read once and on demand: the access rule comes first, so a refused caller's body is never read. */
    @FunctionalInterface
    public interface Body {

        /** No body, for requests built in tests and endpoints' own calls. */
        Body NONE = () -> new byte[0];

        /**
         * The body's bytes.
         *
         * @throws StateException {@link StateCode#REQUEST_TOO_LARGE} or {@link StateCode#INCOMPLETE_REQUEST}
         */
        byte[] read() throws StateException;
    }
}
