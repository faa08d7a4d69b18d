package dev.keypairs.store;

import java.util.List;

/**
 * UntagResources for key pairs (Alibaba Cloud).
 *
 * @param regionId the region
 * @param keyPairNames the key pairs ({@code ResourceId.N})
 * @param tagKeys the keys of the tags to remove ({@code TagKey.N})
 * @param all {@code All}: with no {@code TagKey.N}, remove every tag the key pairs carry
 */
public record UntagResourcesRequest(String regionId, List<String> keyPairNames, List<String> tagKeys, boolean all) {

    public UntagResourcesRequest {
        keyPairNames = List.copyOf(keyPairNames);
        tagKeys = List.copyOf(tagKeys);
    }

    /** Removes the tags of these keys. */
    public UntagResourcesRequest(String regionId, List<String> keyPairNames, List<String> tagKeys) {
        this(regionId, keyPairNames, tagKeys, false);
    }
}
