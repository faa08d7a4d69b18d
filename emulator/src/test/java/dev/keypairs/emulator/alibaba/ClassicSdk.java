package dev.keypairs.emulator.alibaba;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateKeyPairRequest;
import com.aliyuncs.ecs.model.v20140526.CreateKeyPairResponse;
import com.aliyuncs.ecs.model.v20140526.DeleteKeyPairsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeRegionsRequest;
import com.aliyuncs.ecs.model.v20140526.ImportKeyPairRequest;
import com.aliyuncs.ecs.model.v20140526.ImportKeyPairResponse;
import com.aliyuncs.ecs.model.v20140526.JoinResourceGroupRequest;
import com.aliyuncs.ecs.model.v20140526.TagResourcesRequest;
import com.aliyuncs.ecs.model.v20140526.UntagResourcesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.keypairs.provider.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code com.aliyun:aliyun-java-sdk-ecs} over {@code aliyun-java-sdk-core} (HMAC-SHA1), pointed at the emulator. */
final class ClassicSdk implements AlibabaSdk {

    private final IAcsClient client;
    private final String hostAndPort;

    ClassicSdk(String hostAndPort, String accessKeyId, String secret) {
        this.hostAndPort = hostAndPort;
        this.client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
    }

    private <T extends AcsResponse> T sdk(AcsRequest<T> request, String regionId) throws SdkError {
        request.setSysEndpoint(hostAndPort);
        request.setSysProtocol(ProtocolType.HTTP);
        if (regionId != null) {
            request.setSysRegionId(regionId);
        }
        try {
            return client.getAcsResponse(request);
        } catch (ServerException e) {
            throw new SdkError(e.getErrCode(), -1, e.getErrMsg(), e.getRequestId(), e);
        } catch (ClientException e) {
            throw new SdkError(e.getErrCode(), -1, e.getErrMsg(), e.getRequestId(), e);
        }
    }

    @Override
    public String signatureMismatchCode() {
        return "SDK.InvalidAccessKeySecret";
    }

    @Override
    public boolean reportsStatus() {
        return false;
    }

    @Override
    public Imported importKeyPair(String regionId, String name, String publicKey, List<Tag> tags,
            String resourceGroupId) throws SdkError {
        ImportKeyPairRequest request = new ImportKeyPairRequest();
        request.setKeyPairName(name);
        request.setPublicKeyBody(publicKey);
        request.setResourceGroupId(resourceGroupId);
        if (tags != null) {
            request.setTags(tags.stream().map(tag -> {
                ImportKeyPairRequest.Tag t = new ImportKeyPairRequest.Tag();
                t.setKey(tag.key());
                t.setValue(tag.value());
                return t;
            }).toList());
        }
        ImportKeyPairResponse response = sdk(request, regionId);
        return new Imported(response.getRequestId(), response.getKeyPairName(), response.getKeyPairFingerPrint());
    }

    @Override
    public Created createKeyPair(String regionId, String name, List<Tag> tags, String resourceGroupId)
            throws SdkError {
        CreateKeyPairRequest request = new CreateKeyPairRequest();
        request.setKeyPairName(name);
        request.setResourceGroupId(resourceGroupId);
        if (tags != null) {
            request.setTags(tags.stream().map(tag -> {
                CreateKeyPairRequest.Tag t = new CreateKeyPairRequest.Tag();
                t.setKey(tag.key());
                t.setValue(tag.value());
                return t;
            }).toList());
        }
        CreateKeyPairResponse response = sdk(request, regionId);
        return new Created(response.getRequestId(), response.getKeyPairName(), response.getKeyPairFingerPrint(),
                response.getPrivateKeyBody(), response.getKeyPairId());
    }

    @Override
    public Page describeKeyPairs(Query query) throws SdkError {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setKeyPairName(query.name());
        request.setKeyPairFingerPrint(query.fingerprint());
        request.setResourceGroupId(query.resourceGroupId());
        request.setIncludePublicKey(query.includePublicKey());
        request.setPageNumber(query.pageNumber());
        request.setPageSize(query.pageSize());
        if (query.tags() != null) {
            request.setTags(query.tags().stream().map(tag -> {
                DescribeKeyPairsRequest.Tag t = new DescribeKeyPairsRequest.Tag();
                t.setKey(tag.key());
                t.setValue(tag.value());
                return t;
            }).toList());
        }
        DescribeKeyPairsResponse response = sdk(request, query.regionId());
        List<KeyPair> keyPairs = response.getKeyPairs().stream().map(keyPair -> {
            Map<String, String> tags = new LinkedHashMap<>();
            keyPair.getTags().forEach(tag -> tags.put(tag.getTagKey(), tag.getTagValue()));
            return new KeyPair(keyPair.getKeyPairName(), keyPair.getKeyPairFingerPrint(), keyPair.getCreationTime(),
                    keyPair.getResourceGroupId(), keyPair.getPublicKey(), tags);
        }).toList();
        return new Page(response.getRequestId(), response.getTotalCount(), response.getPageNumber(),
                response.getPageSize(), keyPairs);
    }

    @Override
    public String deleteKeyPairs(String regionId, String keyPairNames) throws SdkError {
        DeleteKeyPairsRequest request = new DeleteKeyPairsRequest();
        request.setKeyPairNames(keyPairNames);
        return sdk(request, regionId).getRequestId();
    }

    @Override
    public String tagResources(String regionId, String resourceType, List<String> names, List<Tag> tags)
            throws SdkError {
        TagResourcesRequest request = new TagResourcesRequest();
        request.setResourceType(resourceType);
        request.setResourceIds(names);
        request.setTags(tags.stream().map(tag -> {
            TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
            t.setKey(tag.key());
            t.setValue(tag.value());
            return t;
        }).toList());
        return sdk(request, regionId).getRequestId();
    }

    @Override
    public String untagResources(String regionId, List<String> names, List<String> tagKeys, Boolean all)
            throws SdkError {
        UntagResourcesRequest request = new UntagResourcesRequest();
        request.setResourceType("keypair");
        request.setResourceIds(names);
        request.setTagKeys(tagKeys);
        request.setAll(all);
        return sdk(request, regionId).getRequestId();
    }

    @Override
    public String joinResourceGroup(String regionId, String name, String resourceGroupId) throws SdkError {
        JoinResourceGroupRequest request = new JoinResourceGroupRequest();
        request.setResourceType("keypair");
        request.setResourceId(name);
        request.setResourceGroupId(resourceGroupId);
        return sdk(request, regionId).getRequestId();
    }

    @Override
    public List<String> describeRegions() throws SdkError {
        return sdk(new DescribeRegionsRequest(), null).getRegions().stream().map(region -> region.getRegionId())
                .toList();
    }

    @Override
    public String call(String action, Map<String, String> parameters) throws SdkError {
        CommonRequest request = new CommonRequest();
        request.setSysDomain(hostAndPort);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysMethod(MethodType.POST);
        request.setSysVersion(AlibabaEcsApi.VERSION);
        request.setSysAction(action);
        parameters.forEach(request::putQueryParameter);
        try {
            String body = client.getCommonResponse(request).getData();
            return body;
        } catch (ServerException e) {
            throw new SdkError(e.getErrCode(), -1, e.getErrMsg(), e.getRequestId(), e);
        } catch (ClientException e) {
            throw new SdkError(e.getErrCode(), -1, e.getErrMsg(), e.getRequestId(), e);
        }
    }
}
