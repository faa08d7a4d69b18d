package dev.keypairs.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as the emulator reads it: nothing decoded yet but the header names' case.
 *
 * @param method the HTTP method as sent, e.g. {@code POST}
 * @param path the request path, undecoded, e.g. {@code /}
 * @param rawQuery the query string exactly as sent, without {@code ?}; empty when none
 * @param headers the headers by lowercase name, each with its values in the order sent
 * @param body the body, at most the server's limit
 */
public record WireRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    public WireRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) ->
                lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(lower);
        body = body == null ? new byte[0] : body.clone();
    }

    /** The header's value; several values of one header are joined by {@code ,} as HTTP allows. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
    }

    /** The body's bytes (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body read as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The media type of the body, lowercase and without parameters; empty when none was sent. */
    public String mediaType() {
        String type = header("content-type").orElse("");
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the body is an HTML form ({@code application/x-www-form-urlencoded}). */
    public boolean hasFormBody() {
        return mediaType().equals("application/x-www-form-urlencoded");
    }
}
