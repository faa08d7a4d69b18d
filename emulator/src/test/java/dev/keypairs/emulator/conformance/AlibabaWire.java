package dev.keypairs.emulator.conformance;

import com.aliyun.ecs20140526.Client;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.alibaba.AlibabaEcsApi;
import dev.keypairs.emulator.auth.Credentials;
import java.util.Map;

/**
 * Any ECS action with any parameters, sent by Alibaba's official Tea SDK ({@code com.aliyun:ecs20140526}, its
 * generic {@code callApi}, signed ACS3-HMAC-SHA256) as a user's own code would send it, the answer kept raw.
 */
final class AlibabaWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Client client;

    AlibabaWire(String hostAndPort) throws Exception {
        client = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(hostAndPort).setProtocol("http")
                .setRegionId("cn-hangzhou").setConnectTimeout(5_000).setReadTimeout(10_000));
    }

    /** The action called with these parameters, flattened as the RPC API takes them ({@code Tag.1.Key}). */
    WireAnswer call(String action, Map<String, String> parameters) throws Exception {
        Params params = new Params().setAction(action).setVersion(AlibabaEcsApi.VERSION).setProtocol("HTTP")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData")
                .setBodyType("string");
        try {
            Map<String, ?> answer = client.callApi(params, new OpenApiRequest().setQuery(parameters),
                    new RuntimeOptions().setAutoretry(false));
            return new WireAnswer(JSON.readTree(String.valueOf(answer.get("body"))), null, 0);
        } catch (TeaException refusal) {
            return new WireAnswer(null, refusal.getCode(), refusal.getStatusCode() == null ? -1 : refusal.getStatusCode());
        }
    }
}
