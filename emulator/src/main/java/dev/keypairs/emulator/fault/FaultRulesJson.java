package dev.keypairs.emulator.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fault rules as JSON, SPEC §13's document {@code {"seed": N, "rules": [{"provider", "action", "region",
 * "accessKeyId", "code", "probability" | "every", "latencyMs"}]}}: read strictly, each refusal naming the field and
 * what it takes, so that a typo never becomes a rule that silently matches nothing; and written back in the same
 * shape. The body of {@code PUT /_keypairs/faults} and the file of {@code keypairs.serve.faults}.
 */
public final class FaultRulesJson {

    /** The longest latency a rule may put on a call, as {@code keypairs.serve.latency} takes. */
    public static final long MAX_LATENCY_MS = 60_000;

    private static final Set<String> DOCUMENT_FIELDS = Set.of("seed", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("provider", "action", "region", "accessKeyId", "code",
            "probability", "every", "latencyMs");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private FaultRulesJson() {
    }

    /**
     * Reads a file of fault rules ({@code keypairs.serve.faults}).
     *
     * @throws FaultRulesException {@code FileNotFound}, or as {@link #read(String)}
     */
    public static FaultRules read(Path file) throws FaultRulesException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new FaultRulesException(ToolCode.FILE_NOT_FOUND, file + " does not exist");
        } catch (MalformedInputException e) {
            throw new FaultRulesException(ToolCode.INVALID_SETTING, file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new FaultRulesException(ToolCode.FILE_NOT_FOUND, file + " cannot be read (" + e.getMessage() + ")");
        }
        return read(text);
    }

    /**
     * Reads a fault rules document.
     *
     * @throws FaultRulesException {@code UnknownField} (a field no rule or document has), {@code ConflictingFields}
     *     ({@code probability} and {@code every} together), {@code UnknownProvider}, or {@code InvalidSetting}: not
     *     JSON, a value of the wrong type or out of range, an action the provider does not serve, a code it does not
     *     answer, a rule that does nothing
     */
    public static FaultRules read(String text) throws FaultRulesException {
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid("the fault rules are not JSON: " + e.getOriginalMessage());
        }
        if (document == null || !document.isObject()) {
            throw invalid("the fault rules are a JSON object {\"seed\": N, \"rules\": [...]}");
        }
        unknownFields(document, DOCUMENT_FIELDS, "the fault rules");
        long seed = FaultRules.DEFAULT_SEED;
        JsonNode seedNode = document.get("seed");
        if (seedNode != null && !seedNode.isNull()) {
            if (!seedNode.canConvertToExactIntegral() || !seedNode.canConvertToLong()) {
                throw invalid("seed is " + seedNode + "; it takes a whole number");
            }
            seed = seedNode.longValue();
        }
        JsonNode rulesNode = document.get("rules");
        if (rulesNode == null || !rulesNode.isArray()) {
            throw invalid("rules is " + (rulesNode == null ? "missing" : rulesNode.toString())
                    + "; it takes a list of rules ([] for none)");
        }
        List<FaultRule> rules = new ArrayList<>();
        for (int i = 0; i < rulesNode.size(); i++) {
            rules.add(rule(rulesNode.get(i), "rules[" + i + "]"));
        }
        return new FaultRules(seed, rules);
    }

    private static FaultRule rule(JsonNode node, String where) throws FaultRulesException {
        if (!node.isObject()) {
            throw invalid(where + " is " + node + "; a rule is an object");
        }
        unknownFields(node, RULE_FIELDS, where);
        Provider provider = null;
        String providerId = text(node, "provider", where);
        if (providerId != null) {
            provider = Provider.fromId(providerId).orElseThrow(() -> new FaultRulesException(ToolCode.UNKNOWN_PROVIDER,
                    where + ".provider is '" + providerId + "'; it takes alibaba or tencent"));
        }
        String action = text(node, "action", where);
        if (action != null && !(provider == null ? FaultRule.serves(Provider.ALIBABA, action)
                || FaultRule.serves(Provider.TENCENT, action) : FaultRule.serves(provider, action))) {
            throw invalid(where + ".action is '" + action + "', an action " + (provider == null
                    ? "neither provider serves" : provider.id() + " does not serve") + " in the emulator");
        }
        String codeText = text(node, "code", where);
        FaultCode code = null;
        if (codeText != null) {
            code = FaultCode.resolve(codeText).orElseThrow(() -> invalid(where + ".code is '" + codeText
                    + "', which neither provider answers: a code documented for the key pair calls, or a common one"
                    + " such as Throttling, RequestLimitExceeded, ServiceUnavailable or InternalServerError"));
        }
        Double probability = null;
        JsonNode probabilityNode = present(node, "probability");
        if (probabilityNode != null) {
            if (!probabilityNode.isNumber() || probabilityNode.doubleValue() < 0 || probabilityNode.doubleValue() > 1) {
                throw invalid(where + ".probability is " + probabilityNode + "; it takes a number from 0 to 1");
            }
            probability = probabilityNode.doubleValue();
        }
        FaultRule.Every every = null;
        String everyText = text(node, "every", where);
        if (everyText != null) {
            every = FaultRule.Every.parse(everyText).orElseThrow(() -> invalid(where + ".every is '" + everyText
                    + "'; it takes \"N/M\", the first N of every M matching calls, 0 < N <= M (e.g. \"3/10\")"));
        }
        if (probability != null && every != null) {
            throw new FaultRulesException(ToolCode.CONFLICTING_FIELDS, where + " gives both probability and every;"
                    + " a rule fires either by chance or on the first N of every M calls");
        }
        Duration latency = Duration.ZERO;
        JsonNode latencyNode = present(node, "latencyMs");
        if (latencyNode != null) {
            if (!latencyNode.canConvertToExactIntegral() || !latencyNode.canConvertToLong() || latencyNode.longValue() < 0
                    || latencyNode.longValue() > MAX_LATENCY_MS) {
                throw invalid(where + ".latencyMs is " + latencyNode + "; it takes milliseconds from 0 to "
                        + MAX_LATENCY_MS);
            }
            latency = Duration.ofMillis(latencyNode.longValue());
        }
        if (code == null && latency.isZero()) {
            throw invalid(where + " does nothing: give it a code to answer, a latencyMs to wait, or both");
        }
        FaultRule rule = new FaultRule(provider, action, text(node, "region", where), text(node, "accessKeyId", where),
                code, probability, every, latency);
        if (rule.providers().isEmpty()) {
            throw invalid(where + ".code " + codeText + " is not answered by " + (provider != null ? provider.id()
                    : "the provider serving " + action) + "; " + codeText + " is " + code.providers().iterator().next().id()
                    + "'s");
        }
        return rule;
    }

    /** A field's text; null when absent or null. */
    private static String text(JsonNode node, String field, String where) throws FaultRulesException {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(where + "." + field + " is " + value + "; it takes a non-empty string, or leave it out to"
                    + " match all");
        }
        return value.asText();
    }

    /** A field given a value (JSON null is as if left out). */
    private static JsonNode present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) throws FaultRulesException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new FaultRulesException(ToolCode.UNKNOWN_FIELD, where + " has an unknown field '" + name
                        + "'; it takes " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static FaultRulesException invalid(String message) {
        return new FaultRulesException(ToolCode.INVALID_SETTING, message);
    }

    /** The rules as the document they are read from, each rule with the fields it gives. */
    public static ObjectNode write(FaultRules rules) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("seed", rules.seed());
        ArrayNode list = document.putArray("rules");
        for (FaultRule rule : rules.rules()) {
            ObjectNode item = list.addObject();
            for (Map.Entry<String, String> field : List.of(Map.entry("provider", rule.provider() == null ? ""
                    : rule.provider().id()), Map.entry("action", nonNull(rule.action())),
                    Map.entry("region", nonNull(rule.region())), Map.entry("accessKeyId", nonNull(rule.accessKeyId())),
                    Map.entry("code", rule.code() == null ? "" : rule.code().code()))) {
                if (!field.getValue().isEmpty()) {
                    item.put(field.getKey(), field.getValue());
                }
            }
            if (rule.probability() != null) {
                item.put("probability", rule.probability());
            }
            if (rule.every() != null) {
                item.put("every", rule.every().toString());
            }
            if (!rule.latency().isZero()) {
                item.put("latencyMs", rule.latency().toMillis());
            }
        }
        return document;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
