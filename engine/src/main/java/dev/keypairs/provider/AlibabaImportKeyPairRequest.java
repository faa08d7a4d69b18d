package dev.keypairs.provider;

import java.util.List;

/**
 * Alibaba Cloud ECS ImportKeyPair.
 *
 * @param regionId {@code RegionId}; null when missing
 * @param name {@code KeyPairName}; null when missing
 * @param publicKeyBody {@code PublicKeyBody}; null when missing
 * @param tags {@code Tag.N.Key} / {@code Tag.N.Value} in order
 * @param resourceGroupId {@code ResourceGroupId}; null when not given
 */
public record AlibabaImportKeyPairRequest(String regionId, String name, String publicKeyBody, List<Tag> tags,
        String resourceGroupId) implements AlibabaKeyPairRequest, ImportKeyPairRequest {

    public AlibabaImportKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String publicKeyText() {
        return publicKeyBody;
    }
}
