package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;
import java.util.Objects;

/**
 * Tencent Cloud CVM ImportKeyPair.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param publicKey {@code PublicKey}; null when missing
 * @param projectId {@code ProjectId}; null when missing
 * @param reading the key read from {@code publicKey} by whoever made the request; null for the rules to read it
 */
public record TencentImportKeyPairRequest(String regionId, String name, String publicKey, Long projectId,
        KeyReading reading)
        implements TencentKeyPairRequest, ImportKeyPairRequest {

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
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionId, name, publicKey, projectId);
    }

    /** The request's parameters, without the reading of its key. */
    @Override
    public String toString() {
        return "TencentImportKeyPairRequest[regionId=" + regionId + ", name=" + name + ", publicKey=" + publicKey
                + ", projectId=" + projectId + "]";
    }
}
