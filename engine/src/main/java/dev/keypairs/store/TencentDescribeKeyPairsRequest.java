package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentRules;
import java.util.List;
import java.util.Objects;

/**
 * Tencent Cloud CVM DescribeKeyPairs (2017-03-12).
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param keyIds {@code KeyIds}: only these key pairs; empty for all. Not together with {@code Filters}.
 * @param filters {@code Filters}: {@link TencentRules#KEY_NAME_FILTER} (names),
 *     {@link TencentRules#PROJECT_ID_FILTER} (project ids as text), {@link TencentRules#TAG_KEY_FILTER},
 *     {@link TencentRules#TAG_VALUE_FILTER} and {@link TencentRules#TAG_FILTER_PREFIX}{@code KEY} (on the key
 *     pair's tags); a key pair matches when it matches every filter, and a filter when it matches any of its
 *     values
 * @param offset {@code Offset}, from 0; null for the API's default, 0
 * @param limit {@code Limit}, 1 to 100; null for the API's default, 20
 */
public record TencentDescribeKeyPairsRequest(String regionId, List<String> keyIds, List<Filter> filters,
        Integer offset, Integer limit) implements DescribeKeyPairsRequest {

    /** The API's default {@code Limit}. */
    public static final int DEFAULT_LIMIT = 20;

    public TencentDescribeKeyPairsRequest {
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    @Override
    public Provider provider() {
        return Provider.TENCENT;
    }

    /** The offset asked for, or the default. */
    public int offsetOrDefault() {
        return offset == null ? 0 : offset;
    }

    /** The limit asked for, or the default. */
    public int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /**
     * One of {@code Filters.N}.
     *
     * @param name {@code Name}
     * @param values {@code Values}
     */
    public record Filter(String name, List<String> values) {

        public Filter {
            Objects.requireNonNull(name, "name");
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}
