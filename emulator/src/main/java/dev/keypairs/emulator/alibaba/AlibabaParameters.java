package dev.keypairs.emulator.alibaba;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TagFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An RPC call's parameters read as the API types them: text, integers, booleans and 1-based lists. */
final class AlibabaParameters {

    /** The highest N a {@code Name.N} list takes: above any documented list's length. */
    private static final int MAX_INDEX = 1_000;
    private static final Pattern TAG = Pattern.compile("Tag\\.([0-9]+)\\.(Key|Value)");
    private static final Pattern TAG_FILTER = Pattern.compile("TagFilter\\.([0-9]+)\\.(TagKey|TagValues\\.([0-9]+))");

    private final Parameters parameters;

    AlibabaParameters(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The value, or null when not given. */
    String text(String name) {
        return parameters.orNull(name);
    }

    /** The value, which the call needs. */
    String required(String name) throws WireException {
        String value = parameters.orNull(name);
        if (value == null || value.isEmpty()) {
            throw new WireException(ProtocolCode.MISSING_PARAMETER,
                    "The input parameter " + name + " that is mandatory for processing this request is not supplied.");
        }
        return value;
    }

    /** An integer, or null when not given. */
    Integer integer(String name) throws WireException {
        String value = parameters.orNull(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The specified parameter " + name + " '" + value + "' is not an integer.");
        }
    }

    /** {@code true} or {@code false} in any case; the default when not given. */
    boolean bool(String name, boolean otherwise) throws WireException {
        String value = parameters.orNull(name);
        if (value == null) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new WireException(ProtocolCode.MALFORMED_PARAMETERS,
                    "The specified parameter " + name + " '" + value + "' is not true or false.");
        };
    }

    /** {@code Name.1}, {@code Name.2}, ... in the order of N (gaps allowed, as the SDKs never leave them). */
    List<String> list(String name) throws WireException {
        Pattern item = Pattern.compile(Pattern.quote(name) + "\\.([0-9]+)");
        TreeMap<Integer, String> items = new TreeMap<>();
        for (String given : parameters.names()) {
            Matcher matcher = item.matcher(given);
            if (matcher.matches()) {
                items.put(index(given, matcher.group(1)), parameters.orNull(given));
            }
        }
        return new ArrayList<>(items.values());
    }

    /** {@code Tag.N.Key} and {@code Tag.N.Value}, in the order of N. */
    List<Tag> tags() throws WireException {
        TreeMap<Integer, String[]> tags = new TreeMap<>();
        for (String given : parameters.names()) {
            Matcher matcher = TAG.matcher(given);
            if (matcher.matches()) {
                String[] pair = tags.computeIfAbsent(index(given, matcher.group(1)), n -> new String[2]);
                pair[matcher.group(2).equals("Key") ? 0 : 1] = parameters.orNull(given);
            }
        }
        List<Tag> result = new ArrayList<>();
        for (Map.Entry<Integer, String[]> tag : tags.entrySet()) {
            if (tag.getValue()[0] == null) {
                throw new WireException(ProtocolCode.TAG_VALUE_WITHOUT_KEY, "The specified Tag." + tag.getKey()
                        + ".Key and Tag." + tag.getKey() + ".Value are not match: a value needs its key.");
            }
            result.add(new Tag(tag.getValue()[0], tag.getValue()[1] == null ? "" : tag.getValue()[1]));
        }
        return result;
    }

    /**
     * ListTagResources' {@code TagFilter.N.TagKey} and {@code TagFilter.N.TagValues.M}, in the order of N (values in
     * the order of M); a filter without its key has a null key, for the rules to refuse.
     */
    List<TagFilter> tagFilters() throws WireException {
        TreeMap<Integer, String> keys = new TreeMap<>();
        TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
        for (String given : parameters.names()) {
            Matcher matcher = TAG_FILTER.matcher(given);
            if (matcher.matches()) {
                int n = index(given, matcher.group(1));
                if (matcher.group(3) == null) {
                    keys.put(n, parameters.orNull(given));
                } else {
                    values.computeIfAbsent(n, any -> new TreeMap<>()).put(index(given, matcher.group(3)),
                            parameters.orNull(given));
                }
            }
        }
        TreeMap<Integer, TagFilter> filters = new TreeMap<>();
        for (Integer n : keys.keySet()) {
            filters.put(n, new TagFilter(keys.get(n), List.copyOf(values.getOrDefault(n, new TreeMap<>()).values())));
        }
        for (Map.Entry<Integer, TreeMap<Integer, String>> given : values.entrySet()) {
            filters.putIfAbsent(given.getKey(), new TagFilter(null, List.copyOf(given.getValue().values())));
        }
        return new ArrayList<>(filters.values());
    }

    private static int index(String name, String digits) throws WireException {
        int n = digits.length() > 4 || digits.startsWith("0") ? 0 : Integer.parseInt(digits);
        if (n < 1 || n > MAX_INDEX) {
            throw new WireException(ProtocolCode.MALFORMED_PARAMETERS, "The specified parameter " + name
                    + " is out of range: lists count from 1 (Name.1, no leading zeros) up to " + MAX_INDEX + ".");
        }
        return n;
    }
}
