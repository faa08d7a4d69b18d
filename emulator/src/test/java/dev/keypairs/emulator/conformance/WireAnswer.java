package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an official SDK got back: the answer's fields, or the error code (with Alibaba's HTTP status).
 *
 * @param body the answer's fields (Tencent: inside {@code Response}); null for an error
 * @param code the error code; null for an answer
 * @param status the HTTP status of an Alibaba error; 0 otherwise
 */
record WireAnswer(JsonNode body, String code, int status) {

    boolean succeeded() {
        return code == null;
    }

    @Override
    public String toString() {
        return succeeded() ? "answered " + body : "refused " + code + (status == 0 ? "" : " (HTTP " + status + ")");
    }
}
