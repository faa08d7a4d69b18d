package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;

import java.util.List;

/** An Alibaba Cloud ECS ImportKeyPair or CreateKeyPair request: both take tags and a resource group. */
public sealed interface AlibabaKeyPairRequest extends KeyPairRequest
        permits AlibabaImportKeyPairRequest, AlibabaCreateKeyPairRequest {

    /** {@code Tag.N.Key} / {@code Tag.N.Value} in order; a list, so a key can be given twice. */
    List<Tag> tags();

    /** {@code ResourceGroupId}; null when not given. */
    String resourceGroupId();

    @Override
    default Provider provider() {
        return Provider.ALIBABA;
    }

    /** An ImportKeyPair request whose key the rules read. */
    static AlibabaImportKeyPairRequest importing(String regionId, String name, String publicKeyBody, List<Tag> tags,
            String resourceGroupId) {
        return new AlibabaImportKeyPairRequest(regionId, name, publicKeyBody, tags, resourceGroupId, null);
    }

    /** An ImportKeyPair request carrying the reading of its key, made once where the key was declared. */
    static AlibabaImportKeyPairRequest importing(String regionId, String name, String publicKeyBody,
            KeyReading reading, List<Tag> tags, String resourceGroupId) {
        return new AlibabaImportKeyPairRequest(regionId, name, publicKeyBody, tags, resourceGroupId, reading);
    }

    /** A CreateKeyPair request. */
    static AlibabaCreateKeyPairRequest creating(String regionId, String name, List<Tag> tags, String resourceGroupId) {
        return new AlibabaCreateKeyPairRequest(regionId, name, tags, resourceGroupId);
    }
}
