package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.keypairs.emulator.auth.Credentials;

/**
 * Any action of a Tencent Cloud API with any parameters, sent by Tencent's official Java SDK (its
 * {@code CommonClient}, signed TC3-HMAC-SHA256, POST with a JSON body) as a user's own code would send it, the
 * answer kept raw.
 */
final class TencentWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String hostAndPort;
    private final String service;
    private final String version;
    private final String secretId;
    private final String secretKey;

    TencentWire(String hostAndPort, String service, String version) {
        this(hostAndPort, service, version, Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET);
    }

    /** Calls signed with this key. */
    TencentWire(String hostAndPort, String service, String version, String secretId, String secretKey) {
        this.hostAndPort = hostAndPort;
        this.service = service;
        this.version = version;
        this.secretId = secretId;
        this.secretKey = secretKey;
    }

    /** The action called in a region with this JSON body. */
    WireAnswer call(String region, String action, JsonNode body) throws Exception {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(hostAndPort);
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setConnTimeout(5);
        http.setReadTimeout(10);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CommonClient client = new CommonClient(service, version,
                new Credential(secretId, secretKey), region, profile);
        try {
            JsonNode answer = JSON.readTree(client.call(action, JSON.writeValueAsString(body))).path("Response");
            if (answer.has("Error")) {
                return new WireAnswer(null, answer.path("Error").path("Code").asText(), 0);
            }
            return new WireAnswer(answer, null, 0);
        } catch (TencentCloudSDKException refusal) {
            return new WireAnswer(null, refusal.getErrorCode(), 0);
        }
    }
}
