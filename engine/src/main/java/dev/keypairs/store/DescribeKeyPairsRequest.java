package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentRules;
import java.util.List;

/**
 * DescribeKeyPairs, as each provider's API takes it: Alibaba pages by {@code PageNumber}/{@code PageSize} and
 * filters by name pattern, fingerprint, resource group and tags; Tencent pages by {@code Offset}/{@code Limit}
 * and selects by {@code KeyIds} or {@code Filters}.
 */
public sealed interface DescribeKeyPairsRequest
        permits AlibabaDescribeKeyPairsRequest, TencentDescribeKeyPairsRequest {

    /** The provider whose API takes the request. */
    Provider provider();

    /** The region ({@code RegionId} / {@code Region}); null when missing. */
    String regionId();

    /**
     * One page of a region with the public keys, in either provider's paging: page {@code pageNumber} (from 1) of
     * {@code pageSize}, only the named key pairs when names are given (Alibaba takes at most one name, matched
     * exactly; Tencent up to {@link TencentRules#MAX_FILTER_VALUES}, through the {@code key-name} filter).
     */
    static DescribeKeyPairsRequest page(Provider provider, String regionId, List<String> names, int pageNumber,
            int pageSize) {
        return switch (provider) {
            case ALIBABA -> {
                if (names.size() > 1) {
                    throw new IllegalArgumentException("Alibaba's DescribeKeyPairs takes one KeyPairName, not "
                            + names.size());
                }
                yield new AlibabaDescribeKeyPairsRequest(regionId, names.isEmpty() ? null : names.get(0), null, null,
                        List.of(), true, pageNumber, pageSize);
            }
            case TENCENT -> new TencentDescribeKeyPairsRequest(regionId, List.of(),
                    names.isEmpty() ? List.of() : List.of(new TencentDescribeKeyPairsRequest.Filter(
                            TencentRules.KEY_NAME_FILTER, names)),
                    (pageNumber - 1) * pageSize, pageSize);
        };
    }
}
