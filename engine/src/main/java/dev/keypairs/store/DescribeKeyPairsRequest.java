package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.List;

/**
 * DescribeKeyPairs: one page of a region. Alibaba pages by {@code PageNumber}/{@code PageSize} (≤ 50),
 * Tencent by {@code Offset}/{@code Limit} (≤ 100); both are expressed here as a page number from 1 and a
 * page size, Tencent's offset being {@code (pageNumber - 1) * pageSize}.
 *
 * @param provider the provider
 * @param regionId the region
 * @param keyPairNames only these names; empty for all
 * @param pageNumber from 1
 * @param pageSize at most the provider's maximum page size
 */
public record DescribeKeyPairsRequest(Provider provider, String regionId, List<String> keyPairNames, int pageNumber,
        int pageSize) {

    public DescribeKeyPairsRequest {
        keyPairNames = keyPairNames == null ? List.of() : List.copyOf(keyPairNames);
    }
}
