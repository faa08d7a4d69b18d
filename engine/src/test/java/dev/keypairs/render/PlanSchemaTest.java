package dev.keypairs.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** plan.json is what its published JSON Schema says, and the schema refuses what plan.json never is. */
class PlanSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = PlanSchemaTest.class.getResourceAsStream("/dev/keypairs/render/plan.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everyPlanJsonWrittenMatchesTheSchema() throws Exception {
        JsonSchema schema = schema();
        for (String json : new String[] {PlanJson.write(PlanSamples.sample()), PlanJson.write(PlanSamples.manyImports(3)),
                PlanJson.write(PlanSamples.withFindings()), PlanJson.write(PlanSamples.renames())}) {
            Set<ValidationMessage> problems = schema.validate(MAPPER.readTree(json));
            assertEquals(Set.of(), problems, json);
        }
    }

    @Test
    void theSchemaRefusesWhatPlanJsonNeverIs() throws Exception {
        JsonSchema schema = schema();
        JsonNode plan = MAPPER.readTree(PlanJson.write(PlanSamples.sample()));
        ObjectNode unknownField = plan.deepCopy();
        unknownField.put("extra", 1);
        ObjectNode badAction = plan.deepCopy();
        ((ObjectNode) badAction.at("/changes/0")).put("action", "upsert");
        ObjectNode noBasis = plan.deepCopy();
        noBasis.remove("basis");
        ObjectNode halfFingerprint = plan.deepCopy();
        ((ObjectNode) halfFingerprint.at("/changes/0/after")).remove("sha256");
        JsonNode withFindings = MAPPER.readTree(PlanJson.write(PlanSamples.withFindings()));
        ObjectNode badSeverity = withFindings.deepCopy();
        ((ObjectNode) badSeverity.at("/findings/0")).put("severity", "warn");
        ObjectNode unknownFact = withFindings.deepCopy();
        ((ObjectNode) unknownFact.at("/findings/0/facts")).put("colour", "red");
        ObjectNode noFindings = plan.deepCopy();
        noFindings.remove("findings");
        ObjectNode emptyExecution = withFindings.deepCopy();
        ((ObjectNode) emptyExecution.get("options")).put("execution", "");
        for (JsonNode wrong : new JsonNode[] {unknownField, badAction, noBasis, halfFingerprint, badSeverity,
                unknownFact, noFindings, emptyExecution}) {
            assertFalse(schema.validate(wrong).isEmpty(), wrong.toString());
        }
    }
}
