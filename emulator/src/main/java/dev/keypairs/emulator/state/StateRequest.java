package dev.keypairs.emulator.state;

import java.util.Objects;

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
