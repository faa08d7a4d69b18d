package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;
import java.util.List;
import java.util.Objects;

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

    /** Equal requests ask the same: the reading is a function of the key text, so it takes no part. */
    @Override
    public boolean equals(Object object) {
        return object instanceof AlibabaImportKeyPairRequest other && Objects.equals(regionId, other.regionId)
                && Objects.equals(name, other.name)
                && Objects.equals(publicKeyBody, other.publicKeyBody)
                && Objects.equals(tags, other.tags)
                && Objects.equals(resourceGroupId, other.resourceGroupId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, name, publicKeyBody, tags, resourceGroupId);
    }

    /** The request's parameters, without the reading of its key. */
    @Override
    public String toString() {
        return "AlibabaImportKeyPairRequest[regionId=" + regionId + ", name=" + name + ", publicKeyBody="
                + publicKeyBody + ", tags=" + tags + ", resourceGroupId=" + resourceGroupId + "]";
    }
}
