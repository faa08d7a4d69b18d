package dev.keypairs.emulator.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.provider.Code;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A state endpoint's answer: its status, the headers it adds, and a JSON body.
 *
 * @param status the HTTP status
 * @param headers headers besides the content type and length (e.g. {@code Allow}, {@code WWW-Authenticate})
 * @param body the JSON document, UTF-8
 */
public record StateResponse(int status, Map<String, String> headers, byte[] body) {

    /** The content type of every state answer. */
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    public StateResponse {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** A JSON answer with no further headers. */
    public static StateResponse json(int status, JsonNode document) {
        return new StateResponse(status, Map.of(), Documents.json(document));
    }

    /** A refusal: {@code {"error": {"code": CODE, "message": MESSAGE}}} with the code's status. */
    public static StateResponse refusal(StateException refused) {
        return refusal(refused.code(), refused.getMessage(), Map.of());
    }

    /** A refusal with headers of its own ({@code Allow}, {@code WWW-Authenticate}). */
    public static StateResponse refusal(StateCode code, String message, Map<String, String> headers) {
        return refusal(code, code.status(), message, headers, error -> { });
    }

    /**
     * A refusal with another code than the emulator's own (a manifest's, the fault rules'), with the status the
     * endpoint answers it with and fields of its own beside {@code code} and {@code message} (a seed's
     * {@code errors}).
     *
     * @param code the code, as typed
     * @param status the HTTP status
     * @param message what is wrong and what to do
     * @param headers headers to add
     * @param details adds fields to the {@code error} object after {@code code} and {@code message}
     */
    public static StateResponse refusal(Code code, int status, String message, Map<String, String> headers,
            Consumer<ObjectNode> details) {
        ObjectNode document = Documents.object();
        ObjectNode error = document.putObject("error");
        error.put("code", code.code());
        error.put("message", message);
        details.accept(error);
        return new StateResponse(status, headers, Documents.json(document));
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
}
