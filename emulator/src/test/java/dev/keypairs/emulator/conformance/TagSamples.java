package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.store.TestKeys;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid Tag API (2018-08-13) requests for the definition checks: each served action's smallest request that
 * succeeds, a valid value of each documented parameter, and the key pairs they name, imported through CVM on the same
 * port (the Tag API reads and writes the tags CVM's key pairs hold).
 */
final class TagSamples {

    static final String REGION = "ap-guangzhou";
    /** A region only {@link #call} reads: a request for it is signed with the read-only key ({@link #readOnly}). */
    static final String READ_ONLY = "ap-shanghai";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A request: the {@code Region} it is signed for (the Tag API's actions take none of their own: the resources
     * carry theirs) and its body.
     */
    record Request(String region, ObjectNode body) {
    }

    private final TencentWire tag;
    private final TencentWire cvm;
    private final TencentWire readOnly;
    private final AtomicInteger keys = new AtomicInteger();

    /**
     * @param emulator where the account is
     * @param readOnlyKey an access key id of that emulator whose policy allows the reads alone, and its secret
     */
    TagSamples(Emulator emulator, String readOnlyKey, String readOnlySecret) {
        tag = new TencentWire(emulator.hostAndPort(), "tag", "2018-08-13");
        cvm = new TencentWire(emulator.hostAndPort(), "cvm", "2017-03-12");
        readOnly = new TencentWire(emulator.hostAndPort(), "tag", "2018-08-13", readOnlyKey, readOnlySecret);
    }

    TencentWire wire() {
        return tag;
    }

    /** Sends the request; one for {@link #READ_ONLY} signed with the read-only key. */
    WireAnswer call(String action, Request request) throws Exception {
        return (request.region().equals(READ_ONLY) ? readOnly : tag).call(request.region(), action, request.body());
    }

    /** A key pair imported through CVM, with these tags; its KeyId. */
    String keyPair(int tagCount) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("KeyName", "tag_conformance_" + keys.incrementAndGet())
                .put("ProjectId", 0).put("PublicKey", TestKeys.rsa(keys.get()));
        if (tagCount > 0) {
            ArrayNode tags = body.putArray("TagSpecification").addObject().put("ResourceType", "keypair")
                    .putArray("Tags");
            for (int i = 0; i < tagCount; i++) {
                tags.addObject().put("Key", "held" + i).put("Value", "v" + i);
            }
        }
        WireAnswer imported = cvm.call(REGION, "ImportKeyPair", body);
        assertTrue(imported.succeeded(), imported.toString());
        return imported.body().path("KeyId").asText();
    }

    /** The six-segment name of a key pair, the uin left empty as Terraform's provider leaves it. */
    static String resource(String keyId) {
        return "qcs::cvm:" + REGION + ":uin/:keypair/" + keyId;
    }

    /** The smallest request of the action that succeeds. */
    Request base(String action) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        switch (action) {
            case "ModifyResourceTags" -> {
                body.put("Resource", resource(keyPair(1)));
                body.putArray("ReplaceTags").addObject().put("TagKey", "env").put("TagValue", "test");
            }
            case "DescribeResourceTagsByResourceIds" -> {
                body.put("ServiceType", "cvm").put("ResourcePrefix", "keypair").put("ResourceRegion", REGION);
                body.putArray("ResourceIds").add(keyPair(2));
            }
            case "TagResources" -> {
                body.putArray("ResourceList").add(resource(keyPair(0)));
                body.putArray("Tags").addObject().put("TagKey", "team").put("TagValue", "web");
            }
            case "UnTagResources" -> {
                body.putArray("ResourceList").add(resource(keyPair(1)));
                body.putArray("TagKeys").add("held0");
            }
            default -> throw new AssertionError("no request of " + action + ": a served action needs one here");
        }
        return new Request(REGION, body);
    }

    /**
     * A request whose answer carries every field the definition and its example show: rows of tags, and a resource
     * that fails, so that {@code FailedResources[]} holds one.
     */
    Request answering(String action) throws Exception {
        Request request = base(action);
        if (request.body().has("ResourceList")) {
            ((ArrayNode) request.body().get("ResourceList")).add(resource("skey-00000000"));
        }
        return request;
    }

    /** A valid value of the parameter for the request it joins. */
    JsonNode sample(String action, OfficialDefinition.Parameter parameter) throws Exception {
        return switch (parameter.name()) {
            case "Resource" -> JSON.getNodeFactory().textNode(resource(keyPair(0)));
            case "ReplaceTags" -> JSON.readTree("[{\"TagKey\":\"env\",\"TagValue\":\"test\",\"Category\":\"Custom\"}]");
            case "DeleteTags" -> JSON.readTree("[{\"TagKey\":\"held0\"}]");
            case "ServiceType" -> JSON.getNodeFactory().textNode("cvm");
            case "ResourcePrefix" -> JSON.getNodeFactory().textNode("keypair");
            case "ResourceIds" -> JSON.createArrayNode().add(keyPair(1));
            case "ResourceRegion" -> JSON.getNodeFactory().textNode(REGION);
            case "Offset" -> JSON.getNodeFactory().numberNode(0);
            case "Limit" -> JSON.getNodeFactory().numberNode(20);
            case "Category" -> JSON.getNodeFactory().textNode("All");
            case "ResourceList" -> JSON.createArrayNode().add(resource(keyPair(1)));
            case "Tags" -> JSON.readTree("[{\"TagKey\":\"team\",\"TagValue\":\"ops\"}]");
            case "TagKeys" -> JSON.createArrayNode().add("held0");
            default -> throw new AssertionError("no sample of " + action + " " + parameter.name()
                    + ": a parameter new to the definition needs one here");
        };
    }
}
