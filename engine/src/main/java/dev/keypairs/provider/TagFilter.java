package dev.keypairs.provider;

import java.util.List;
import java.util.Map;

/**
 * One {@code TagFilter.N} of Alibaba's ListTagResources: resources holding the key, with one of the values when
 * any are given.
 *
 * @param key {@code TagFilter.N.TagKey}; null when not given
 * @param values {@code TagFilter.N.TagValues.N}, in request order; empty: any value
 */
public record TagFilter(String key, List<String> values) {

    public TagFilter {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** Whether tags of a resource pass the filter. */
    public boolean matches(Map<String, String> tags) {
        return key != null && tags.containsKey(key) && (values.isEmpty() || values.contains(tags.get(key)));
    }
}
