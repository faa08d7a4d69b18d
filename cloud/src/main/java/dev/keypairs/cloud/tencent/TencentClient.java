package dev.keypairs.cloud.tencent;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.provider.DefaultCredentialsProvider;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.TagSpecification;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.keys.PublicKeyReader;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentCreateKeyPairRequest;
import dev.keypairs.provider.TencentImportKeyPairRequest;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDeleteKeyPairsRequest;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tencent Cloud CVM 2017-03-12 through its official SDK, {@code com.tencentcloudapi:tencentcloud-sdk-java-cvm}
 * (clouds.md): one SDK client per region, all at {@code cvm.tencentcloudapi.com} but the finance regions, which
 * have their own ({@code cvm.ap-shanghai-fsi.tencentcloudapi.com}), or at the one endpoint given; signed TC3 by the
 * SDK, which makes one attempt per call. A key pair's tags are set with it ({@code TagSpecification}) and read with it
 * ({@code Tags}); changed in place, they go to the Tag API ({@link TencentTags}).
 */
public final class TencentClient {

    /** The public endpoint of every region that is not a finance one. */
    static final String PUBLIC_ENDPOINT = "cvm.tencentcloudapi.com";
    /** How long the SDK's chain may look for an instance role (its metadata call sets no timeout of its own). */
    private static final Duration CHAIN_TIMEOUT = Duration.ofSeconds(5);
    /** The {@code ResourceType} of a key pair's {@code TagSpecification}. */
    static final String KEY_PAIR_RESOURCE_TYPE = "keypair";

    private final ClientSettings settings;
    private final Credential credential;
    private final TencentCalls calls;
    private final TencentTags tags;
    private final Map<String, CvmClient> clients = new ConcurrentHashMap<>();

    private TencentClient(ClientSettings settings, Credential credential, AccessKeyInUse.Source source) {
        this.settings = settings;
        this.credential = credential;
        this.calls = new TencentCalls(new AccessKeyInUse(credential.getSecretId(), source));
        this.tags = new TencentTags(settings, credential, calls);
    }

    /**
     * A client signing with this key.
     *
     * @param source where the key was found, for a denial's words
     */
    public static TencentClient withKey(ClientSettings settings, AccessKey key, AccessKeyInUse.Source source) {
        return new TencentClient(settings, key.securityToken() == null ? new Credential(key.id(), key.secret())
                : new Credential(key.id(), key.secret(), key.securityToken()), source);
    }

    /**
     * A client on the SDK's default credential chain (the profile file {@code ~/.tencentcloud/credentials}, the CVM
     * instance's role, TKE's OIDC), when it finds credentials within 5 seconds.
     *
     * @return empty when the chain finds none
     */
    public static Optional<TencentClient> withDefaultChain(ClientSettings settings) {
        return Answers.askChain("tencent", CHAIN_TIMEOUT, () -> new DefaultCredentialsProvider().getCredentials())
                .filter(found -> found.getSecretId() != null && !found.getSecretId().isEmpty())
                .map(found -> new TencentClient(settings, found, AccessKeyInUse.Source.SDK_DEFAULT_CHAIN));
    }

    /** What the SDK's default chain is, for the message of a missing credential. */
    public static String defaultChain() {
        return "the Tencent Cloud SDK's default chain (the profile file ~/.tencentcloud/credentials, the CVM"
                + " instance's CAM role, TKE's OIDC)";
    }

    /** The endpoint a region's calls go to. */
    String endpoint(String regionId) {
        return settings.hostAndPort().orElse(regionId != null && regionId.endsWith("-fsi")
                ? "cvm." + regionId + ".tencentcloudapi.com" : PUBLIC_ENDPOINT);
    }

    /** ImportKeyPair; Tencent answers the KeyId alone, and no fingerprint. */
    public ImportKeyPairResponse importKeyPair(TencentImportKeyPairRequest request) throws StoreException {
        ImportKeyPairRequest sdkRequest = new ImportKeyPairRequest();
        sdkRequest.setKeyName(request.name());
        sdkRequest.setPublicKey(request.publicKey());
        sdkRequest.setProjectId(request.projectId());
        sdkRequest.setTagSpecification(tagSpecification(request.tags()));
        com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairResponse response = call(ApiCall.IMPORT_KEY_PAIR,
                request.regionId(), client -> client.ImportKeyPair(sdkRequest));
        return new ImportKeyPairResponse(response.getRequestId(), request.name(), null, response.getKeyId());
    }

    /** CreateKeyPair: the answer carries the key pair with its private key, returned this once. */
    public CreateKeyPairResponse createKeyPair(TencentCreateKeyPairRequest request) throws StoreException {
        CreateKeyPairRequest sdkRequest = new CreateKeyPairRequest();
        sdkRequest.setKeyName(request.name());
        sdkRequest.setProjectId(request.projectId());
        sdkRequest.setTagSpecification(tagSpecification(request.tags()));
        com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairResponse response = call(ApiCall.CREATE_KEY_PAIR,
                request.regionId(), client -> {
                    var answer = client.CreateKeyPair(sdkRequest);
                    if (answer.getKeyPair() == null || answer.getKeyPair().getPrivateKey() == null) {
                        // Created, perhaps, but its key is not in the answer: never tried again (apply.md).
                        throw new StoreUnavailableException("tencent CreateKeyPair answered without the private key",
                                null);
                    }
                    return answer;
                });
        KeyPair created = response.getKeyPair();
        PrivateKeyPem privateKey = new PrivateKeyPem(created.getPrivateKey());
        created.setPrivateKey(null);
        String publicKey = Answers.publicKeyLine(created.getPublicKey());
        return new CreateKeyPairResponse(response.getRequestId(), created.getKeyName(), md5(publicKey),
                created.getKeyId(), privateKey, publicKey, Answers.instant(created.getCreatedTime()));
    }

    /** DescribeKeyPairs, one page. */
    public DescribeKeyPairsResponse describeKeyPairs(TencentDescribeKeyPairsRequest request) throws StoreException {
        DescribeKeyPairsRequest sdkRequest = new DescribeKeyPairsRequest();
        if (request.keyIds() != null && !request.keyIds().isEmpty()) {
            sdkRequest.setKeyIds(request.keyIds().toArray(String[]::new));
        }
        if (request.filters() != null && !request.filters().isEmpty()) {
            sdkRequest.setFilters(request.filters().stream().map(filter -> {
                Filter sdkFilter = new Filter();
                sdkFilter.setName(filter.name());
                sdkFilter.setValues(filter.values().toArray(String[]::new));
                return sdkFilter;
            }).toArray(Filter[]::new));
        }
        sdkRequest.setOffset(request.offset() == null ? null : request.offset().longValue());
        sdkRequest.setLimit(request.limit() == null ? null : request.limit().longValue());
        com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsResponse response = call(ApiCall.DESCRIBE_KEY_PAIRS,
                request.regionId(), client -> client.DescribeKeyPairs(sdkRequest));
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        if (response.getKeyPairSet() != null) {
            for (KeyPair keyPair : response.getKeyPairSet()) {
                keyPairs.add(stored(request.regionId(), keyPair));
            }
        }
        int limit = request.limitOrDefault();
        long total = response.getTotalCount() == null ? 0 : response.getTotalCount();
        return new DescribeKeyPairsResponse(response.getRequestId(), keyPairs, (int) Math.min(total, Integer.MAX_VALUE),
                request.offsetOrDefault() / Math.max(limit, 1) + 1, limit);
    }

    /** DeleteKeyPairs: all of them or, refused, none. */
    public DeleteKeyPairsResponse deleteKeyPairs(TencentDeleteKeyPairsRequest request) throws StoreException {
        DeleteKeyPairsRequest sdkRequest = new DeleteKeyPairsRequest();
        sdkRequest.setKeyIds(request.keyIds() == null ? null : request.keyIds().toArray(String[]::new));
        String requestId = call(ApiCall.DELETE_KEY_PAIRS, request.regionId(),
                client -> client.DeleteKeyPairs(sdkRequest)).getRequestId();
        return new DeleteKeyPairsResponse(requestId, request.keyIds() == null ? List.of() : request.keyIds());
    }

    /**
     * ModifyKeyPairAttribute: renames and describes a key pair in place, by its KeyId; a name or description left
     * null is not sent, and stays as it is.
     */
    public Acknowledgement modifyKeyPairAttribute(ModifyKeyPairAttributeRequest request) throws StoreException {
        com.tencentcloudapi.cvm.v20170312.models.ModifyKeyPairAttributeRequest sdkRequest =
                new com.tencentcloudapi.cvm.v20170312.models.ModifyKeyPairAttributeRequest();
        sdkRequest.setKeyId(request.keyId());
        sdkRequest.setKeyName(request.keyName());
        sdkRequest.setDescription(request.description());
        return new Acknowledgement(call(ApiCall.MODIFY_KEY_PAIR_ATTRIBUTE, request.regionId(),
                client -> client.ModifyKeyPairAttribute(sdkRequest).getRequestId()));
    }

    /** ModifyResourceTags of Tencent Cloud's Tag API: a key pair's tags changed in place. */
    public Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) throws StoreException {
        return tags.modifyResourceTags(request);
    }

    /** Where the Tag API's calls go. */
    String tagEndpoint() {
        return tags.endpoint();
    }

    /**
     * A described key pair as the store's records hold it: its tags ({@code Tags}), description and the instances it
     * is bound to ({@code AssociatedInstanceIds}) with it. An empty description is none.
     */
    static StoredKeyPair stored(String regionId, KeyPair keyPair) {
        String publicKey = Answers.publicKeyLine(keyPair.getPublicKey());
        Map<String, String> tags = new LinkedHashMap<>();
        if (keyPair.getTags() != null) {
            for (com.tencentcloudapi.cvm.v20170312.models.Tag tag : keyPair.getTags()) {
                if (tag != null && tag.getKey() != null) {
                    tags.put(tag.getKey(), tag.getValue() == null ? "" : tag.getValue());
                }
            }
        }
        String description = keyPair.getDescription() == null || keyPair.getDescription().isEmpty() ? null
                : keyPair.getDescription();
        List<String> instances = keyPair.getAssociatedInstanceIds() == null ? List.of()
                : Arrays.stream(keyPair.getAssociatedInstanceIds()).filter(id -> id != null && !id.isEmpty()).toList();
        return new StoredKeyPair(Provider.TENCENT, regionId, keyPair.getKeyName(), publicKey, md5(publicKey),
                keyPair.getKeyId(), tags, null, keyPair.getProjectId(), Answers.instant(keyPair.getCreatedTime()),
                description, instances);
    }

    /** A request's tags as the one {@code TagSpecification} of resource type {@code keypair}; null for none. */
    static TagSpecification[] tagSpecification(List<Tag> tags) {
        if (tags == null || tags.isEmpty()) {
            return null;
        }
        TagSpecification specification = new TagSpecification();
        specification.setResourceType(KEY_PAIR_RESOURCE_TYPE);
        specification.setTags(tags.stream().map(tag -> {
            com.tencentcloudapi.cvm.v20170312.models.Tag sdkTag = new com.tencentcloudapi.cvm.v20170312.models.Tag();
            sdkTag.setKey(tag.key());
            sdkTag.setValue(tag.value());
            return sdkTag;
        }).toArray(com.tencentcloudapi.cvm.v20170312.models.Tag[]::new));
        return new TagSpecification[] {specification};
    }

    /** The MD5 fingerprint of a public key, as the store's records carry it; Tencent answers none. */
    private static String md5(String publicKey) {
        return PublicKeyReader.readIfKey(publicKey).map(key -> key.fingerprints().md5()).orElse("");
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T call(CvmClient client) throws TencentCloudSDKException, StoreUnavailableException;
    }

    private <T> T call(ApiCall apiCall, String regionId, SdkCall<T> call) throws StoreException {
        return calls.call(apiCall, endpoint(regionId), () -> call.call(client(regionId)));
    }

    private CvmClient client(String regionId) {
        String region = regionId == null ? "" : regionId;
        return clients.computeIfAbsent(region, r -> new CvmClient(credential, r, TencentCalls.profile(settings,
                endpoint(r))));
    }
}
