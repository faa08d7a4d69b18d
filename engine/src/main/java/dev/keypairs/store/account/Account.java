package dev.keypairs.store.account;

import dev.keypairs.keys.PublicKey;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.AlibabaRules;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.provider.KeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.TencentKeyPairRequest;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.provider.ValidationResult;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.ApiErrorException;
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
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The documented behaviour of a provider account (semantics.md), written once over a {@link Storage}: every
 * request checked by the provider's stateless rules ({@link ProviderRules}) and, inside the call's one
 * transaction, by the stateful ones ({@link AccountRules}: names, Tencent's duplicate public keys, quotas),
 * Tencent's request rate, fresh RequestIds, KeyIds, CreateKeyPair's RSA generation, and the order in which
 * the provider meets its checks. A refused call changes nothing. DescribeKeyPairs, which each provider filters and
 * pages its own way, is answered by {@link AlibabaDescribeKeyPairs} and {@link TencentDescribeKeyPairs} once the
 * region is checked; the calls that change a key pair in place by {@link AlibabaResourceCalls} and
 * {@link TencentResourceCalls}.
 *
 * <p>Safe for use from many threads, and from many processes where the storage is. Only public keys reach the
 * storage; CreateKeyPair's private key is returned once and never written.
 */
public final class Account implements KeyPairStore {

    private static final long RATE_WINDOW_MS = 1_000;

    private final Storage storage;
    private final Rules rules;
    private final AccountOptions options;
    private final AlibabaDescribeKeyPairs alibabaDescribe;
    private final TencentDescribeKeyPairs tencentDescribe;
    private final AlibabaResourceCalls resources;
    private final TencentResourceCalls tencentResources;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean closed;

    /**
     * An account over a storage.
     *
     * @param storage where its rows live; closed with the account
     * @param rules each provider's rules, with the region catalogue in force
     * @param options the quota and rate options
     */
    public Account(Storage storage, Rules rules, AccountOptions options) {
        this.storage = storage;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.options = options;
        alibabaDescribe = new AlibabaDescribeKeyPairs(storage, rules.alibaba());
        tencentDescribe = new TencentDescribeKeyPairs(storage, rules.tencent());
        resources = new AlibabaResourceCalls(storage, rules.alibaba());
        tencentResources = new TencentResourceCalls(storage, rules.tencent());
    }

    /** The account's options. */
    public AccountOptions options() {
        return options;
    }

    @Override
    public String displayUri() {
        return storage.displayUri();
    }

    @Override
    public OptionalInt quota(Provider provider, String regionId) throws StoreException {
        requireOpen();
        refuse(rules.of(provider).checkRegion(regionId), newRequestId());
        return OptionalInt.of(quotaOf(provider));
    }

    @Override
    public Set<ApiCall> ratedCalls() {
        return options.rateLimit() ? AccountRules.RATE_LIMITED_CALLS : Set.of();
    }

    @Override
    public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) throws StoreException {
        String requestId = newRequestId();
        PublicKey key = validate(request, requestId).orElseThrow();
        String keyId = storage.write(request.provider(), request.regionId(), rows -> {
            takeRateSlot(rows, request.provider(), ApiCall.IMPORT_KEY_PAIR, requestId);
            return insert(rows, request, key, requestId).keyId();
        });
        return request.provider() == Provider.TENCENT
                ? new ImportKeyPairResponse(requestId, request.name(), null, keyId)
                : new ImportKeyPairResponse(requestId, request.name(), key.fingerprints().md5(), null);
    }

    @Override
    public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) throws StoreException {
        String requestId = newRequestId();
        validate(request, requestId);
        requireOpen();
        // Generated before the transaction: it takes a while, and no other writer should wait for it.
        GeneratedKeyPair generated = GeneratedKeyPair.generate(random, request.provider() == Provider.ALIBABA
                ? GeneratedKeyPair.PemFormat.PKCS8 : GeneratedKeyPair.PemFormat.PKCS1);
        StoredKeyPair created;
        try {
            created = storage.write(request.provider(), request.regionId(), rows -> {
                takeRateSlot(rows, request.provider(), ApiCall.CREATE_KEY_PAIR, requestId);
                return insert(rows, request, generated.publicKey(), requestId);
            });
        } catch (StoreException e) {
            generated.privateKey().erase();
            throw e;
        }
        return new CreateKeyPairResponse(requestId, request.name(), created.fingerprint(), created.keyId(),
                generated.privateKey(), created.publicKey(), created.createdAt());
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) throws StoreException {
        String requestId = newRequestId();
        refuse(rules.of(request.provider()).checkRegion(request.regionId()), requestId);
        if (request instanceof AlibabaDescribeKeyPairsRequest alibaba) {
            return alibabaDescribe.answer(alibaba, requestId);
        }
        if (request instanceof TencentDescribeKeyPairsRequest tencent) {
            return tencentDescribe.answer(tencent, requestId);
        }
        throw new IllegalArgumentException("a DescribeKeyPairs request is Alibaba's or Tencent's");
    }

    @Override
    public DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) throws StoreException {
        String requestId = newRequestId();
        ProviderRules providerRules = rules.of(request.provider());
        refuse(providerRules.checkRegion(request.regionId()), requestId);
        refuse(providerRules.checkDeleteBatch(request.ids()), requestId);
        // Alibaba deletes by name and passes over a name the region lacks; Tencent deletes by KeyId and refuses
        // the whole call for one it lacks (InvalidKeyPairId.NotFound), deleting none.
        List<String> deleted = storage.write(request.provider(), request.regionId(), rows -> {
            List<String> gone = new ArrayList<>();
            for (String id : new LinkedHashSet<>(request.ids())) {
                Optional<String> name = request.provider() == Provider.TENCENT
                        ? rows.byKeyId(id).map(StoredKeyPair::name) : Optional.of(id);
                if (name.isEmpty()) {
                    throw new ApiErrorException(rules.tencent().keyPairIdNotFound(request.regionId(), id), requestId);
                }
                if (rows.delete(name.get())) {
                    gone.add(id);
                }
            }
            return gone;
        });
        return new DeleteKeyPairsResponse(requestId, deleted);
    }

    @Override
    public Acknowledgement tagResources(TagResourcesRequest request) throws StoreException {
        return resources.tag(request, newRequestId());
    }

    @Override
    public Acknowledgement untagResources(UntagResourcesRequest request) throws StoreException {
        return resources.untag(request, newRequestId());
    }

    @Override
    public Acknowledgement joinResourceGroup(JoinResourceGroupRequest request) throws StoreException {
        return resources.join(request, newRequestId());
    }

    @Override
    public Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request) throws StoreException {
        return tencentResources.modifyKeyPairAttribute(request, newRequestId());
    }

    @Override
    public Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) throws StoreException {
        return tencentResources.modifyResourceTags(request, newRequestId());
    }

    /** Closes the storage; calls made afterwards fail. */
    @Override
    public void clear() throws StoreException {
        requireOpen();
        storage.clear();
    }

    @Override
    public void close() {
        closed = true;
        storage.close();
    }

    @Override
    public String toString() {
        return "Account[" + displayUri() + "]";
    }

    // ---- inside a call's transaction ----

    /**
     * Adds a key pair after the stateful checks, in the order the provider meets them, with a fresh id: Tencent's
     * KeyId, Alibaba's KeyPairId (which only CreateKeyPair answers).
     */
    private StoredKeyPair insert(RegionRows rows, KeyPairRequest request, PublicKey key, String requestId)
            throws StoreException {
        Provider provider = request.provider();
        String publicKeyLine = key.toOpenSshLine();
        refuse(AccountRules.refusalOfNewKeyPair(rules.of(provider), rows, request.regionId(), request.name(),
                request instanceof CreateKeyPairRequest ? null : publicKeyLine, quotaOf(provider))
                .map(AccountRules.Refusal::error), requestId);
        String keyId = newKeyId(rows, provider);
        Map<String, String> tags = new TreeMap<>();
        request.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        String resourceGroupId = null;
        Long projectId = null;
        if (request instanceof AlibabaKeyPairRequest alibaba) {
            resourceGroupId = alibaba.resourceGroupId();
        } else if (request instanceof TencentKeyPairRequest tencent) {
            projectId = tencent.projectId();
        }
        StoredKeyPair inserted = new StoredKeyPair(provider, request.regionId(), request.name(), publicKeyLine,
                key.fingerprints().md5(), keyId, tags, resourceGroupId, projectId,
                Instant.ofEpochMilli(System.currentTimeMillis()));
        rows.insert(inserted);
        return inserted;
    }

    /**
     * Takes one of a call's documented places a second (Tencent: 10), counted over the last second by every
     * handle and process of the storage. Taken in the call's own transaction, so a call refused for any reason
     * leaves the count as it was.
     */
    private void takeRateSlot(RegionRows rows, Provider provider, ApiCall call, String requestId)
            throws StoreException {
        ProviderRules providerRules = rules.of(provider);
        if (!options.rateLimit() || !AccountRules.RATE_LIMITED_CALLS.contains(call)
                || providerRules.requestsPerSecond(call).isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (rows.callsInWindow(call, now, RATE_WINDOW_MS) >= providerRules.requestsPerSecond(call).getAsInt()) {
            throw new ApiErrorException(providerRules.requestLimitExceeded(call), requestId);
        }
        rows.recordCall(call, now);
    }

    /**
     * A key pair's id from a SecureRandom, unused in the whole account: Tencent's {@code skey-} and 8 of
     * {@code [a-z0-9]}, Alibaba's {@code ssh-} and 18.
     */
    private String newKeyId(RegionRows rows, Provider provider) throws StoreException {
        boolean tencent = provider == Provider.TENCENT;
        String prefix = tencent ? TencentRules.KEY_ID_PREFIX : AlibabaRules.KEY_PAIR_ID_PREFIX;
        int length = tencent ? TencentRules.KEY_ID_LENGTH : AlibabaRules.KEY_PAIR_ID_LENGTH;
        String alphabet = tencent ? TencentRules.KEY_ID_ALPHABET : AlibabaRules.KEY_PAIR_ID_ALPHABET;
        while (true) {
            StringBuilder keyId = new StringBuilder(prefix);
            for (int i = 0; i < length; i++) {
                keyId.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!rows.keyIdInUse(keyId.toString())) {
                return keyId.toString();
            }
        }
    }

    // ---- the stateless checks ----

    private void requireOpen() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store " + displayUri() + " is closed", null);
        }
    }

    private int quotaOf(Provider provider) {
        return provider == Provider.TENCENT ? options.tencentQuota() : rules.of(provider).defaultQuota();
    }

    /** The request's public key, if it has one, or the first error the rules find (an API answers one error). */
    private Optional<PublicKey> validate(KeyPairRequest request, String requestId) throws ApiErrorException {
        ValidationResult result = rules.of(request.provider()).validate(request);
        if (!result.isValid()) {
            throw new ApiErrorException(result.errors().get(0), requestId);
        }
        return result.publicKey();
    }

    /**
     * Throws the error, if there is one, as the call's answer: an API answers one error, under the call's
     * RequestId. Shared with the describe dialects ({@link AlibabaDescribeKeyPairs}, {@link TencentDescribeKeyPairs}).
     */
    static void refuse(Optional<ApiError> error, String requestId) throws ApiErrorException {
        if (error.isPresent()) {
            throw new ApiErrorException(error.get(), requestId);
        }
    }

    /** A fresh RequestId, in the providers' form: an upper-case UUID. */
    private static String newRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
