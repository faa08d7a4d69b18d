package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A CVM call's parameters as the API types them. They arrive as a JSON object (POST) or flattened in a query
 * or form ({@code KeyIds.0}, {@code Filters.0.Values.0}), which is read into the same tree; there every value is
 * text, so numbers are read from text too.
 */
final class TencentParameters {

    /** The highest index a flattened list takes: above any documented list's length. */
    private static final int MAX_INDEX = 999;

    private final JsonNode tree;
    private final boolean flattened;

    private TencentParameters(JsonNode tree, boolean flattened) {
        this.tree = tree;
        this.flattened = flattened;
    }

    /** The parameters of a JSON body. */
    static TencentParameters json(String body) throws WireException {
        JsonNode tree = body.isBlank() ? Documents.object() : Documents.readJson(body);
        if (!tree.isObject()) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The request body is not a JSON object of the action's parameters.");
        }
        return new TencentParameters(tree, false);
    }

    /** The parameters of a query string or form, lists flattened from index 0. */
    static TencentParameters flattened(Parameters parameters) throws WireException {
        ObjectNode root = Documents.object();
        for (String name : parameters.names()) {
            put(root, name, name.split("\\.", -1), 0, parameters.orNull(name));
        }
        return new TencentParameters(root, true);
    }

    private static void put(JsonNode into, String name, String[] path, int at, String value) throws WireException {
        String segment = path[at];
        boolean last = at == path.length - 1;
        if (into instanceof ArrayNode array) {
            int index = index(name, segment);
            while (array.size() <= index) {
                array.addNull();
            }
            if (last) {
                array.set(index, JsonNodeFactory.instance.textNode(value));
                return;
            }
            JsonNode child = array.get(index);
            if (child.isNull()) {
                child = isIndex(path[at + 1]) ? array.insertArray(index) : array.insertObject(index);
                array.remove(index + 1);
            }
            put(child, name, path, at + 1, value);
        } else if (into instanceof ObjectNode object) {
            if (segment.isEmpty()) {
                throw malformed(name);
            }
            if (last) {
                if (object.has(segment)) {
                    throw malformed(name);
                }
                object.put(segment, value);
                return;
            }
            JsonNode child = object.get(segment);
            if (child == null) {
                child = isIndex(path[at + 1]) ? object.putArray(segment) : object.putObject(segment);
            }
            put(child, name, path, at + 1, value);
        } else {
            throw malformed(name);
        }
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int index(String name, String segment) throws WireException {
        if (!isIndex(segment) || segment.length() > 3 || Integer.parseInt(segment) > MAX_INDEX) {
            throw malformed(name);
        }
        return Integer.parseInt(segment);
    }

    private static WireException malformed(String name) {
        return new WireException(ProtocolCode.MALFORMED_PARAMETERS, "The parameter " + name
                + " does not fit the others: lists are flattened from 0 (KeyIds.0, Filters.0.Values.0).");
    }

    /** A text parameter, or null when not given. */
    String text(String name) throws WireException {
        JsonNode node = tree.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw wrongType(name, "a string");
        }
        return node.asText();
    }

    /** An integer parameter, or null when not given. */
    Long integer(String name) throws WireException {
        JsonNode node = tree.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (flattened && node.isTextual()) {
            try {
                return Long.valueOf(node.asText().strip());
            } catch (NumberFormatException e) {
                throw wrongType(name, "an integer");
            }
        }
        throw wrongType(name, "an integer");
    }

    /** An integer parameter that must fit an {@code int}, or null when not given. */
    Integer smallInteger(String name) throws WireException {
        Long value = integer(name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new WireException(ProtocolCode.INVALID_PARAMETER_VALUE,
                    "The parameter " + name + " " + value + " is out of range.");
        }
        return value == null ? null : value.intValue();
    }

    /** A list of strings, empty when not given. */
    List<String> texts(String name) throws WireException {
        return texts(tree, name);
    }

    private static List<String> texts(JsonNode parent, String name) throws WireException {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType(name, "an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw wrongType(name, "an array of strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** {@code Filters}: each a {@code Name} and its {@code Values}. */
    List<TencentDescribeKeyPairsRequest.Filter> filters() throws WireException {
        JsonNode node = tree.get("Filters");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw wrongType("Filters", "an array of {Name, Values}");
        }
        List<TencentDescribeKeyPairsRequest.Filter> filters = new ArrayList<>();
        for (JsonNode filter : node) {
            if (!filter.isObject() || !filter.path("Name").isTextual()) {
                throw wrongType("Filters", "an array of {Name, Values}");
            }
            filters.add(new TencentDescribeKeyPairsRequest.Filter(filter.get("Name").asText(), texts(filter, "Values")));
        }
        return filters;
    }

    private static WireException wrongType(String name, String type) {
        return new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                "The parameter " + name + " has the wrong type: it takes " + type + ".");
    }
}
