package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;
import java.util.List;
import java.util.Objects;

/**
 * Tencent Cloud CVM ImportKeyPair.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param publicKey {@code PublicKey}; null when missing
 * @param projectId {@code ProjectId}; null when missing
 * @param tags the tags of its {@code TagSpecification}; empty for none
 * @param reading the key read from {@code publicKey} by whoever made the request; null for the rules to read it
 */
public record TencentImportKeyPairRequest(String regionId, String name, String publicKey, Long projectId,
        List<Tag> tags, KeyReading reading)
        implements TencentKeyPairRequest, ImportKeyPairRequest {

    public TencentImportKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    @Override
    public String publicKeyText() {
        return publicKey;
    }

    /** Equal requests ask the same: the reading is a function of the key text, so it takes no part. */
    @Override
    public boolean equals(Object object) {
        return object instanceof TencentImportKeyPairRequest other && Objects.equals(regionId, other.regionId)
                && Objects.equals(name, other.name)
                && Objects.equals(publicKey, other.publicKey)
                && Objects.equals(projectId, other.projectId)
                && tags.equals(other.tags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, name, publicKey, projectId, tags);
    }

    /** The request's parameters, without the reading of its key. */
    @Override
    public String toString() {
        return "TencentImportKeyPairRequest[regionId=" + regionId + ", name=" + name + ", publicKey=" + publicKey
                + ", projectId=" + projectId + ", tags=" + tags + "]";
    }
}
