package dev.keypairs.store;

import dev.keypairs.provider.Provider;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A key pair as DescribeKeyPairs returns it.
 *
 * @param provider the provider
 * @param regionId the region
 * @param name {@code KeyPairName} / {@code KeyName}
 * @param publicKey the public key in the OpenSSH one-line form without comment, when the store returns it
 *     (the embedded store always does; a cloud that returns only fingerprints answers null, and the plan
 *     then compares fingerprints)
 * @param fingerprint the MD5 fingerprint as the store reports it
 * @param keyId Tencent's {@code KeyId} ({@code skey-xxxxxxxx}); inside an emulated account also Alibaba's
 *     {@code KeyPairId} ({@code ssh-} and 18 characters), which Alibaba's DescribeKeyPairs does not answer, so that
 *     a described Alibaba key pair has null (as have rows of older databases)
 * @param tags the key pair's tags (Alibaba's, Tencent's), sorted by key
 * @param resourceGroupId Alibaba's resource group; null when none or for Tencent
 * @param projectId Tencent's project; null for Alibaba
 * @param createdAt when the key pair was imported or created
 * @param description Tencent's {@code Description} (ModifyKeyPairAttribute sets it); null for Alibaba, or when the
 *     store does not say
 * @param associatedInstanceIds the instances the key pair is bound to, as the store reports them (Tencent's
 *     {@code AssociatedInstanceIds}); empty when none or not reported (Alibaba's DescribeKeyPairs does not say:
 *     {@link KeyPairStore#instancesBoundTo} asks)
 */
public record StoredKeyPair(Provider provider, String regionId, String name, String publicKey, String fingerprint,
        String keyId, Map<String, String> tags, String resourceGroupId, Long projectId, Instant createdAt,
        String description, List<String> associatedInstanceIds) {

    public StoredKeyPair {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
        // A sorted map, so that copying it again (a store's answer, a state) takes it as sorted: no comparisons.
        tags = tags == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        associatedInstanceIds = associatedInstanceIds == null ? List.of() : List.copyOf(associatedInstanceIds);
    }

    /** A key pair without a description, bound to no instance. */
    public StoredKeyPair(Provider provider, String regionId, String name, String publicKey, String fingerprint,
            String keyId, Map<String, String> tags, String resourceGroupId, Long projectId, Instant createdAt) {
        this(provider, regionId, name, publicKey, fingerprint, keyId, tags, resourceGroupId, projectId, createdAt,
                null, List.of());
    }
}
