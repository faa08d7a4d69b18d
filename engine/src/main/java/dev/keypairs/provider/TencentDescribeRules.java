package dev.keypairs.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tencent Cloud CVM DescribeKeyPairs: which key pairs a call may select, by {@code KeyIds} or {@code Filters}, with
 * the codes its definition lists (semantics.md). Reached through {@link TencentRules#describe()}; the window
 * ({@code Offset}, {@code Limit}) is {@link TencentRules#checkDescribeWindow}'s.
 */
public final class TencentDescribeRules {

    private final TencentRules tencent;

    TencentDescribeRules(TencentRules tencent) {
        this.tencent = tencent;
    }

    /**
     * DescribeKeyPairs' selection: {@code KeyIds} (at most 100, each well formed) or {@code Filters} (at most 10,
     * each one of {@code key-name}, {@code project-id} with whole-number values, {@code tag-key}, {@code tag-value}
     * or {@code tag:KEY} ({@link TencentRules#KEY_NAME_FILTER} and the others), with 1 to 5 values), never both; the
     * first problem found, in that order.
     *
     * @param keyIds the KeyIds given
     * @param filters each filter's name and values
     */
    public Optional<ApiError> checkSelection(List<String> keyIds, List<Map.Entry<String, List<String>>> filters) {
        if (!keyIds.isEmpty() && !filters.isEmpty()) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER,
                    "KeyIds and Filters cannot be given together."));
        }
        if (keyIds.size() > tencent.maxDescribePageSize()) {
            return Optional.of(TencentRules.tooMany("KeyIds", tencent.maxDescribePageSize(), keyIds.size()));
        }
        Optional<ApiError> malformed = TencentRules.checkKeyIds(keyIds);
        if (malformed.isPresent()) {
            return malformed;
        }
        if (filters.size() > TencentRules.MAX_FILTERS) {
            return Optional.of(TencentRules.tooMany("Filters", TencentRules.MAX_FILTERS, filters.size()));
        }
        for (Map.Entry<String, List<String>> filter : filters) {
            Optional<ApiError> problem = checkFilter(filter.getKey(), filter.getValue());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<ApiError> checkFilter(String name, List<String> values) {
        if (!isFilter(name)) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_FILTER, "Filters.Name '" + name
                    + "' is not a filter of DescribeKeyPairs; it takes key-name, project-id, tag-key, tag-value and"
                    + " tag:KEY."));
        }
        if (values.isEmpty()) {
            return Optional.of(tencent.missingParameter("Filters.Values"));
        }
        if (values.size() > TencentRules.MAX_FILTER_VALUES) {
            return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_FILTER_VALUE_LIMIT_EXCEEDED,
                    "The filter " + name + " takes at most " + TencentRules.MAX_FILTER_VALUES + " values, not " + values.size()
                            + "."));
        }
        if (name.equals(TencentRules.PROJECT_ID_FILTER)) {
            for (String value : values) {
                if (!value.matches("[0-9]{1,18}")) {
                    return Optional.of(new ApiError(Provider.TENCENT, ErrorCode.INVALID_PARAMETER_VALUE,
                            "The project-id filter takes whole numbers, not '" + value + "'."));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether DescribeKeyPairs has a filter of this name. */
    private static boolean isFilter(String name) {
        return name.equals(TencentRules.KEY_NAME_FILTER) || name.equals(TencentRules.PROJECT_ID_FILTER) || name.equals(TencentRules.TAG_KEY_FILTER)
                || name.equals(TencentRules.TAG_VALUE_FILTER) || TencentRules.tagFilterKey(name).isPresent();
    }
}
