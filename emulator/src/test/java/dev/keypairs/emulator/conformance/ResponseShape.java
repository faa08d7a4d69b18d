package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compares an answer with an action's documented response: which documented fields are missing from an object
 * that should hold them, which have another type, and which answered fields no definition has.
 */
final class ResponseShape {

    private ResponseShape() {
    }

    /**
     * The differences, one line each; none when the answer matches.
     *
     * @param answer the answer's fields (Tencent: inside {@code Response}, without {@code RequestId})
     * @param fields the documented fields
     * @param expected which documented fields the answer must carry
     */
    static List<String> differences(JsonNode answer, List<OfficialDefinition.Field> fields,
            Predicate<OfficialDefinition.Field> expected) {
        Map<String, List<JsonNode>> answered = new TreeMap<>();
        answered.put("", List.of(answer));
        collect(answer, "", answered);
        List<String> differences = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        for (OfficialDefinition.Field field : fields) {
            documented.add(field.path());
            if (expected.test(field) && !field.path().endsWith("[]")) {
                // A member is missing from each object that should hold it; an empty list holds no objects.
                int dot = field.path().lastIndexOf('.');
                String parent = dot < 0 ? "" : field.path().substring(0, dot);
                String member = field.path().substring(dot + 1);
                long without = answered.getOrDefault(parent, List.of()).stream()
                        .filter(object -> object.isObject() && !object.has(member)).count();
                if (without > 0) {
                    differences.add("missing " + field.path() + " (" + field.type() + ")");
                }
            }
            for (JsonNode node : answered.getOrDefault(field.path(), List.of())) {
                if (!hasType(node, field.type())) {
                    differences.add(field.path() + " is " + node.getNodeType() + ", documented " + field.type());
                    break;
                }
            }
        }
        answered.keySet().stream().filter(path -> !path.isEmpty() && !documented.contains(path))
                .forEach(path -> differences.add("undocumented field " + path));
        return differences;
    }

    private static void collect(JsonNode node, String path, Map<String, List<JsonNode>> answered) {
        if (!path.isEmpty()) {
            answered.computeIfAbsent(path, p -> new ArrayList<>()).add(node);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), answered));
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", answered));
        }
    }

    private static boolean hasType(JsonNode node, String type) {
        return switch (type) {
            case "string" -> node.isTextual();
            case "integer" -> node.isIntegralNumber();
            case "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "list" -> node.isArray();
            case "object" -> node.isObject();
            default -> throw new IllegalArgumentException("a type no definition uses: " + type);
        };
    }
}
