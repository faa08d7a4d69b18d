package dev.keypairs.store.account;

import dev.keypairs.store.StoredKeyPair;
import java.util.List;
import java.util.function.Predicate;

/**
 * One page of a DescribeKeyPairs answer, and how many key pairs match in all: what both providers' paging
 * comes to once their parameters are read.
 *
 * @param keyPairs the key pairs of the page, in name order
 * @param total how many key pairs match the request, on every page
 */
record DescribePage(List<StoredKeyPair> keyPairs, int total) {

    /** The page {@code offset} to {@code offset + size - 1} of those key pairs that pass every filter. */
    static DescribePage of(List<StoredKeyPair> all, List<Predicate<StoredKeyPair>> filters, long offset, int size) {
        List<StoredKeyPair> matching = all.stream().filter(keyPair -> filters.stream()
                .allMatch(filter -> filter.test(keyPair))).toList();
        int from = (int) Math.min(matching.size(), offset);
        return new DescribePage(matching.subList(from, Math.min(matching.size(), from + size)), matching.size());
    }
}
