package dev.keypairs.provider;

import java.util.List;

/**
 * An Alibaba Cloud ECS ImportKeyPair or CreateKeyPair request.
 *
 * @param create true for CreateKeyPair (the store generates the pair), false for ImportKeyPair
 * @param regionId {@code RegionId}; null when missing
 * @param name {@code KeyPairName}; null when missing
 * @param publicKeyBody {@code PublicKeyBody} of an import; null when missing, ignored for a create
 * @param tags {@code Tag.N.Key} / {@code Tag.N.Value} in order; a list, so a key can be given twice
 * @param resourceGroupId {@code ResourceGroupId}; null when not given
 */
public record AlibabaKeyPairRequest(boolean create, String regionId, String name, String publicKeyBody,
        List<Tag> tags, String resourceGroupId) implements KeyPairRequest {

    public AlibabaKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An ImportKeyPair request. */
    public static AlibabaKeyPairRequest importing(String regionId, String name, String publicKeyBody,
            List<Tag> tags, String resourceGroupId) {
        return new AlibabaKeyPairRequest(false, regionId, name, publicKeyBody, tags, resourceGroupId);
    }

    /** A CreateKeyPair request. */
    public static AlibabaKeyPairRequest creating(String regionId, String name, List<Tag> tags,
            String resourceGroupId) {
        return new AlibabaKeyPairRequest(true, regionId, name, null, tags, resourceGroupId);
    }

    @Override
    public Provider provider() {
        return Provider.ALIBABA;
    }
}
