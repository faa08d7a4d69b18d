package dev.keypairs.cloud;

import dev.keypairs.cloud.alibaba.AlibabaClient;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.cloud.client.CredentialSources;
import dev.keypairs.cloud.tencent.TencentClient;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.AlibabaCreateKeyPairRequest;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.AlibabaImportKeyPairRequest;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.CreateKeyPairRequest;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.provider.ImportKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.TencentCreateKeyPairRequest;
import dev.keypairs.provider.TencentImportKeyPairRequest;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.AlibabaDeleteKeyPairsRequest;
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
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TagResourcesRequest;
import dev.keypairs.store.TencentDeleteKeyPairsRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import dev.keypairs.store.UntagResourcesRequest;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The real clouds as a {@link KeyPairStore} (clouds.md): each call goes to the provider's official SDK, each answer
 * comes back as the store's records and each refusal with its code as the cloud gave it. Nothing is kept here: the
 * account is the cloud's. A provider's client is made when its first region is prepared or called, with the first
 * credentials found of the three ways; a provider without any refuses before a call is made.
 */
final class CloudStore implements KeyPairStore {

    /** Regions worked on at once: round trips, not this machine's processors, bound a cloud run. */
    private static final int CONCURRENCY = 16;

    private final StoreUri uri;
    private final CloudLocation location;
    private final Rules rules;
    private final CredentialSources credentials;
    private final LazyClient<AlibabaClient> alibaba = new LazyClient<>(Provider.ALIBABA,
            (settings, found) -> AlibabaClient.withKey(settings, found.key(), found.source()),
            AlibabaClient::withDefaultChain, AlibabaClient.defaultChain());
    private final LazyClient<TencentClient> tencent = new LazyClient<>(Provider.TENCENT,
            (settings, found) -> TencentClient.withKey(settings, found.key(), found.source()),
            TencentClient::withDefaultChain, TencentClient.defaultChain());
    private volatile boolean closed;

    CloudStore(StoreUri uri, CloudLocation location, Rules rules, CredentialSources credentials) {
        this.uri = uri;
        this.location = location;
        this.rules = rules;
        this.credentials = credentials;
    }

    @Override
    public String displayUri() {
        return uri.redacted();
    }

    /** Alibaba's documented 500; Tencent's only when the URI gives it ({@code tencentQuota}). */
    @Override
    public OptionalInt quota(Provider provider, String regionId) throws StoreException {
        requireOpen();
        refuseUnknownRegion(provider, regionId);
        return provider == Provider.ALIBABA ? OptionalInt.of(rules.of(provider).defaultQuota()) : location.tencentQuota();
    }

    /**
     * The clouds hold callers to every rate they document: Tencent's key pair calls and ModifyKeyPairAttribute at 10 a
     * second, the Tag API's ModifyResourceTags at 20.
     */
    @Override
    public Set<ApiCall> ratedCalls() {
        return Collections.unmodifiableSet(EnumSet.allOf(ApiCall.class));
    }

    @Override
    public int concurrency() {
        return CONCURRENCY;
    }

    @Override
    public int readConcurrency() {
        return CONCURRENCY;
    }

    @Override
    public void prepare(Set<Provider> providers) throws StoreException {
        requireOpen();
        for (Provider provider : providers) {
            if (provider == Provider.ALIBABA) {
                alibaba();
            } else {
                tencent();
            }
        }
    }

    @Override
    public ImportKeyPairResponse importKeyPair(ImportKeyPairRequest request) throws StoreException {
        refuseUnknownRegion(request.provider(), request.regionId());
        if (request instanceof AlibabaImportKeyPairRequest alibabaRequest) {
            return alibaba().importKeyPair(alibabaRequest);
        } else if (request instanceof TencentImportKeyPairRequest tencentRequest) {
            return tencent().importKeyPair(tencentRequest);
        }
        throw new IllegalArgumentException("not a request of a known provider: " + request);
    }

    @Override
    public CreateKeyPairResponse createKeyPair(CreateKeyPairRequest request) throws StoreException {
        refuseUnknownRegion(request.provider(), request.regionId());
        if (request instanceof AlibabaCreateKeyPairRequest alibabaRequest) {
            return alibaba().createKeyPair(alibabaRequest);
        } else if (request instanceof TencentCreateKeyPairRequest tencentRequest) {
            return tencent().createKeyPair(tencentRequest);
        }
        throw new IllegalArgumentException("not a request of a known provider: " + request);
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(DescribeKeyPairsRequest request) throws StoreException {
        refuseUnknownRegion(request.provider(), request.regionId());
        if (request instanceof AlibabaDescribeKeyPairsRequest alibabaRequest) {
            return alibaba().describeKeyPairs(alibabaRequest);
        } else if (request instanceof TencentDescribeKeyPairsRequest tencentRequest) {
            return tencent().describeKeyPairs(tencentRequest);
        }
        throw new IllegalArgumentException("not a request of a known provider: " + request);
    }

    @Override
    public DeleteKeyPairsResponse deleteKeyPairs(DeleteKeyPairsRequest request) throws StoreException {
        refuseUnknownRegion(request.provider(), request.regionId());
        if (request instanceof AlibabaDeleteKeyPairsRequest alibabaRequest) {
            return alibaba().deleteKeyPairs(alibabaRequest);
        } else if (request instanceof TencentDeleteKeyPairsRequest tencentRequest) {
            return tencent().deleteKeyPairs(tencentRequest);
        }
        throw new IllegalArgumentException("not a request of a known provider: " + request);
    }

    @Override
    public Acknowledgement tagResources(TagResourcesRequest request) throws StoreException {
        refuse(rules.alibaba().checkRegion(ApiCall.TAG_RESOURCES, request.regionId()));
        return alibaba().tagResources(request);
    }

    @Override
    public Acknowledgement untagResources(UntagResourcesRequest request) throws StoreException {
        refuse(rules.alibaba().checkRegion(ApiCall.UNTAG_RESOURCES, request.regionId()));
        return alibaba().untagResources(request);
    }

    @Override
    public Acknowledgement joinResourceGroup(JoinResourceGroupRequest request) throws StoreException {
        refuse(rules.alibaba().checkRegion(ApiCall.JOIN_RESOURCE_GROUP, request.regionId()));
        return alibaba().joinResourceGroup(request);
    }

    @Override
    public Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request) throws StoreException {
        refuseUnknownRegion(Provider.TENCENT, request.regionId());
        return tencent().modifyKeyPairAttribute(request);
    }

    /**
     * Goes to the Tag API as it is: its one endpoint serves every region, and what it answers for a resource of a
     * region it does not know is its own to say.
     */
    @Override
    public Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) throws StoreException {
        requireOpen();
        return tencent().modifyResourceTags(request);
    }

    /**
     * Tencent's key pairs say it themselves ({@code AssociatedInstanceIds}); Alibaba's are asked for, with
     * DescribeInstances by {@code KeyPairName} in the key pair's region.
     */
    @Override
    public List<String> instancesBoundTo(StoredKeyPair keyPair) throws StoreException {
        if (keyPair.provider() == Provider.TENCENT) {
            return keyPair.associatedInstanceIds();
        }
        refuseUnknownRegion(Provider.ALIBABA, keyPair.regionId());
        return alibaba().instancesBoundTo(keyPair.regionId(), keyPair.name());
    }

    /** Refused: keypairs never empties a real account (no API call is made). */
    @Override
    public void clear() throws StoreException {
        throw new StoreUnavailableException(uri.redacted() + " is the real clouds: keypairs never empties a real"
                + " account; emptying is for an emulated store (sqlite:, postgresql://, memory:)", null,
                ErrorKind.DENIED);
    }

    @Override
    public void close() {
        // The SDKs' connection pools are daemon threads that end idle connections themselves.
        closed = true;
    }

    /**
     * A region outside the catalogue in force is refused here, as the provider refuses it, before any call: the
     * plan never reads one, and a call would go to an endpoint that does not exist.
     */
    private void refuseUnknownRegion(Provider provider, String regionId) throws StoreException {
        refuse(rules.of(provider).checkRegion(regionId));
    }

    /** Refuses locally, with the code the action answers (a missing region's code depends on the action). */
    private void refuse(Optional<ApiError> refusal) throws StoreException {
        requireOpen();
        if (refusal.isPresent()) {
            throw new ApiErrorException(refusal.get(), Answers.localRequestId());
        }
    }

    private AlibabaClient alibaba() throws StoreException {
        return alibaba.get();
    }

    private TencentClient tencent() throws StoreException {
        return tencent.get();
    }

    /**
     * A provider's client, made once, at its first use, with the first credentials found: the front end's or the
     * environment's key, else the SDK's default chain.
     */
    private final class LazyClient<C> {
        private final Provider provider;
        private final BiFunction<ClientSettings, CredentialSources.Found, C> withKey;
        private final Function<ClientSettings, Optional<C>> withDefaultChain;
        private final String defaultChain;
        private volatile C client;

        LazyClient(Provider provider, BiFunction<ClientSettings, CredentialSources.Found, C> withKey,
                Function<ClientSettings, Optional<C>> withDefaultChain, String defaultChain) {
            this.provider = provider;
            this.withKey = withKey;
            this.withDefaultChain = withDefaultChain;
            this.defaultChain = defaultChain;
        }

        C get() throws StoreUnavailableException {
            C made = client;
            if (made == null) {
                synchronized (this) {
                    if (client == null) {
                        ClientSettings settings = location.settings().get(provider);
                        client = credentials.find(provider).map(found -> withKey.apply(settings, found))
                                .or(() -> withDefaultChain.apply(settings))
                                .orElseThrow(() -> missing(provider, defaultChain));
                    }
                    made = client;
                }
            }
            return made;
        }
    }

    /** No credentials in any of the three places: nothing was called. */
    private StoreUnavailableException missing(Provider provider, String defaultChain) {
        return new StoreUnavailableException(ToolCode.MISSING_CREDENTIALS, "no " + provider.id()
                + " credentials were found, so nothing was read or changed. Give them in one of three ways: "
                + credentials.lookedIn(provider) + "; or " + defaultChain + ".");
    }

    private void requireOpen() throws StoreUnavailableException {
        if (closed) {
            throw new StoreUnavailableException("the store cloud: is closed", null);
        }
    }
}
