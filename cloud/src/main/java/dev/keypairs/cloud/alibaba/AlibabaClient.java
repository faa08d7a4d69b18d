package dev.keypairs.cloud.alibaba;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateKeyPairResponseBody;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.cloud.client.Answers;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.provider.AlibabaCreateKeyPairRequest;
import dev.keypairs.provider.AlibabaImportKeyPairRequest;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.AlibabaDeleteKeyPairsRequest;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.CreateKeyPairResponse;
import dev.keypairs.store.DeleteKeyPairsResponse;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.ImportKeyPairResponse;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoredKeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alibaba Cloud ECS 2014-05-26 through its official SDK, {@code com.aliyun:ecs20140526} (clouds.md): one SDK client per
 * region, each at the endpoint the SDK resolves for it (or the one endpoint given), signed ACS3-HMAC-SHA256 by the
 * SDK. The SDK's retries stay off ({@code autoretry=false}); {@code dev.keypairs.store.StoreCalls} retries.
 */
public final class AlibabaClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDLE_CONNECTIONS = 32;
    /** How long the SDK's chain may look (an OIDC or instance-role step asks the network). */
    private static final Duration CHAIN_TIMEOUT = Duration.ofSeconds(5);

    private final ClientSettings settings;
    private final Credentials credentials;
    private final RuntimeOptions runtime;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    private AlibabaClient(ClientSettings settings, Credentials credentials) {
        this.settings = settings;
        this.credentials = credentials;
        // Idle connections kept for reuse: the SDK's default of 5 would make most of 16 regions' calls open a new one.
        this.runtime = new RuntimeOptions().setAutoretry(false).setMaxAttempts(0).setMaxIdleConns(IDLE_CONNECTIONS)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis());
    }

    /**
     * Where the client's credentials came from: a key given, or the SDK's default chain; and the key's id with its
     * source, which a refusal carries.
     */
    private record Credentials(AccessKey key, com.aliyun.credentials.Client chain, AccessKeyInUse inUse) {
    }

    /**
     * A client signing with this key.
     *
     * @param source where the key was found, for a denial's words
     */
    public static AlibabaClient withKey(ClientSettings settings, AccessKey key, AccessKeyInUse.Source source) {
        return new AlibabaClient(settings, new Credentials(key, null, new AccessKeyInUse(key.id(), source)));
    }

    /**
     * A client on the SDK's default credential chain ({@code ALIBABA_CLOUD_*} variables, the profile file
     * {@code ~/.alibabacloud/credentials.ini}, OIDC, the ECS instance's RAM role), when the chain finds credentials.
     *
     * @return empty when the chain finds none
     */
    public static Optional<AlibabaClient> withDefaultChain(ClientSettings settings) {
        com.aliyun.credentials.Client chain = new com.aliyun.credentials.Client();
        return Answers.askChain("alibaba", CHAIN_TIMEOUT, chain::getCredential)
                .filter(found -> found.getAccessKeyId() != null && !found.getAccessKeyId().isEmpty())
                .map(found -> new AlibabaClient(settings, new Credentials(null, chain,
                        new AccessKeyInUse(found.getAccessKeyId(), AccessKeyInUse.Source.SDK_DEFAULT_CHAIN))));
    }

    /** What the SDK's default chain is, for the message of a missing credential. */
    public static String defaultChain() {
        return "the Alibaba Cloud SDK's default chain (the profile file ~/.alibabacloud/credentials.ini or"
                + " ALIBABA_CLOUD_CREDENTIALS_FILE, OIDC with ALIBABA_CLOUD_ROLE_ARN, the ECS instance's RAM role with"
                + " ALIBABA_CLOUD_ECS_METADATA)";
    }

    /** ImportKeyPair. */
    public ImportKeyPairResponse importKeyPair(AlibabaImportKeyPairRequest request) throws StoreException {
        ImportKeyPairRequest sdkRequest = new ImportKeyPairRequest().setRegionId(request.regionId())
                .setKeyPairName(request.name()).setPublicKeyBody(request.publicKeyBody())
                .setResourceGroupId(request.resourceGroupId())
                .setTag(request.tags() == null || request.tags().isEmpty() ? null : request.tags().stream()
                        .map(tag -> new ImportKeyPairRequest.ImportKeyPairRequestTag().setKey(tag.key())
                                .setValue(tag.value())).toList());
        ImportKeyPairResponseBody body = call(ApiCall.IMPORT_KEY_PAIR, request.regionId(),
                client -> client.importKeyPairWithOptions(sdkRequest, runtime).getBody());
        return new ImportKeyPairResponse(body.getRequestId(), body.getKeyPairName(), body.getKeyPairFingerPrint(), null);
    }

    /** CreateKeyPair: the private key is held as a {@link PrivateKeyPem}, never as a string longer than needed. */
    public CreateKeyPairResponse createKeyPair(AlibabaCreateKeyPairRequest request) throws StoreException {
        CreateKeyPairRequest sdkRequest = new CreateKeyPairRequest().setRegionId(request.regionId())
                .setKeyPairName(request.name()).setResourceGroupId(request.resourceGroupId())
                .setTag(request.tags() == null || request.tags().isEmpty() ? null : request.tags().stream()
                        .map(tag -> new CreateKeyPairRequest.CreateKeyPairRequestTag().setKey(tag.key())
                                .setValue(tag.value())).toList());
        CreateKeyPairResponseBody body = call(ApiCall.CREATE_KEY_PAIR, request.regionId(), client -> {
            CreateKeyPairResponseBody answer = client.createKeyPairWithOptions(sdkRequest, runtime).getBody();
            if (answer == null || answer.getPrivateKeyBody() == null) {
                // Created, perhaps, but its key is not in the answer: never tried again (apply.md).
                throw new StoreUnavailableException("alibaba CreateKeyPair answered without the private key", null);
            }
            return answer;
        });
        PrivateKeyPem privateKey = new PrivateKeyPem(body.getPrivateKeyBody());
        body.setPrivateKeyBody(null);
        return new CreateKeyPairResponse(body.getRequestId(), body.getKeyPairName(), body.getKeyPairFingerPrint(),
                body.getKeyPairId(), privateKey, null, null);
    }

    /**
     * DescribeKeyPairs, one page. The SDK makes the call as its generated {@code describeKeyPairsWithOptions} does
     * (the same parameters, signature and endpoint), through its generic {@code callApi}, and the answer is read
     * from the parsed JSON here: the generated method's reflective mapping of 50 key pairs a page is the one cost
     * of a no-op plan that grows with the account (clouds.md).
     */
    public DescribeKeyPairsResponse describeKeyPairs(AlibabaDescribeKeyPairsRequest request) throws StoreException {
        Map<String, Object> query = new HashMap<>();
        putIfSet(query, "IncludePublicKey", request.includePublicKey());
        putIfSet(query, "KeyPairFingerPrint", request.keyPairFingerPrint());
        putIfSet(query, "KeyPairName", request.keyPairName());
        putIfSet(query, "PageNumber", request.pageNumber());
        putIfSet(query, "PageSize", request.pageSize());
        putIfSet(query, "RegionId", request.regionId());
        putIfSet(query, "ResourceGroupId", request.resourceGroupId());
        if (request.tags() != null && !request.tags().isEmpty()) {
            query.put("Tag", request.tags().stream().map(tag -> new DescribeKeyPairsRequest.DescribeKeyPairsRequestTag()
                    .setKey(tag.key()).setValue(tag.value())).toList());
        }
        Map<?, ?> body = call(ApiCall.DESCRIBE_KEY_PAIRS, request.regionId(), client -> (Map<?, ?>) client.callApi(
                DESCRIBE_KEY_PAIRS, new OpenApiRequest().setQuery(com.aliyun.openapiutil.Client.query(query)), runtime)
                .get("body"));
        List<StoredKeyPair> keyPairs = new ArrayList<>();
        for (Object item : list(map(body.get("KeyPairs")).get("KeyPair"))) {
            Map<?, ?> keyPair = map(item);
            Map<String, String> tags = new LinkedHashMap<>();
            for (Object tag : list(map(keyPair.get("Tags")).get("Tag"))) {
                Object value = map(tag).get("TagValue");
                tags.put(String.valueOf(map(tag).get("TagKey")), value == null ? "" : value.toString());
            }
            String resourceGroup = text(keyPair.get("ResourceGroupId"));
            keyPairs.add(new StoredKeyPair(Provider.ALIBABA, request.regionId(), text(keyPair.get("KeyPairName")),
                    Answers.publicKeyLine(text(keyPair.get("PublicKey"))), text(keyPair.get("KeyPairFingerPrint")),
                    null, tags, resourceGroup == null || resourceGroup.isEmpty() ? null : resourceGroup, null,
                    Answers.instant(text(keyPair.get("CreationTime")))));
        }
        return new DescribeKeyPairsResponse(text(body.get("RequestId")), keyPairs, number(body.get("TotalCount"), 0),
                number(body.get("PageNumber"), request.pageNumberOrDefault()),
                number(body.get("PageSize"), request.pageSizeOrDefault()));
    }

    /** The parameters of the SDK's own DescribeKeyPairs call, as its generated method gives them. */
    private static final Params DESCRIBE_KEY_PAIRS = new Params().setAction("DescribeKeyPairs")
            .setVersion("2014-05-26").setProtocol("HTTPS").setPathname("/").setMethod("POST").setAuthType("AK")
            .setStyle("RPC").setReqBodyType("formData").setBodyType("json");

    private static void putIfSet(Map<String, Object> query, String name, Object value) {
        if (value != null) {
            query.put(name, value);
        }
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number number ? number.intValue() : otherwise;
    }

    /**
     * DeleteKeyPairs. Alibaba answers a RequestId alone, passing over absent names without a word, so the
     * response lists every name asked for: which of them were there, the cloud does not say.
     */
    public DeleteKeyPairsResponse deleteKeyPairs(AlibabaDeleteKeyPairsRequest request) throws StoreException {
        String names;
        try {
            names = JSON.writeValueAsString(request.keyPairNames());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of names is always JSON", e);
        }
        DeleteKeyPairsRequest sdkRequest = new DeleteKeyPairsRequest().setRegionId(request.regionId())
                .setKeyPairNames(names);
        String requestId = call(ApiCall.DELETE_KEY_PAIRS, request.regionId(),
                client -> client.deleteKeyPairsWithOptions(sdkRequest, runtime).getBody().getRequestId());
        return new DeleteKeyPairsResponse(requestId, request.keyPairNames());
    }

    /** TagResources on key pairs. */
    public Acknowledgement tagResources(dev.keypairs.store.TagResourcesRequest request) throws StoreException {
        com.aliyun.ecs20140526.models.TagResourcesRequest sdkRequest = new com.aliyun.ecs20140526.models.TagResourcesRequest()
                .setRegionId(request.regionId()).setResourceType("keypair").setResourceId(request.keyPairNames())
                .setTag(request.tags().stream().map(tag -> new com.aliyun.ecs20140526.models.TagResourcesRequest
                        .TagResourcesRequestTag().setKey(tag.key()).setValue(tag.value())).toList());
        return new Acknowledgement(call(ApiCall.TAG_RESOURCES, request.regionId(),
                client -> client.tagResourcesWithOptions(sdkRequest, runtime).getBody().getRequestId()));
    }

    /** UntagResources on key pairs: {@code TagKey.N} or {@code All=true}, never both ({@code Param.Conflict}). */
    public Acknowledgement untagResources(dev.keypairs.store.UntagResourcesRequest request) throws StoreException {
        com.aliyun.ecs20140526.models.UntagResourcesRequest sdkRequest =
                new com.aliyun.ecs20140526.models.UntagResourcesRequest().setRegionId(request.regionId())
                        .setResourceType("keypair").setResourceId(request.keyPairNames())
                        .setTagKey(request.tagKeys() == null || request.tagKeys().isEmpty() ? null : request.tagKeys())
                        .setAll(request.all() ? Boolean.TRUE : null);
        return new Acknowledgement(call(ApiCall.UNTAG_RESOURCES, request.regionId(),
                client -> client.untagResourcesWithOptions(sdkRequest, runtime).getBody().getRequestId()));
    }

    /** JoinResourceGroup of a key pair. */
    public Acknowledgement joinResourceGroup(dev.keypairs.store.JoinResourceGroupRequest request) throws StoreException {
        com.aliyun.ecs20140526.models.JoinResourceGroupRequest sdkRequest =
                new com.aliyun.ecs20140526.models.JoinResourceGroupRequest().setRegionId(request.regionId())
                        .setResourceType("keypair").setResourceId(request.keyPairName())
                        .setResourceGroupId(request.resourceGroupId());
        return new Acknowledgement(call(ApiCall.JOIN_RESOURCE_GROUP, request.regionId(),
                client -> client.joinResourceGroupWithOptions(sdkRequest, runtime).getBody().getRequestId()));
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T call(Client client) throws Exception;
    }

    private <T> T call(ApiCall apiCall, String regionId, SdkCall<T> call) throws StoreException {
        Client client = client(regionId);
        try {
            return call.call(client);
        } catch (TeaException refusal) {
            if (refusal.getCode() == null || refusal.getStatusCode() == null) {
                // A TeaRetryableException: the SDK's wrapper of a connection that failed, code and status null.
                throw Answers.unanswered(Provider.ALIBABA, apiCall, where(regionId), refusal);
            }
            Map<String, Object> data = refusal.getData() == null ? Map.of() : refusal.getData();
            Object message = data.get("Message");
            Object requestId = data.get("RequestId");
            throw Answers.refusal(Provider.ALIBABA, refusal.getCode(),
                    message == null ? refusal.getMessage() : message.toString(), OptionalInt.of(refusal.getStatusCode()),
                    requestId == null ? null : requestId.toString(), credentials.inUse());
        } catch (StoreUnavailableException answeredBadly) {
            throw answeredBadly;
        } catch (Exception failure) {
            // TeaUnretryableException (connection refused, timed out, unknown host) or an answer that is not JSON.
            throw Answers.unanswered(Provider.ALIBABA, apiCall, where(regionId), failure);
        }
    }

    private Client client(String regionId) throws StoreUnavailableException {
        Client client = clients.get(regionId);
        if (client != null) {
            return client;
        }
        Config config = new Config().setRegionId(regionId)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis());
        if (credentials.key() != null) {
            config.setAccessKeyId(credentials.key().id()).setAccessKeySecret(credentials.key().secret())
                    .setSecurityToken(credentials.key().securityToken());
        } else {
            config.setCredential(credentials.chain());
        }
        settings.endpoint().ifPresent(endpoint -> config.setEndpoint(settings.hostAndPort().orElseThrow())
                .setProtocol(endpoint.getScheme()));
        try {
            client = new Client(config);
        } catch (Exception e) {
            throw new StoreUnavailableException("the Alibaba Cloud SDK cannot make a client for " + regionId + ": "
                    + e.getMessage(), e);
        }
        Client raced = clients.putIfAbsent(regionId, client);
        return raced == null ? client : raced;
    }

    /** Where a region's calls go: the endpoint given, else the one the SDK resolves for the region. */
    String where(String regionId) {
        return settings.hostAndPort().orElseGet(() -> {
            try {
                return client(regionId)._endpoint;
            } catch (StoreUnavailableException e) {
                return "the endpoint of " + regionId;
            }
        });
    }

}
