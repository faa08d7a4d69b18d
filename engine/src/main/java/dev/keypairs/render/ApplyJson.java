package dev.keypairs.render;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.apply.CallRecord;
import dev.keypairs.apply.Failure;
import dev.keypairs.plan.Plan;
import java.util.List;

/**
 * {@code apply.json} (SPEC §7): every change call made to the store (call, address, RequestId, outcome, error code,
 * attempts and the codes met on retries) and the final summary. It never holds key material.
 */
public final class ApplyJson {

    private static final List<String> ACTIONS = List.of("import", "create", "replace", "update", "delete");

    private ApplyJson() {
    }

    /** The apply as apply.json text. */
    public static String write(Plan plan, ApplyResult result) {
        return PrettyJson.write(json -> {
            json.writeNumberField("formatVersion", 1);
            json.writeStringField("basis", plan.basis());
            json.writeStringField("store", plan.store());
            json.writeArrayFieldStart("calls");
            for (CallRecord call : result.calls()) {
                json.writeStartObject();
                json.writeStringField("action", call.call());
                json.writeStringField("address", call.address());
                json.writeStringField("requestId", call.requestId());
                json.writeStringField("outcome", call.outcome());
                json.writeStringField("errorCode", call.errorCode());
                json.writeNumberField("attempts", call.attempts());
                json.writeArrayFieldStart("retriedOn");
                for (String code : call.retriedOn()) {
                    json.writeString(code);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("failures");
            for (Failure failure : result.failures()) {
                json.writeStartObject();
                json.writeStringField("address", failure.address());
                json.writeStringField("action", failure.action());
                json.writeStringField("code", failure.code());
                json.writeStringField("message", failure.message());
                json.writeBooleanField("nowAbsent", failure.nowAbsent());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            for (String action : ACTIONS) {
                json.writeNumberField(action, result.done().getOrDefault(action, 0));
            }
            json.writeNumberField("failed", result.failures().size());
            json.writeNumberField("elapsedMs", result.elapsed().toMillis());
            json.writeEndObject();
        });
    }

    /** {@code Apply complete: 1 imported, ...} or the count of failures. */
    public static String summaryLine(ApplyResult result) {
        String done = "imported " + result.done().getOrDefault("import", 0) + ", created "
                + result.done().getOrDefault("create", 0) + ", replaced " + result.done().getOrDefault("replace", 0)
                + ", updated " + result.done().getOrDefault("update", 0) + ", deleted "
                + result.done().getOrDefault("delete", 0);
        return result.succeeded() ? "Apply complete: " + done + "."
                : "Apply failed: " + result.failures().size() + " of the planned actions failed; " + done + ".";
    }
}
