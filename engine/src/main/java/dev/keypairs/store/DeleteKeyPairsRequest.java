package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.List;

/**
 * DeleteKeyPairs.
 *
 * @param provider the provider
 * @param regionId the region
 * @param keyPairIds names for Alibaba ({@code KeyPairNames}), KeyIds for Tencent ({@code KeyIds}); at most 100
 */
public record DeleteKeyPairsRequest(Provider provider, String regionId, List<String> keyPairIds) {

    public DeleteKeyPairsRequest {
        keyPairIds = List.copyOf(keyPairIds);
    }
}
