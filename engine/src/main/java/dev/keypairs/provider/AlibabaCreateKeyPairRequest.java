package dev.keypairs.provider;

import java.util.List;

/**
 * Alibaba Cloud ECS CreateKeyPair: the private key comes back as unencrypted PKCS#8 PEM.
 *
 * @param regionId {@code RegionId}; null when missing
 * @param name {@code KeyPairName}; null when missing
 * @param tags {@code Tag.N.Key} / {@code Tag.N.Value} in order
 * @param resourceGroupId {@code ResourceGroupId}; null when not given
 */
public record AlibabaCreateKeyPairRequest(String regionId, String name, List<Tag> tags, String resourceGroupId)
        implements AlibabaKeyPairRequest, CreateKeyPairRequest {

    public AlibabaCreateKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
