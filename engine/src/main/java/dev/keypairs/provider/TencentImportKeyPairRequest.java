package dev.keypairs.provider;

/**
 * Tencent Cloud CVM ImportKeyPair.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param publicKey {@code PublicKey}; null when missing
 * @param projectId {@code ProjectId}; null when missing
 */
public record TencentImportKeyPairRequest(String regionId, String name, String publicKey, Long projectId)
        implements TencentKeyPairRequest, ImportKeyPairRequest {

    @Override
    public String publicKeyText() {
        return publicKey;
    }
}
