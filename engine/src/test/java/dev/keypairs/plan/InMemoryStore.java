package dev.keypairs.plan;

import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsRequest;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.JoinResourceGroupRequest;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.UntagResourcesRequest;
import dev.keypairs.store.account.Account;
import dev.keypairs.store.account.AccountOptions;
import dev.keypairs.store.memory.MemoryStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The account model over the in-memory storage, for planner tests: seeded row by row (bypassing the rules, so a
 * test can set up any state), read through the account as a plan reads any store, counting Describe calls.
 * Every write fails, which also proves the planner never writes.
 */
final class InMemoryStore implements KeyPairStore {

    private final MemoryStorage storage = MemoryStorage.open("planner-test-" + UUID.randomUUID(), "memory:test");
    private Account account = account(AccountOptions.DEFAULTS.tencentQuota());
    final Map<String, Integer> describeCalls = new HashMap<>();
    /** The names of the key pairs {@link #instancesBoundTo} was asked about, in order. */
    final List<String> instancesAsked = new ArrayList<>();
    /** Instances by key pair name, answered by {@link #instancesBoundTo} where DescribeKeyPairs tells none. */
    final Map<String, List<String>> boundInstances = new HashMap<>();

    private Account account(int tencentQuota) {
        return new Account(storage, Rules.builtIn(), new AccountOptions(tencentQuota, false));
    }

    /** Seeds a key pair from a public key text, created at the start of 2026. */
    InMemoryStore put(Provider provider, String region, String name, String publicKeyText, Map<String, String> tags,
            String resourceGroupId, Long projectId) {
        return put(provider, region, name, publicKeyText, tags, resourceGroupId, projectId,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Seeds a key pair from a public key text, created at {@code createdAt}. */
    InMemoryStore put(Provider provider, String region, String name, String publicKeyText, Map<String, String> tags,
            String resourceGroupId, Long projectId, Instant createdAt) {
        PublicKey key;
        try {
            key = PublicKeyReader.read(publicKeyText);
        } catch (KeyFormatException e) {
            throw new AssertionError(e);
        }
        String keyId = provider == Provider.TENCENT ? "skey-" + Integer.toString(name.hashCode() & 0xfffffff, 36) : null;
        StoredKeyPair keyPair = new StoredKeyPair(provider, region, name, key.toOpenSshLine(), key.fingerprints().md5(),
                keyId, tags, resourceGroupId, projectId, createdAt);
        try {
            storage.write(provider, region, rows -> {
                rows.insert(keyPair);
                return null;
            });
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    /** Seeds a key pair as given: its description and the instances it is bound to too. */
    InMemoryStore put(StoredKeyPair keyPair) {
        try {
            storage.write(keyPair.provider(), keyPair.regionId(), rows -> {
                rows.insert(keyPair);
                return null;
            });
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    /**
     * The instances a test binds a key pair to by name, as a cloud store answers for Alibaba (DescribeInstances);
     * else as every store does by default. Records which key pairs were asked about.
     */
    @Override
    public List<String> instancesBoundTo(StoredKeyPair keyPair) throws StoreException {
        instancesAsked.add(keyPair.name());
        List<String> bound = boundInstances.get(keyPair.name());
        return bound != null ? bound : KeyPairStore.super.instancesBoundTo(keyPair);
    }

    /** Sets the Tencent quota (Alibaba's is fixed by the provider). */
    InMemoryStore quota(Provider provider, String region, int quota) {
        if (provider != Provider.TENCENT) {
            throw new AssertionError("only Tencent's quota is the store's to set");
        }
        account = account(quota);
        return this;
    }

    @Override
    public String displayUri() {
        return "memory:test";
    }

    @Override
    public Set<ApiCall> ratedCalls() {
        return account.ratedCalls();
    }

    @Override
    public OptionalInt quota(Provider provider, String regionId) throws StoreException {
        return account.quota(provider, regionId);
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) throws StoreException {
        describeCalls.merge(request.provider().id() + "/" + request.regionId(), 1, Integer::sum);
        return account.describeKeyPairs(request);
    }

    @Override
    public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) {
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
    public Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public void clear() {
        throw new AssertionError("the planner must not write");
    }

    @Override
    public void close() {
        storage.close();
    }
}
