package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.keypairs.emulator.auth.Credentials;

/**
 * Tencent Cloud's Tag API (2018-08-13) through the official Java SDK's {@code CommonClient} (TC3, POST with a JSON
 * body), pointed at an emulator: Tencent publishes no Tag module of its Java SDK on Maven Central, and the common
 * client signs and sends any action of any of its APIs.
 */
final class TagWire {

    static final ObjectMapper JSON = new ObjectMapper();

    private final CommonClient client;

    TagWire(String hostAndPort, String region) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(hostAndPort);
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setConnTimeout(5);
        http.setReadTimeout(10);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        client = new CommonClient("tag", "2018-08-13", new Credential(Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET), region, profile);
    }

    /** The answer's fields (inside {@code Response}); a refusal is thrown as the SDK throws it. */
    JsonNode call(String action, ObjectNode body) throws Exception {
        JsonNode response = JSON.readTree(client.call(action, JSON.writeValueAsString(body))).path("Response");
        if (response.has("Error")) {
            throw new TencentCloudSDKException(response.path("Error").path("Message").asText(),
                    response.path("RequestId").asText(), response.path("Error").path("Code").asText());
        }
        return response;
    }

    /** A new request body. */
    static ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** The six-segment name of a key pair, the uin left empty as Terraform's provider leaves it. */
    static String resource(String region, String keyId) {
        return "qcs::cvm:" + region + ":uin/:keypair/" + keyId;
    }
}
