package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.util.List;

/** DeleteKeyPairs of one region: Alibaba by name ({@code KeyPairNames}), Tencent by KeyId ({@code KeyIds}). */
public sealed interface DeleteKeyPairsRequest permits AlibabaDeleteKeyPairsRequest, TencentDeleteKeyPairsRequest {

    /** The provider whose API takes the request. */
    Provider provider();

    /** The region; null when missing. */
    String regionId();

    /** The names (Alibaba) or KeyIds (Tencent) to delete, in order. */
    List<String> ids();

    /** A delete by each provider's identifier: names for Alibaba, KeyIds for Tencent. */
    static DeleteKeyPairsRequest of(Provider provider, String regionId, List<String> ids) {
        return switch (provider) {
            case ALIBABA -> new AlibabaDeleteKeyPairsRequest(regionId, ids);
            case TENCENT -> new TencentDeleteKeyPairsRequest(regionId, ids);
        };
    }
}
