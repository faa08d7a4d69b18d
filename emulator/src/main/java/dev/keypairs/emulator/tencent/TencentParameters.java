package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Tencent call's parameters as the API types them, held to the action's definition ({@link TencentParameterCheck}).
 * They arrive as a JSON object (POST) or flattened in a query or form ({@code KeyIds.0}, {@code Filters.0.Values.0},
 * {@code TagSpecification.0.Tags.0.Key}), which is read into the same tree; there every value is text, so numbers
 * are read from text too.
 */
final class TencentParameters {

    /** The resource type of {@code TagSpecification} that tags a key pair. */
    static final String KEY_PAIR_RESOURCE_TYPE = "keypair";

    private final JsonNode tree;
    private final boolean flattened;

    private TencentParameters(JsonNode tree, boolean flattened) {
        this.tree = tree;
        this.flattened = flattened;
    }

    /** The parameters of a JSON body, held to the action's definition. */
    static TencentParameters json(String body, TencentAction action) throws WireException {
        JsonNode tree = body.isBlank() ? Documents.object() : Documents.readJson(body);
        if (!tree.isObject()) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The request body is not a JSON object of the action's parameters.");
        }
        TencentParameterCheck.check(tree, action, false);
        return new TencentParameters(tree, false);
    }

    /**
     * The parameters of a query string or form, lists flattened from index 0, held to the action's definition. Every
     * list must be whole (indexes 0 to n-1, in any order, as the SDKs send them sorted or not), an index without
     * leading zeros, a name no deeper than the action's deepest defined one (that is {@code UnknownParameter}):
     * anything else is refused, never padded. The common parameters are not the action's and stay out of the tree.
     */
    static TencentParameters flattened(Parameters parameters, TencentAction action) throws WireException {
        Map<String, Object> root = new LinkedHashMap<>();
        int deepest = action.request().segments();
        for (String name : parameters.names()) {
            if (TencentAction.COMMON.contains(name)) {
                continue;
            }
            String[] path = name.split("\\.", -1);
            if (path.length > deepest || action.request().member(path[0]).isEmpty()) {
                throw new WireException(ProtocolCode.UNKNOWN_PARAMETER, "The parameter " + name
                        + " is not a parameter of " + action.wireName() + ".");
            }
            put(root, name, path, parameters.orNull(name));
        }
        JsonNode tree = toJson(root, "");
        TencentParameterCheck.check(tree, action, true);
        return new TencentParameters(tree, true);
    }

    /** Puts one flattened name into a tree of maps: objects by name, lists by index (sparse until the end). */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, String[] path, String value) throws WireException {
        Object node = root;
        for (int at = 0; at < path.length; at++) {
            boolean last = at == path.length - 1;
            String segment = path[at];
            Object key;
            Map<Object, Object> children;
            if (node instanceof TreeMap<?, ?> list) {
                key = index(name, segment);
                children = (Map<Object, Object>) list;
            } else {
                if (segment.isEmpty() || isIndex(segment)) {
                    throw malformed(name);
                }
                key = segment;
                children = (Map<Object, Object>) node;
            }
            Object child = children.get(key);
            if (last) {
                if (child != null) {
                    throw malformed(name);
                }
                children.put(key, value);
                return;
            }
            if (child == null) {
                child = isIndex(path[at + 1]) ? new TreeMap<Integer, Object>() : new LinkedHashMap<String, Object>();
                children.put(key, child);
            } else if (child instanceof String || (child instanceof TreeMap<?, ?>) != isIndex(path[at + 1])) {
                throw malformed(name);
            }
            node = child;
        }
    }

    /** The tree as JSON; a list whose indexes are not exactly 0 to n-1 is refused. */
    private static JsonNode toJson(Object node, String name) throws WireException {
        if (node instanceof String text) {
            return JsonNodeFactory.instance.textNode(text);
        }
        if (node instanceof TreeMap<?, ?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int expected = 0;
            for (Map.Entry<?, ?> item : list.entrySet()) {
                if (!item.getKey().equals(expected)) {
                    throw malformed(name + "." + expected);
                }
                expected++;
                array.add(toJson(item.getValue(), name + "." + item.getKey()));
            }
            return array;
        }
        ObjectNode object = Documents.object();
        for (Map.Entry<?, ?> field : ((Map<?, ?>) node).entrySet()) {
            object.set((String) field.getKey(), toJson(field.getValue(),
                    name.isEmpty() ? (String) field.getKey() : name + "." + field.getKey()));
        }
        return object;
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int index(String name, String segment) throws WireException {
        if (!isIndex(segment) || segment.length() > 3 || segment.length() > 1 && segment.charAt(0) == '0') {
            throw malformed(name);
        }
        return Integer.parseInt(segment);
    }

    private static WireException malformed(String name) {
        return new WireException(ProtocolCode.MALFORMED_PARAMETERS, "The parameter " + name
                + " does not fit the others: lists are flattened from 0 without gaps (KeyIds.0, KeyIds.1,"
                + " Filters.0.Values.0).");
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

    /**
     * An integer parameter read as an {@code int}, beyond whose range it is held at the nearest end (an
     * {@code Offset} past every key pair is an empty page; a {@code Limit} of 2^40 is out of range like 101), or
     * null when not given.
     */
    Integer clampedInteger(String name) throws WireException {
        Long value = integer(name);
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
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

    /**
     * The tags of {@code TagSpecification}: each specification's {@code ResourceType} must be {@code keypair}, the
     * only resource ImportKeyPair and CreateKeyPair make ({@code InvalidParameterValue} otherwise).
     */
    List<Tag> tagSpecifications() throws WireException {
        List<Tag> tags = new ArrayList<>();
        for (JsonNode specification : tree.path("TagSpecification")) {
            String resourceType = specification.path("ResourceType").asText();
            if (!resourceType.equals(KEY_PAIR_RESOURCE_TYPE)) {
                throw new WireException(ProtocolCode.INVALID_PARAMETER_VALUE, "TagSpecification.ResourceType '"
                        + resourceType + "' is not the type of a key pair: it takes " + KEY_PAIR_RESOURCE_TYPE + ".");
            }
            for (JsonNode tag : specification.path("Tags")) {
                tags.add(new Tag(tag.path("Key").asText(), tag.path("Value").asText()));
            }
        }
        return tags;
    }

    /**
     * A list of tag objects of the Tag API ({@code ReplaceTags}, {@code Tags}): each one's {@code TagKey} and
     * {@code TagValue}, which the definition requires (checked); empty when not given.
     */
    List<Tag> tagObjects(String name) {
        List<Tag> tags = new ArrayList<>();
        for (JsonNode tag : tree.path(name)) {
            tags.add(new Tag(tag.path("TagKey").asText(), tag.path("TagValue").asText()));
        }
        return tags;
    }

    /** The {@code TagKey} of each {@code TagKeyObject} of a list ({@code DeleteTags}); empty when not given. */
    List<String> tagKeyObjects(String name) {
        List<String> keys = new ArrayList<>();
        for (JsonNode key : tree.path(name)) {
            keys.add(key.path("TagKey").asText());
        }
        return keys;
    }

    /** Whether a list parameter is given as an empty list, which some definitions refuse ("omitted, but not empty"). */
    boolean givenEmpty(String name) {
        JsonNode node = tree.get(name);
        return node != null && node.isArray() && node.isEmpty();
    }

    private static WireException wrongType(String name, String type) {
        return new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                "The parameter " + name + " has the wrong type: it takes " + type + ".");
    }
}
