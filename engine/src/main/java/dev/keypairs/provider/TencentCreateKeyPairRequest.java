package dev.keypairs.provider;

import java.util.List;

/**
 * Tencent Cloud CVM CreateKeyPair: the private key comes back as PKCS#1 PEM ({@code -----BEGIN RSA PRIVATE
 * KEY-----}, as the reference's example shows); name, quota and rate rules are ImportKeyPair's (semantics.md).
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param name {@code KeyName}; null when missing
 * @param projectId {@code ProjectId}; null when missing
 * @param tags the tags of its {@code TagSpecification}; empty for none
 */
public record TencentCreateKeyPairRequest(String regionId, String name, Long projectId, List<Tag> tags)
        implements TencentKeyPairRequest, CreateKeyPairRequest {

    public TencentCreateKeyPairRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
