package dev.keypairs.cloud.alibaba;

import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateKeyPairResponseBody;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairResponseBody;
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

/**
 * Alibaba Cloud ECS 2014-05-26 through its official SDK, {@code com.aliyun:ecs20140526} (clouds.md): one SDK client per
 * region, each at the endpoint the SDK resolves for it (or the one endpoint given), signed ACS3-HMAC-SHA256 by the
 * SDK. The SDK's retries stay off ({@code autoretry=false}); {@code dev.keypairs.store.StoreCalls} retries. Besides the
 * key pair calls, DescribeInstances by {@code KeyPairName} tells which instances a key pair is bound to.
 */
public final class AlibabaClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the SDK's chain may look (an OIDC or instance-role step asks the network). */
    private static final Duration CHAIN_TIMEOUT = Duration.ofSeconds(5);
    /** DescribeInstances' largest page ({@code MaxResults}). */
    private static final int INSTANCES_PAGE = 100;

    private final AlibabaCalls calls;
    private final RuntimeOptions runtime;

    private AlibabaClient(ClientSettings settings, AlibabaCalls.Credentials credentials) {
        this.calls = new AlibabaCalls(settings, credentials);
        this.runtime = calls.runtime();
    }

    /**
     * A client signing with this key.
     *
     * @param source where the key was found, for a denial's words
     */
    public static AlibabaClient withKey(ClientSettings settings, AccessKey key, AccessKeyInUse.Source source) {
        return new AlibabaClient(settings, new AlibabaCalls.Credentials(key, null,
                new AccessKeyInUse(key.id(), source)));
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
                .map(found -> new AlibabaClient(settings, new AlibabaCalls.Credentials(null, chain,
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

    /**
     * The instances bound to a key pair: DescribeInstances by {@code KeyPairName} in its region, {@code MaxResults}
     * 100 a page, the next page asked for with the {@code NextToken} of the last until none comes back.
     *
     * @return the instances' ids; empty when none is bound
     */
    public List<String> instancesBoundTo(String regionId, String keyPairName) throws StoreException {
        List<String> instances = new ArrayList<>();
        String nextToken = null;
        do {
            DescribeInstancesRequest sdkRequest = new DescribeInstancesRequest().setRegionId(regionId)
                    .setKeyPairName(keyPairName).setMaxResults(INSTANCES_PAGE).setNextToken(nextToken);
            DescribeInstancesResponseBody body = call(ApiCall.DESCRIBE_INSTANCES, regionId,
                    client -> client.describeInstancesWithOptions(sdkRequest, runtime).getBody());
            List<String> page = instanceIds(body);
            instances.addAll(page);
            String next = body == null ? null : body.getNextToken();
            // A token that does not move on, or a page that came back empty, ends it: never a loop on a broken answer.
            nextToken = next == null || next.isEmpty() || next.equals(nextToken) || page.isEmpty() ? null : next;
        } while (nextToken != null);
        return List.copyOf(instances);
    }

    /** The ids of the instances of one DescribeInstances page. */
    static List<String> instanceIds(DescribeInstancesResponseBody body) {
        if (body == null || body.getInstances() == null || body.getInstances().getInstance() == null) {
            return List.of();
        }
        return body.getInstances().getInstance().stream()
                .map(DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance::getInstanceId)
                .filter(id -> id != null && !id.isEmpty()).toList();
    }

    private <T> T call(ApiCall apiCall, String regionId, AlibabaCalls.SdkCall<T> call) throws StoreException {
        return calls.call(apiCall.action(), regionId, call);
    }

    /** Where a region's calls go: the endpoint given, else the one the SDK resolves for the region. */
    String where(String regionId) {
        return calls.where(regionId);
    }
}
