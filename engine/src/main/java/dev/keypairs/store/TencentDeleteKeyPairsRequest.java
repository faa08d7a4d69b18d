package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.List;

/**
 * Tencent Cloud CVM DeleteKeyPairs.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param keyIds {@code KeyIds}, at most 100
 */
public record TencentDeleteKeyPairsRequest(String regionId, List<String> keyIds) implements DeleteKeyPairsRequest {

    public TencentDeleteKeyPairsRequest {
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
    }

    @Override
    public Provider provider() {
        return Provider.TENCENT;
    }

    @Override
    public List<String> ids() {
        return keyIds;
    }
}
