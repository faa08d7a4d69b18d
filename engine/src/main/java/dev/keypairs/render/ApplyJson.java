package dev.keypairs.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keypairs.apply.ApplyResult;
import dev.keypairs.apply.CallRecord;
import dev.keypairs.apply.Failure;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Plan;
import java.io.IOException;
import java.util.List;

/**
 * {@code apply.json} (apply.md): every change call made to the store (call, the addresses it covered, RequestId,
 * outcome, error code, attempts and the codes met on retries), the failures and the final summary, and whether a signal
 * ended the apply first. It never holds key material.
 */
public final class ApplyJson {

    private static final List<Action> ACTIONS = List.of(Action.IMPORT, Action.CREATE, Action.REPLACE, Action.RENAME,
            Action.UPDATE, Action.DELETE);

    private ApplyJson() {
    }

    /** The apply as apply.json text. */
    public static String write(Plan plan, ApplyResult result) {
        return write(plan, result, false);
    }

    /**
     * The apply as apply.json text; {@code interrupted} when SIGINT or SIGTERM ended it first: then the result is what
     * it had done so far, and {@code "interrupted": true} says so. The field is written for such an apply only, so an
     * apply that ended is exactly SPEC §7's apply.json.
     */
    public static String write(Plan plan, ApplyResult result, boolean interrupted) {
        return PrettyJson.write(json -> {
            json.writeNumberField("formatVersion", 1);
            if (interrupted) {
                json.writeBooleanField("interrupted", true);
            }
            json.writeStringField("basis", plan.basis());
            json.writeStringField("store", plan.store());
            json.writeArrayFieldStart("calls");
            for (CallRecord call : result.calls()) {
                json.writeStartObject();
                json.writeStringField("action", call.call().action());
                json.writeArrayFieldStart("addresses");
                for (String address : call.addresses()) {
                    json.writeString(address);
                }
                json.writeEndArray();
                json.writeStringField("requestId", call.requestId());
                json.writeStringField("outcome", call.outcome().id());
                json.writeStringField("errorCode", call.errorCode() == null ? null : call.errorCode().code());
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
                json.writeStringField("action", failure.action().id());
                json.writeStringField("code", failure.code().code());
                json.writeStringField("message", ApplyWords.message(failure));
                json.writeBooleanField("nowAbsent", failure.nowAbsent());
                json.writeEndObject();
            }
            json.writeEndArray();
            summary(json, result);
        });
    }

    /** apply.json's {@code summary}: what each action did, what was found done, what failed, how long it took. */
    static void summary(JsonGenerator json, ApplyResult result) throws IOException {
        json.writeObjectFieldStart("summary");
        for (Action action : ACTIONS) {
            json.writeNumberField(action.id(), result.done(action));
        }
        json.writeNumberField("alreadyDone", result.alreadyDone());
        json.writeNumberField("failed", result.failures().size());
        json.writeNumberField("elapsedMs", result.elapsed().toMillis());
        json.writeEndObject();
    }

    /**
     * {@code Apply complete: imported 1, ...} (this run's own calls, then what another run had done already) or the
     * count of failures.
     */
    public static String summaryLine(ApplyResult result) {
        // Renames are said when there are any, so an apply without one reads as it always has.
        String done = "imported " + result.done(Action.IMPORT) + ", created " + result.done(Action.CREATE)
                + ", replaced " + result.done(Action.REPLACE)
                + (result.done(Action.RENAME) > 0 ? ", renamed " + result.done(Action.RENAME) : "")
                + ", updated " + result.done(Action.UPDATE) + ", deleted "
                + result.done(Action.DELETE)
                + (result.alreadyDone() == 0 ? "" : "; " + result.alreadyDone() + " already done by another run");
        return result.succeeded() ? "Apply complete: " + done + "."
                : "Apply failed: " + result.failures().size() + " of the planned actions failed; " + done + ".";
    }
}
