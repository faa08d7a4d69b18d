package dev.keypairs.render;

import dev.keypairs.apply.ApplyResult;
import dev.keypairs.apply.CallRecord;
import dev.keypairs.apply.Failure;
import dev.keypairs.plan.Action;
import dev.keypairs.plan.Plan;
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
        JsonText json = new JsonText(1024 + 300 * result.calls().size()).startObject().field("formatVersion", 1);
        if (interrupted) {
            json.field("interrupted", true);
        }
        json.field("basis", plan.basis()).field("store", plan.store()).name("calls").startArray();
        for (CallRecord call : result.calls()) {
            json.startObject().field("action", call.call().action()).field("addresses", call.addresses())
                    .field("requestId", call.requestId()).field("outcome", call.outcome().id())
                    .field("errorCode", call.errorCode() == null ? null : call.errorCode().code())
                    .field("attempts", call.attempts()).field("retriedOn", call.retriedOn()).endObject();
        }
        json.endArray().name("failures").startArray();
        for (Failure failure : result.failures()) {
            json.startObject().field("address", failure.address()).field("action", failure.action().id())
                    .field("code", failure.code().code()).field("message", ApplyWords.message(failure))
                    .field("nowAbsent", failure.nowAbsent()).endObject();
        }
        json.endArray();
        summary(json, result);
        return json.endObject().document();
    }

    /** apply.json's {@code summary}: what each action did, what was found done, what failed, how long it took. */
    static void summary(JsonText json, ApplyResult result) {
        json.name("summary").startObject();
        for (Action action : ACTIONS) {
            json.field(action.id(), result.done(action));
        }
        json.field("alreadyDone", result.alreadyDone()).field("failed", result.failures().size())
                .field("elapsedMs", result.elapsed().toMillis()).endObject();
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
