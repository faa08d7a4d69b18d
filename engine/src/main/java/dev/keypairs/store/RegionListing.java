package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * Every key pair of a region, read in ceil(N / page size) DescribeKeyPairs calls of the provider's largest
 * page (plan-rules.md): never one call per key pair.
 *
 * @param keyPairs the region's key pairs, ordered by name
 */
public record RegionListing(List<StoredKeyPair> keyPairs) {

    public RegionListing {
        keyPairs = List.copyOf(keyPairs);
    }

    /** Reads the whole region. */
    public static RegionListing read(KeyPairStore store, Provider provider, String regionId, int pageSize)
            throws StoreException {
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        int total;
        int page = 1;
        do {
            DescribeKeyPairsResponse response = store.describeKeyPairs(
                    DescribeKeyPairsRequest.page(provider, regionId, List.of(), page++, pageSize));
            keyPairs.addAll(response.keyPairs());
            total = response.totalCount();
            if (response.keyPairs().isEmpty()) {
                break;
            }
        } while (keyPairs.size() < total);
        return new RegionListing(keyPairs);
    }
}
