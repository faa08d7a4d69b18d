package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;

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
}
