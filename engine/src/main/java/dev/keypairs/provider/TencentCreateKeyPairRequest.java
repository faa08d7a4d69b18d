package dev.keypairs.provider;

/**
 * Tencent Cloud CVM CreateKeyPair: the private key comes back as PKCS#1 PEM ({@code -----BEGIN RSA PRIVATE
 * KEY-----}, as the reference's example shows); name, quota and rate rules are ImportKeyPair's (semantics.md).
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param projectId {@code ProjectId}; null when missing
 */
public record TencentCreateKeyPairRequest(String regionId, String name, Long projectId)
        implements TencentKeyPairRequest, CreateKeyPairRequest {
}
