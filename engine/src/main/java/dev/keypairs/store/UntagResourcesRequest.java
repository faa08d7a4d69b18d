package dev.keypairs.store;

import java.util.List;

/**
 * UntagResources for key pairs (Alibaba Cloud).
 *
 * @param regionId the region
 * @param keyPairNames the key pairs ({@code ResourceId.N})
 * @param tagKeys the keys of the tags to remove ({@code TagKey.N})
 */
public record UntagResourcesRequest(String regionId, List<String> keyPairNames, List<String> tagKeys) {

    public UntagResourcesRequest {
        keyPairNames = List.copyOf(keyPairNames);
        tagKeys = List.copyOf(tagKeys);
    }
}
