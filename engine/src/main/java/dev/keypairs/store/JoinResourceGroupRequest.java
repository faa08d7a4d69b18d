package dev.keypairs.store;

/**
 * JoinResourceGroup for a key pair (Alibaba Cloud).
 *
 * @param regionId the region
 * @param keyPairName the key pair ({@code ResourceId})
 * @param resourceGroupId the group to move it into
 */
public record JoinResourceGroupRequest(String regionId, String keyPairName, String resourceGroupId) {
}
