package dev.keypairs.plan;

import dev.keypairs.keys.PublicKey;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A key pair's attributes as plan.json shows them in {@code before} and {@code after}.
 *
 * @param keyType the key type word, e.g. {@code ssh-rsa}; null when unknown (a create not yet applied:
 *     {@code ssh-rsa}, since the store generates RSA-2048)
 * @param bits the key size; null when unknown
 * @param fingerprint the MD5 fingerprint; null for a create not yet applied
 * @param sha256 the SHA256 fingerprint; null when unknown
 * @param tags Alibaba tags, sorted by key
 * @param resourceGroupId Alibaba's resource group, or null
 * @param projectId Tencent's project, or null
 * @param keyId Tencent's KeyId ({@code before} only)
 * @param createdAt when the store made it ({@code before} only)
 */
public record KeyPairState(String keyType, Integer bits, String fingerprint, String sha256, Map<String, String> tags,
        String resourceGroupId, Long projectId, String keyId, Instant createdAt) {

    public KeyPairState {
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** What a declared key will look like once applied. */
    static KeyPairState after(PublicKey key, Map<String, String> tags, String resourceGroupId, Long projectId) {
        return new KeyPairState(key.type().wireName(), key.bits(), key.fingerprints().md5(), key.fingerprints().sha256(),
                tags, resourceGroupId, projectId, null, null);
    }
}
