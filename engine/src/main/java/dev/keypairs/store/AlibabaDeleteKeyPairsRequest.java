package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.List;

/**
 * Alibaba Cloud ECS DeleteKeyPairs.
 *
 * @param regionId {@code RegionId}; null when missing
 * @param keyPairNames {@code KeyPairNames}, at most 100; names the region does not hold are passed over
 */
public record AlibabaDeleteKeyPairsRequest(String regionId, List<String> keyPairNames) implements DeleteKeyPairsRequest {

    public AlibabaDeleteKeyPairsRequest {
        keyPairNames = keyPairNames == null ? List.of() : List.copyOf(keyPairNames);
    }

    @Override
    public Provider provider() {
        return Provider.ALIBABA;
    }

    @Override
    public List<String> ids() {
        return keyPairNames;
    }
}
