package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;
import java.util.List;

/**
 * Alibaba Cloud ECS ImportKeyPair.
 *
 * @param regionId {@code RegionId}; null when missing
 * @param name {@code KeyPairName}; null when missing
 * @param publicKeyBody {@code PublicKeyBody}; null when missing
 * @param tags {@code Tag.N.Key} / {@code Tag.N.Value} in order
 * @param resourceGroupId {@code ResourceGroupId}; null when not given
 * @param reading the key read from {@code publicKeyBody} by whoever made the request; null for the rules to read it
 */
public record AlibabaImportKeyPairRequest(String regionId, String name, String publicKeyBody, List<Tag> tags,
        String resourceGroupId, KeyReading reading) implements AlibabaKeyPairRequest, ImportKeyPairRequest {

    public AlibabaImportKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String publicKeyText() {
        return publicKeyBody;
    }
}
