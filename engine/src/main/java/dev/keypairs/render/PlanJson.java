package dev.keypairs.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.keypairs.manifest.Diagnostic;
import dev.keypairs.plan.Change;
import dev.keypairs.plan.KeyPairState;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.Summary;
import dev.keypairs.plan.Unmanaged;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code plan.json}, exactly as SPEC §6 specifies it: tools outside the project read it, so the field names
 * and their order are a contract. Written with Jackson's streaming generator so that order is fixed.
 */
public final class PlanJson {


    private PlanJson() {
    }

    /** The plan as plan.json text, pretty-printed, ending in a newline. */
    public static String write(Plan plan) {
        return PrettyJson.write(json -> {
            json.writeNumberField("formatVersion", Plan.FORMAT_VERSION);
            json.writeStringField("basis", plan.basis());
            json.writeObjectFieldStart("options");
            stringArray(json, "manifests", plan.options().manifests());
            stringArray(json, "target", plan.options().targets());
            json.writeFieldName("prune");
            if (plan.options().prune() == null) {
                json.writeNull();
            } else {
                json.writeBoolean(plan.options().prune());
            }
            json.writeEndObject();
            json.writeStringField("store", plan.store());
            json.writeArrayFieldStart("changes");
            for (Change change : plan.changes()) {
                change(json, change);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmanaged");
            for (Unmanaged unmanaged : plan.unmanaged()) {
                json.writeStartObject();
                json.writeStringField("address", unmanaged.address());
                json.writeStringField("fingerprint", unmanaged.fingerprint());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("errors");
            for (Diagnostic error : plan.errors()) {
                error(json, error);
            }
            json.writeEndArray();
            summary(json, plan.summary());
        });
    }

    private static void change(JsonGenerator json, Change change) throws IOException {
        json.writeStartObject();
        json.writeStringField("address", change.address().toString());
        json.writeStringField("provider", change.address().provider().id());
        json.writeStringField("region", change.address().region());
        json.writeStringField("name", change.address().name());
        json.writeStringField("action", change.action().id());
        json.writeStringField("reason", change.reason());
        json.writeFieldName("source");
        if (change.source() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("file", change.source().file());
            json.writeNumberField("line", change.source().line());
            json.writeEndObject();
        }
        state(json, "before", change.before(), true);
        state(json, "after", change.after(), false);
        json.writeEndObject();
    }

    /** {@code before} adds {@code keyId} and {@code createdAt}; a create's {@code after} has no fingerprints yet. */
    private static void state(JsonGenerator json, String field, KeyPairState state, boolean before) throws IOException {
        json.writeFieldName(field);
        if (state == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        nullableString(json, "keyType", state.keyType());
        nullableNumber(json, "bits", state.bits());
        if (before || state.fingerprint() != null) {
            nullableString(json, "fingerprint", state.fingerprint());
            nullableString(json, "sha256", state.sha256());
        }
        json.writeObjectFieldStart("tags");
        for (Map.Entry<String, String> tag : state.tags().entrySet()) {
            json.writeStringField(tag.getKey(), tag.getValue());
        }
        json.writeEndObject();
        nullableString(json, "resourceGroupId", state.resourceGroupId());
        nullableNumber(json, "projectId", state.projectId());
        if (before) {
            nullableString(json, "keyId", state.keyId());
            nullableString(json, "createdAt", state.createdAt() == null ? null : state.createdAt().toString());
        }
        json.writeEndObject();
    }

    private static void error(JsonGenerator json, Diagnostic error) throws IOException {
        json.writeStartObject();
        nullableString(json, "address", error.address());
        json.writeStringField("code", error.code());
        json.writeStringField("message", error.message());
        nullableString(json, "file", error.source() == null ? null : error.source().file());
        nullableNumber(json, "line", error.source() == null ? null : error.source().line());
        nullableNumber(json, "column", error.source() == null ? null : error.source().column());
        json.writeEndObject();
    }

    private static void summary(JsonGenerator json, Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("import", summary.imports());
        json.writeNumberField("create", summary.creates());
        json.writeNumberField("replace", summary.replaces());
        json.writeNumberField("update", summary.updates());
        json.writeNumberField("delete", summary.deletes());
        json.writeNumberField("noop", summary.noops());
        json.writeNumberField("unmanaged", summary.unmanaged());
        json.writeNumberField("errors", summary.errors());
        json.writeEndObject();
    }

    private static void stringArray(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void nullableNumber(JsonGenerator json, String field, Number value) throws IOException {
        json.writeFieldName(field);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value.longValue());
        }
    }

    private static void nullableString(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
