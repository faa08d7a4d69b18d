package dev.keypairs.cloud.tencent;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.Acknowledgement;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tencent Cloud's Tag API 2018-08-13 for key pairs (clouds.md): {@code ModifyResourceTags} on
 * {@code qcs::cvm:REGION:uin/:keypair/KEYID}, through the official SDK's generic client ({@link CommonClient} of
 * {@code tencentcloud-sdk-java-common}: Tencent publishes no Tag artifact of the modular SDK to Maven Central), signed
 * TC3 as the SDK signs: for the service named by the first label of the endpoint's host ({@code tag} at the public
 * endpoint). The API has one public endpoint for every region, {@code tag.tencentcloudapi.com}; an endpoint given
 * takes these calls as it takes CVM's (the emulator tells the two apart by {@code X-TC-Version} and action, since
 * at {@code 127.0.0.1} the SDK signs both as {@code 127}).
 */
final class TencentTags {

    /** The Tag API's one public endpoint. */
    static final String PUBLIC_ENDPOINT = "tag.tencentcloudapi.com";
    /** The API's product name, which the SDK signs as the service, and its version. */
    private static final String SERVICE = "tag";
    private static final String VERSION = "2018-08-13";

    private final ClientSettings settings;
    private final Credential credential;
    private final TencentCalls calls;
    private final Map<String, CommonClient> clients = new ConcurrentHashMap<>();

    TencentTags(ClientSettings settings, Credential credential, TencentCalls calls) {
        this.settings = settings;
        this.credential = credential;
        this.calls = calls;
    }

    /** Where the Tag API's calls go. */
    String endpoint() {
        return settings.hostAndPort().orElse(PUBLIC_ENDPOINT);
    }

    /**
     * ModifyResourceTags of one key pair: {@code ReplaceTags} and {@code DeleteTags} in one call, each left out
     * when empty (the API refuses an empty list).
     */
    Acknowledgement modifyResourceTags(ModifyResourceTagsRequest request) throws StoreException {
        String body = body(request);
        return new Acknowledgement(calls.call(ApiCall.MODIFY_RESOURCE_TAGS, endpoint(), () -> requestId(
                client(request.regionId()).commonRequest(new CommonRequest(body), ApiCall.MODIFY_RESOURCE_TAGS.action()))));
    }

    /** The six-segment name of a key pair, as the Tag API takes it (the account's uin left out, as it may be). */
    static String resource(String regionId, String keyId) {
        return "qcs::cvm:" + (regionId == null ? "" : regionId) + ":uin/:keypair/" + (keyId == null ? "" : keyId);
    }

    /** The parameters of a ModifyResourceTags call, as JSON. */
    static String body(ModifyResourceTagsRequest request) {
        JsonObject body = new JsonObject();
        body.addProperty("Resource", resource(request.regionId(), request.keyId()));
        if (!request.replaceTags().isEmpty()) {
            JsonArray replace = new JsonArray();
            for (Tag tag : request.replaceTags()) {
                JsonObject item = new JsonObject();
                item.addProperty("TagKey", tag.key());
                item.addProperty("TagValue", tag.value());
                replace.add(item);
            }
            body.add("ReplaceTags", replace);
        }
        if (!request.deleteTagKeys().isEmpty()) {
            JsonArray delete = new JsonArray();
            for (String key : request.deleteTagKeys()) {
                JsonObject item = new JsonObject();
                item.addProperty("TagKey", key);
                delete.add(item);
            }
            body.add("DeleteTags", delete);
        }
        return body.toString();
    }

    /**
     * The RequestId of an answer ({@code {"Response": {"RequestId": ...}}}); the SDK has already turned an answer
     * carrying an {@code Error} into a refusal.
     *
     * @throws IllegalStateException for an answer of another shape, which {@link TencentCalls} takes as unreadable
     * @throws com.google.gson.JsonParseException for an answer that is not JSON, taken so too
     */
    static String requestId(String answer) {
        JsonElement parsed = JsonParser.parseString(answer == null ? "" : answer);
        JsonElement response = parsed.isJsonObject() ? parsed.getAsJsonObject().get("Response") : null;
        JsonElement requestId = response != null && response.isJsonObject()
                ? response.getAsJsonObject().get("RequestId") : null;
        if (requestId == null || !requestId.isJsonPrimitive()) {
            throw new IllegalStateException("an answer without its RequestId");
        }
        return requestId.getAsString();
    }

    private CommonClient client(String regionId) {
        String region = regionId == null ? "" : regionId;
        return clients.computeIfAbsent(region, r -> new CommonClient(SERVICE, VERSION, credential, r,
                TencentCalls.profile(settings, endpoint())));
    }
}
