package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsResponse;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.provider.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conformance suite through {@code com.aliyun:aliyun-java-sdk-ecs}, which signs HMAC-SHA1; and its XML. */
class ClassicSdkTest extends AlibabaSdkConformance {

    @Override
    AlibabaSdk sdk(String hostAndPort, String accessKeyId, String secret) {
        return new ClassicSdk(hostAndPort, accessKeyId, secret);
    }

    @Test
    void getIsServedAsPostIs() throws Exception {
        sdk.importKeyPair(HANGZHOU, "by-get", RSA, null, null);
        IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(HANGZHOU, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET));
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setSysEndpoint(emulator.hostAndPort());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysMethod(MethodType.GET);
        request.setKeyPairName("by-*");
        assertEquals(1, client.getAcsResponse(request).getTotalCount());
    }

    @Test
    void formatXmlAnswersAndRefusesInXml() throws Exception {
        sdk.importKeyPair(HANGZHOU, "in-xml", RSA, List.of(new Tag("env", "prod"), new Tag("team", "x & y")), "rg-xml");
        IAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile(HANGZHOU, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET));
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setSysEndpoint(emulator.hostAndPort());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysAcceptFormat(FormatType.XML);
        request.setIncludePublicKey(true);
        DescribeKeyPairsResponse response = client.getAcsResponse(request);
        assertEquals(1, response.getTotalCount());
        DescribeKeyPairsResponse.KeyPair keyPair = response.getKeyPairs().get(0);
        assertEquals("in-xml", keyPair.getKeyPairName());
        assertEquals("rg-xml", keyPair.getResourceGroupId());
        assertEquals(List.of("env=prod", "team=x & y"), keyPair.getTags().stream()
                .map(tag -> tag.getTagKey() + "=" + tag.getTagValue()).toList());

        request.setPageSize(51);
        ClientException refused = assertThrows(ClientException.class, () -> client.getAcsResponse(request));
        assertEquals("InvalidParameter", refused.getErrCode(), refused.getMessage());
    }
}
