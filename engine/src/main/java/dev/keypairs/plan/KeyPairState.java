package dev.keypairs.plan;

import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.manifest.DeclaredKeyPair;
import dev.keypairs.store.StoredKeyPair;
import java.util.Optional;

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
        // A sorted map, so that copying it again (a store's answer, a state) takes it as sorted: no comparisons.
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /** What a declared key will look like once applied. */
    static KeyPairState after(PublicKey key, Map<String, String> tags, String resourceGroupId, Long projectId) {
        return new KeyPairState(key.type().wireName(), key.bits(), key.fingerprints().md5(), key.fingerprints().sha256(),
                tags, resourceGroupId, projectId, null, null);
    }

    /** What a key pair the store generates will look like: RSA-2048, fingerprints not known before. */
    static KeyPairState generated(Map<String, String> tags, String resourceGroupId, Long projectId) {
        return new KeyPairState("ssh-rsa", 2048, null, null, tags, resourceGroupId, projectId, null, null);
    }

    /** The state of a stored key pair; type, bits and SHA256 where the store returns the public key. */
    static KeyPairState of(StoredKeyPair stored) {
        // Plain code, not Optional.map: each lambda is linked on first use, and a goal runs once on a cold JVM
        // (performance.md).
        Optional<PublicKey> read = PublicKeyReader.readIfKey(stored.publicKey());
        PublicKey key = read.isPresent() ? read.get() : null;
        return new KeyPairState(key == null ? null : key.type().wireName(), key == null ? null : key.bits(),
                stored.fingerprint(), key == null ? null : key.fingerprints().sha256(), stored.tags(),
                stored.resourceGroupId(), stored.projectId(), stored.keyId(), stored.createdAt());
    }

    /** The state of a stored key pair known to hold the same key as {@code same}: not read again. */
    static KeyPairState of(StoredKeyPair stored, KeyPairState same) {
        return new KeyPairState(same.keyType(), same.bits(), stored.fingerprint(), same.sha256(), stored.tags(),
                stored.resourceGroupId(), stored.projectId(), stored.keyId(), stored.createdAt());
    }

    /** This state with a declaration's tags and (where it names one) resource group: a kept key pair's after. */
    KeyPairState withAttributesOf(DeclaredKeyPair keyPair) {
        return new KeyPairState(keyType, bits, fingerprint, sha256, keyPair.tags(),
                keyPair.resourceGroupId() == null ? resourceGroupId : keyPair.resourceGroupId(), projectId, null, null);
    }
}
