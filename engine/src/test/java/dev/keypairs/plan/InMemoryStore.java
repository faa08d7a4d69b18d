package dev.keypairs.plan;

import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A read-only store for planner tests: seeded directly, paged as the providers page, counting Describe
 * calls. Every write fails, which also proves the planner never writes.
 */
final class InMemoryStore implements KeyPairStore {

    private final Map<String, TreeMap<String, StoredKeyPair>> regions = new HashMap<>();
    private final Map<String, Integer> quotas = new HashMap<>();
    final Map<String, Integer> describeCalls = new HashMap<>();

    private static String key(Provider provider, String region) {
        return provider.id() + "/" + region;
    }

    /** Seeds a key pair from a public key text. */
    InMemoryStore put(Provider provider, String region, String name, String publicKeyText, Map<String, String> tags,
            String resourceGroupId, Long projectId) {
        PublicKey key;
        try {
            key = PublicKeyReader.read(publicKeyText);
        } catch (KeyFormatException e) {
            throw new AssertionError(e);
        }
        String keyId = provider == Provider.TENCENT ? "skey-" + Integer.toString(name.hashCode() & 0xfffffff, 36) : null;
        regions.computeIfAbsent(key(provider, region), k -> new TreeMap<>()).put(name, new StoredKeyPair(provider, region,
                name, key.toOpenSshLine(), key.fingerprints().md5(), keyId, tags, resourceGroupId, projectId,
                Instant.parse("2026-01-01T00:00:00Z")));
        return this;
    }

    InMemoryStore quota(Provider provider, String region, int quota) {
        quotas.put(key(provider, region), quota);
        return this;
    }

    @Override
    public String displayUri() {
        return "memory:test";
    }

    @Override
    public int quota(Provider provider, String regionId) {
        return quotas.getOrDefault(key(provider, regionId), 500);
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) {
        describeCalls.merge(key(request.provider(), request.regionId()), 1, Integer::sum);
        List<StoredKeyPair> all = new ArrayList<>(regions.getOrDefault(key(request.provider(), request.regionId()),
                new TreeMap<>()).values());
        int from = Math.min(all.size(), (request.pageNumber() - 1) * request.pageSize());
        int to = Math.min(all.size(), from + request.pageSize());
        return new DescribeKeyPairsResponse(UUID.randomUUID().toString(), all.subList(from, to), all.size(),
                request.pageNumber(), request.pageSize());
    }

    @Override
    public ImportKeyPairResponse importKeyPair(KeyPairRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public CreateKeyPairResponse createKeyPair(AlibabaKeyPairRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public Acknowledgement tagResources(TagResourcesRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public Acknowledgement untagResources(UntagResourcesRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public Acknowledgement joinResourceGroup(JoinResourceGroupRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public void close() {
    }
}
