package dev.keypairs.store;

import java.util.List;

/**
 * One page of DescribeKeyPairs.
 *
 * @param requestId a fresh UUID
 * @param keyPairs the page, ordered by name
 * @param totalCount how many key pairs match in all
 * @param pageNumber the page returned
 * @param pageSize the page size used
 */
public record DescribeKeyPairsResponse(String requestId, List<StoredKeyPair> keyPairs, int totalCount,
        int pageNumber, int pageSize) {

    public DescribeKeyPairsResponse {
        keyPairs = List.copyOf(keyPairs);
    }
}
