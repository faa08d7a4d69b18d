package dev.keypairs.store.account;

import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Tencent's DescribeKeyPairs over a storage (semantics.md): {@code Offset}/{@code Limit}, and either
 * {@code KeyIds} or {@code Filters} ({@code key-name}, {@code project-id}, and on the key pairs' tags
 * {@code tag-key}, {@code tag-value}, {@code tag:KEY}). Kept apart from the {@link Account},
 * whose rules and state it does not touch: it only reads.
 */
final class TencentDescribeKeyPairs {

    private final Storage storage;
    private final TencentRules rules;

    /**
     * Tencent's DescribeKeyPairs over the account's storage.
     *
     * @param storage where the account's rows live
     * @param rules Tencent's rules, for the window and the selection
     */
    TencentDescribeKeyPairs(Storage storage, TencentRules rules) {
        this.storage = storage;
        this.rules = rules;
    }

    /** Answers the request, its region already checked, under the call's RequestId. */
    DescribeKeyPairsResponse answer(TencentDescribeKeyPairsRequest request, String requestId) throws StoreException {
        int offset = request.offsetOrDefault();
        int limit = request.limitOrDefault();
        Account.refuse(rules.checkDescribeWindow(offset, limit), requestId);
        Account.refuse(rules.describe().checkSelection(request.keyIds(), request.filters().stream()
                .map(filter -> Map.entry(filter.name(), filter.values())).toList()), requestId);
        List<Predicate<StoredKeyPair>> filters = new ArrayList<>();
        for (TencentDescribeKeyPairsRequest.Filter filter : request.filters()) {
            filters.add(matcher(filter));
        }
        DescribePage page = storage.read(Provider.TENCENT, request.regionId(), rows -> {
            if (!request.keyIds().isEmpty()) {
                // KeyIds named twice answer once, in name order like every other page.
                TreeMap<String, StoredKeyPair> found = new TreeMap<>();
                for (String keyId : new LinkedHashSet<>(request.keyIds())) {
                    rows.byKeyId(keyId).ifPresent(keyPair -> found.put(keyPair.name(), keyPair));
                }
                return DescribePage.of(List.copyOf(found.values()), filters, offset, limit);
            }
            if (filters.isEmpty()) {
                return new DescribePage(rows.page(offset, limit), rows.count());
            }
            return DescribePage.of(rows.page(0, Integer.MAX_VALUE), filters, offset, limit);
        });
        return new DescribeKeyPairsResponse(requestId, page.keyPairs(), page.total(), offset / limit + 1, limit);
    }

    /** Which key pairs a filter, already checked, selects: those matching any of its values. */
    static Predicate<StoredKeyPair> matcher(TencentDescribeKeyPairsRequest.Filter filter) {
        List<String> values = filter.values();
        return switch (filter.name()) {
            case TencentRules.KEY_NAME_FILTER -> keyPair -> values.contains(keyPair.name());
            case TencentRules.PROJECT_ID_FILTER -> {
                // Whole numbers (checked), compared as numbers: "007" is project 7.
                List<Long> projects = values.stream().map(Long::valueOf).toList();
                yield keyPair -> projects.contains(keyPair.projectId());
            }
            case TencentRules.TAG_KEY_FILTER -> keyPair -> keyPair.tags().keySet().stream().anyMatch(values::contains);
            case TencentRules.TAG_VALUE_FILTER -> keyPair -> keyPair.tags().values().stream().anyMatch(values::contains);
            default -> {
                String tagKey = TencentRules.tagFilterKey(filter.name()).orElseThrow();
                yield keyPair -> keyPair.tags().containsKey(tagKey) && values.contains(keyPair.tags().get(tagKey));
            }
        };
    }
}
