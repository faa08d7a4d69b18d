package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider's official API definition as this project holds it for its tests: the facts (parameter names,
 * types, required flags, response fields, error codes with their HTTP statuses) of every action that concerns
 * key pairs, taken from the public sources each file names (the providers' own CLI and SDK metadata), in
 * {@code src/test/resources/dev/keypairs/emulator/conformance/}.
 *
 * @param provider {@code alibaba} or {@code tencent}
 * @param version the API version
 * @param actions each action's facts, by name
 * @param commonErrors codes any action may answer (Tencent's common codes); empty for Alibaba
 */
record OfficialDefinition(String provider, String version, Map<String, Action> actions, Set<String> commonErrors) {

    /**
     * One action's facts.
     *
     * @param name the action
     * @param parameters its request parameters, nested ones as members
     * @param response its response fields, by path ({@code KeyPairs.KeyPair[].Tags.Tag[].TagKey})
     * @param exampleFields the fields the official example answer shows (Tencent), by path
     * @param errors the codes it documents, with the HTTP status (Alibaba) or 0 (Tencent)
     */
    record Action(String name, List<Parameter> parameters, List<Field> response, Set<String> exampleFields,
            Map<String, Integer> errors) {

        /** Whether the action documents the code, or the API documents it for every action. */
        boolean documents(String code, Set<String> common) {
            return errors.containsKey(code) || common.contains(code);
        }
    }

    /**
     * A request parameter.
     *
     * @param name its name
     * @param type {@code string}, {@code integer}, {@code boolean}, {@code list} or {@code object}
     * @param required whether the definition marks it required
     * @param itemType a list's item type when its items are not objects, else null
     * @param members an object's (or a list of objects') members
     */
    record Parameter(String name, String type, boolean required, String itemType, List<Parameter> members) {
    }

    /**
     * A response field.
     *
     * @param path where it sits: names joined by dots, {@code []} after a list
     * @param type {@code string}, {@code integer}, {@code boolean}, {@code list} or {@code object}
     * @param required whether the definition marks it as always answered
     */
    record Field(String path, String type, boolean required) {
    }

    /** Reads one of the definition files beside this class. */
    static OfficialDefinition read(String file) {
        try (InputStream in = OfficialDefinition.class.getResourceAsStream(file)) {
            Objects.requireNonNull(in, file);
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Action> actions = new LinkedHashMap<>();
            root.path("actions").fields().forEachRemaining(entry -> actions.put(entry.getKey(),
                    action(entry.getKey(), entry.getValue())));
            Set<String> common = new TreeSet<>();
            root.path("commonErrors").path("codes").forEach(code -> common.add(code.asText()));
            return new OfficialDefinition(root.path("provider").asText(), root.path("version").asText(),
                    actions, common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documented codes of the served actions that no condition meets and no reason excuses (or that are both
     * met and excused), as {@code "Action Code"}: empty when every code is accounted for.
     *
     * @param served the actions the emulator serves
     * @param met the codes a condition meets, as {@code "Action Code"}
     * @param unmet the codes no account meets, as {@code "Code"} (at every action) or {@code "Action Code"}
     */
    Set<String> unaccountedCodes(Set<String> served, Set<String> met, Set<String> unmet) {
        Set<String> unaccounted = new TreeSet<>();
        actions.values().stream().filter(action -> served.contains(action.name())).forEach(action ->
                action.errors().keySet().forEach(code -> {
                    String atAction = action.name() + " " + code;
                    boolean isMet = met.contains(atAction);
                    if (isMet == (unmet.contains(code) || unmet.contains(atAction))) {
                        unaccounted.add(atAction + (isMet ? " (both met and unmet)" : ""));
                    }
                }));
        return unaccounted;
    }

    /** The facts of one action; an action the definition lacks is a mistake in the test. */
    Action action(String name) {
        return Objects.requireNonNull(actions.get(name), () -> provider + " defines no " + name);
    }

    private static Action action(String name, JsonNode node) {
        List<Field> response = new ArrayList<>();
        node.path("response").forEach(field -> response.add(new Field(field.path("path").asText(),
                field.path("type").asText(), field.path("required").asBoolean())));
        Set<String> shown = new TreeSet<>();
        node.path("exampleFields").forEach(field -> shown.add(field.asText()));
        Map<String, Integer> errors = new LinkedHashMap<>();
        node.path("errors").forEach(error -> {
            if (error.isTextual()) {
                errors.put(error.asText(), 0);
            } else {
                errors.put(error.path("code").asText(), error.path("status").asInt());
            }
        });
        return new Action(name, parameters(node.path("parameters")), List.copyOf(response), shown, errors);
    }

    private static List<Parameter> parameters(JsonNode list) {
        List<Parameter> parameters = new ArrayList<>();
        list.forEach(parameter -> parameters.add(new Parameter(parameter.path("name").asText(),
                parameter.path("type").asText(), parameter.path("required").asBoolean(),
                parameter.hasNonNull("items") ? parameter.get("items").asText() : null,
                parameters(parameter.path("members")))));
        return List.copyOf(parameters);
    }
}
