package dev.keypairs.store;

/**
 * ModifyKeyPairAttribute (Tencent Cloud CVM 2017-03-12): a key pair, by KeyId, renamed and described in place.
 *
 * @param regionId the common parameter {@code Region}; null when missing
 * @param keyId {@code KeyId}; null when missing
 * @param keyName {@code KeyName}, the new name; null to keep the name
 * @param description {@code Description}; null to keep the description
 */
public record ModifyKeyPairAttributeRequest(String regionId, String keyId, String keyName, String description) {
}
