package dev.keypairs.store;

import dev.keypairs.provider.Tag;
import java.util.List;

/**
 * TagResources for key pairs (Alibaba Cloud, {@code ResourceType=keypair}).
 *
 * @param regionId the region
 * @param keyPairNames the key pairs ({@code ResourceId.N})
 * @param tags the tags to add or overwrite ({@code Tag.N}), checked by the same rules as on import
 */
public record TagResourcesRequest(String regionId, List<String> keyPairNames, List<Tag> tags) {

    public TagResourcesRequest {
        keyPairNames = List.copyOf(keyPairNames);
        tags = List.copyOf(tags);
    }
}
