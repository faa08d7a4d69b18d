package dev.keypairs.emulator.alibaba;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateKeyPairResponseBody;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody;
import com.aliyun.ecs20140526.models.DescribeRegionsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairResponseBody;
import com.aliyun.ecs20140526.models.JoinResourceGroupRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.ecs20140526.models.UntagResourcesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.keypairs.provider.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code com.aliyun:ecs20140526} (Tea, ACS3-HMAC-SHA256), pointed at the emulator. */
final class TeaSdk implements AlibabaSdk {

    private final Client client;

    TeaSdk(String hostAndPort, String accessKeyId, String secret) throws Exception {
        this.client = new Client(new Config().setAccessKeyId(accessKeyId).setAccessKeySecret(secret)
                .setEndpoint(hostAndPort).setProtocol("http").setRegionId("cn-hangzhou")
                .setConnectTimeout(5_000).setReadTimeout(10_000));
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T sdk(Call<T> call) throws SdkError {
        try {
            return call.run();
        } catch (TeaException e) {
            Object requestId = e.getData() == null ? null : e.getData().get("RequestId");
            throw new SdkError(e.getCode(), e.getStatusCode() == null ? -1 : e.getStatusCode(), e.getMessage(),
                    requestId == null ? null : requestId.toString(), e);
        } catch (Exception e) {
            throw new AssertionError("the SDK failed without an API error", e);
        }
    }

    @Override
    public String signatureMismatchCode() {
        return "SignatureDoesNotMatch";
    }

    @Override
    public boolean reportsStatus() {
        return true;
    }

    @Override
    public Imported importKeyPair(String regionId, String name, String publicKey, List<Tag> tags,
            String resourceGroupId) throws SdkError {
        ImportKeyPairRequest request = new ImportKeyPairRequest().setRegionId(regionId).setKeyPairName(name)
                .setPublicKeyBody(publicKey).setResourceGroupId(resourceGroupId)
                .setTag(tags == null ? null : tags.stream().map(tag -> new ImportKeyPairRequest.ImportKeyPairRequestTag()
                        .setKey(tag.key()).setValue(tag.value())).toList());
        ImportKeyPairResponseBody body = sdk(() -> client.importKeyPair(request).getBody());
        return new Imported(body.getRequestId(), body.getKeyPairName(), body.getKeyPairFingerPrint());
    }

    @Override
    public Created createKeyPair(String regionId, String name, List<Tag> tags, String resourceGroupId)
            throws SdkError {
        CreateKeyPairRequest request = new CreateKeyPairRequest().setRegionId(regionId).setKeyPairName(name)
                .setResourceGroupId(resourceGroupId)
                .setTag(tags == null ? null : tags.stream().map(tag -> new CreateKeyPairRequest.CreateKeyPairRequestTag()
                        .setKey(tag.key()).setValue(tag.value())).toList());
        CreateKeyPairResponseBody body = sdk(() -> client.createKeyPair(request).getBody());
        return new Created(body.getRequestId(), body.getKeyPairName(), body.getKeyPairFingerPrint(),
                body.getPrivateKeyBody(), body.getKeyPairId());
    }

    @Override
    public Page describeKeyPairs(Query query) throws SdkError {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest().setRegionId(query.regionId())
                .setKeyPairName(query.name()).setKeyPairFingerPrint(query.fingerprint())
                .setResourceGroupId(query.resourceGroupId()).setIncludePublicKey(query.includePublicKey())
                .setPageNumber(query.pageNumber()).setPageSize(query.pageSize())
                .setTag(query.tags() == null ? null : query.tags().stream().map(tag ->
                        new DescribeKeyPairsRequest.DescribeKeyPairsRequestTag().setKey(tag.key()).setValue(tag.value()))
                        .toList());
        DescribeKeyPairsResponseBody body = sdk(() -> client.describeKeyPairs(request).getBody());
        List<KeyPair> keyPairs = body.getKeyPairs().getKeyPair().stream().map(keyPair -> {
            Map<String, String> tags = new LinkedHashMap<>();
            keyPair.getTags().getTag().forEach(tag -> tags.put(tag.getTagKey(), tag.getTagValue()));
            return new KeyPair(keyPair.getKeyPairName(), keyPair.getKeyPairFingerPrint(), keyPair.getCreationTime(),
                    keyPair.getResourceGroupId(), keyPair.getPublicKey(), tags);
        }).toList();
        return new Page(body.getRequestId(), body.getTotalCount(), body.getPageNumber(), body.getPageSize(), keyPairs);
    }

    @Override
    public String deleteKeyPairs(String regionId, String keyPairNames) throws SdkError {
        return sdk(() -> client.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(regionId)
                .setKeyPairNames(keyPairNames)).getBody().getRequestId());
    }

    @Override
    public String tagResources(String regionId, String resourceType, List<String> names, List<Tag> tags)
            throws SdkError {
        return sdk(() -> client.tagResources(new TagResourcesRequest().setRegionId(regionId)
                .setResourceType(resourceType).setResourceId(names)
                .setTag(tags.stream().map(tag -> new TagResourcesRequest.TagResourcesRequestTag().setKey(tag.key())
                        .setValue(tag.value())).toList())).getBody().getRequestId());
    }

    @Override
    public String untagResources(String regionId, List<String> names, List<String> tagKeys, Boolean all)
            throws SdkError {
        return sdk(() -> client.untagResources(new UntagResourcesRequest().setRegionId(regionId)
                .setResourceType("keypair").setResourceId(names).setTagKey(tagKeys).setAll(all))
                .getBody().getRequestId());
    }

    @Override
    public String joinResourceGroup(String regionId, String name, String resourceGroupId) throws SdkError {
        return sdk(() -> client.joinResourceGroup(new JoinResourceGroupRequest().setRegionId(regionId)
                .setResourceType("keypair").setResourceId(name).setResourceGroupId(resourceGroupId))
                .getBody().getRequestId());
    }

    @Override
    public List<String> describeRegions() throws SdkError {
        return sdk(() -> client.describeRegions(new DescribeRegionsRequest()).getBody().getRegions().getRegion()
                .stream().map(region -> region.getRegionId()).toList());
    }

    @Override
    public String call(String action, Map<String, String> parameters) throws SdkError {
        Params params = new Params().setAction(action).setVersion(AlibabaEcsApi.VERSION).setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("json");
        return sdk(() -> String.valueOf(((Map<?, ?>) client.callApi(params,
                new OpenApiRequest().setQuery(parameters), new RuntimeOptions()).get("body")).get("RequestId")));
    }
}
