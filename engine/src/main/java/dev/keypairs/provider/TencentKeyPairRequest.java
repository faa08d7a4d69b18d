package dev.keypairs.provider;

import java.util.List;

import dev.keypairs.keys.KeyReading;

/** A Tencent Cloud CVM ImportKeyPair or CreateKeyPair request: both take a project. */
public sealed interface TencentKeyPairRequest extends KeyPairRequest
        permits TencentImportKeyPairRequest, TencentCreateKeyPairRequest {

    /** {@code ProjectId}; null when missing (manifests default it to 0). */
    Long projectId();

    @Override
    default Provider provider() {
        return Provider.TENCENT;
    }

    /** An ImportKeyPair request without tags. */
    static TencentImportKeyPairRequest importing(String regionId, String name, String publicKey, Long projectId) {
        return new TencentImportKeyPairRequest(regionId, name, publicKey, projectId, List.of(), null);
    }

    /** An ImportKeyPair request with the tags of its {@code TagSpecification}. */
    static TencentImportKeyPairRequest importing(String regionId, String name, String publicKey, Long projectId,
            List<Tag> tags) {
        return new TencentImportKeyPairRequest(regionId, name, publicKey, projectId, tags, null);
    }

    /** An ImportKeyPair request carrying the reading of its key, made once where the key was declared. */
    static TencentImportKeyPairRequest importing(String regionId, String name, String publicKey, KeyReading reading,
            Long projectId, List<Tag> tags) {
        return new TencentImportKeyPairRequest(regionId, name, publicKey, projectId, tags, reading);
    }

    /** A CreateKeyPair request without tags. */
    static TencentCreateKeyPairRequest creating(String regionId, String name, Long projectId) {
        return new TencentCreateKeyPairRequest(regionId, name, projectId, List.of());
    }

    /** A CreateKeyPair request with the tags of its {@code TagSpecification}. */
    static TencentCreateKeyPairRequest creating(String regionId, String name, Long projectId, List<Tag> tags) {
        return new TencentCreateKeyPairRequest(regionId, name, projectId, tags);
    }
}
