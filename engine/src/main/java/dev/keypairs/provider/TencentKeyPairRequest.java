package dev.keypairs.provider;

/**
 * A Tencent Cloud CVM ImportKeyPair request.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param publicKey {@code PublicKey}; null when missing
 * @param projectId {@code ProjectId}; null when missing (manifests default it to 0)
 */
public record TencentKeyPairRequest(String regionId, String name, String publicKey, Long projectId)
        implements KeyPairRequest {

    @Override
    public Provider provider() {
        return Provider.TENCENT;
    }
}
