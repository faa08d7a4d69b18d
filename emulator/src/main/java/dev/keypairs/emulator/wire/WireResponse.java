package dev.keypairs.emulator.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What the emulator answers.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}
 * @param body the body
 * @param requestId the RequestId the body carries
 * @param code the error code the body carries; null for a success
 * @param call what the API learnt of the call (for the journal); null when no API answered
 */
public record WireResponse(int status, String contentType, byte[] body, String requestId, String code,
        CallFacts call) {

    /** {@code application/json;charset=utf-8}. */
    public static final String JSON = "application/json;charset=utf-8";
    /**
     * {@code application/json} exactly, as Tencent Cloud answers: its Python SDK reads {@code Response.Error}
     * only under that media type with no parameters.
     */
    public static final String PLAIN_JSON = "application/json";
    /** {@code text/xml;charset=utf-8}: the Tea SDKs read an error body as XML under exactly this type. */
    public static final String XML = "text/xml;charset=utf-8";

    public WireResponse {
        Objects.requireNonNull(contentType, "contentType");
        body = body.clone();
    }

    /** An answer not yet told what call it answers. */
    public WireResponse(int status, String contentType, byte[] body, String requestId, String code) {
        this(status, contentType, body, requestId, code, null);
    }

    /** This answer, with the facts of the call it answers. */
    public WireResponse withCall(CallFacts facts) {
        return new WireResponse(status, contentType, body, requestId, code, facts);
    }

    /** The body's bytes (a copy). */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
