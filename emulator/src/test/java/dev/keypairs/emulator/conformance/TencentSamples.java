package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.keys.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid CVM requests for the definition checks: each action's smallest request that succeeds, a valid value for
 * each documented parameter, and key pairs for the actions that need one. Tencent takes a public key once per
 * region, so each key pair goes to a region where its key is new.
 */
final class TencentSamples {

    static final String REGION = "ap-guangzhou";
    /** Used by no other request: {@link #fullRegion()}. */
    static final String FULL_REGION = "ap-shenzhen-fsi";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The RSA keys ssh-keygen made for the tests: Tencent imports OpenSSH RSA only. */
    private static final List<String> KEYS = List.of("rsa-1024.pub", "rsa-2048.pub", "rsa-3072.pub", "rsa-4096.pub",
            "ca-rsa.pub").stream().map(file -> Fixtures.text(file).strip()).toList();
    private static final List<String> REGIONS = List.of("ap-guangzhou", "ap-beijing", "ap-shanghai", "ap-chengdu",
            "ap-chongqing", "ap-nanjing", "ap-hongkong", "ap-singapore", "ap-tokyo", "ap-seoul", "ap-bangkok",
            "ap-jakarta", "eu-frankfurt", "na-ashburn", "na-siliconvalley", "sa-saopaulo");

    /**
     * A request: where it goes and its body.
     *
     * @param region the Region it is signed for
     * @param body its parameters
     */
    record Request(String region, ObjectNode body) {
    }

    /**
     * A key pair the account holds.
     *
     * @param region where
     * @param keyId its KeyId
     * @param name its name
     */
    record KeyPair(String region, String keyId, String name) {
    }

    /** Where {@link #fullRegion()} is: a region of an account whose quota is one key pair. */
    private final Emulator quotaOfOne;
    private final TencentWire wire;
    private final AtomicInteger names = new AtomicInteger();
    private final Map<String, Integer> keysUsed = new HashMap<>();
    private int nextRegion;

    private boolean filled;

    TencentSamples(Emulator emulator, Emulator quotaOfOne) {
        wire = new TencentWire(emulator.hostAndPort(), "cvm", "2017-03-12");
        this.quotaOfOne = quotaOfOne;
    }

    /**
     * A region that holds as many key pairs as its quota allows. It is in another account (an emulator whose
     * quota is one), so a request for it goes there: {@link #call} sends it.
     */
    synchronized String fullRegion() throws Exception {
        if (!filled) {
            WireAnswer imported = new TencentWire(quotaOfOne.hostAndPort(), "cvm", "2017-03-12").call(FULL_REGION,
                    "ImportKeyPair", JSON.createObjectNode().put("KeyName", "the_one").put("ProjectId", 0)
                            .put("PublicKey", KEYS.get(0)));
            assertTrue(imported.succeeded(), imported.toString());
            filled = true;
        }
        return FULL_REGION;
    }

    TencentWire wire() {
        return wire;
    }

    /** Sends the request; one for {@link #fullRegion()} to the account whose quota it fills. */
    WireAnswer call(String action, Request request) throws Exception {
        TencentWire to = request.region().equals(FULL_REGION)
                ? new TencentWire(quotaOfOne.hostAndPort(), "cvm", "2017-03-12") : wire;
        return to.call(request.region(), action, request.body());
    }

    /** A public key other than the one that fills {@link #fullRegion()}. */
    static String keyNotInTheFullRegion() {
        return KEYS.get(1);
    }

    /** A name no key pair has yet (Tencent's names: letters, digits, {@code _}, at most 25). */
    String freshName() {
        return "conformance_" + names.incrementAndGet();
    }

    /** A region where some key has not been imported yet. */
    synchronized String regionWithAFreshKey() {
        for (int tried = 0; tried < REGIONS.size(); tried++) {
            String region = REGIONS.get(nextRegion++ % REGIONS.size());
            if (keysUsed.getOrDefault(region, 0) < KEYS.size()) {
                return region;
            }
        }
        throw new AssertionError("every fixture key is used in every region: more regions or keys needed");
    }

    /** A public key the region has not had. */
    synchronized String freshKey(String region) {
        int used = keysUsed.getOrDefault(region, 0);
        assertTrue(used < KEYS.size(), "every fixture key is used in " + region);
        keysUsed.put(region, used + 1);
        return KEYS.get(used);
    }

    /** A key pair imported into the region. */
    KeyPair keyPair(String region) throws Exception {
        return keyPair(region, freshKey(region));
    }

    /** A key pair with this public key imported into the region. */
    KeyPair keyPair(String region, String publicKey) throws Exception {
        return keyPair(region, publicKey, JSON.createObjectNode());
    }

    /** A key pair imported into the region with these further parameters (a {@code TagSpecification}). */
    KeyPair keyPair(String region, String publicKey, ObjectNode more) throws Exception {
        String name = freshName();
        ObjectNode body = JSON.createObjectNode().put("KeyName", name).put("ProjectId", 0).put("PublicKey", publicKey);
        body.setAll(more);
        WireAnswer imported = wire.call(region, "ImportKeyPair", body);
        assertTrue(imported.succeeded(), imported.toString());
        return new KeyPair(region, imported.body().path("KeyId").asText(), name);
    }

    /** The smallest request of the action that succeeds. */
    Request base(String action) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        switch (action) {
            case "ImportKeyPair" -> {
                String region = regionWithAFreshKey();
                return new Request(region, body.put("KeyName", freshName()).put("ProjectId", 0)
                        .put("PublicKey", freshKey(region)));
            }
            case "CreateKeyPair" -> {
                return new Request(REGION, body.put("KeyName", freshName()).put("ProjectId", 0));
            }
            case "DeleteKeyPairs" -> {
                KeyPair keyPair = keyPair(regionWithAFreshKey());
                body.putArray("KeyIds").add(keyPair.keyId());
                return new Request(keyPair.region(), body);
            }
            case "DescribeKeyPairs", "DescribeRegions" -> {
                return new Request(REGION, body);
            }
            case "ModifyKeyPairAttribute" -> {
                KeyPair keyPair = keyPair(regionWithAFreshKey());
                return new Request(keyPair.region(), body.put("KeyId", keyPair.keyId()).put("KeyName", freshName()));
            }
            default -> throw new AssertionError("no request of " + action + ": a served action needs one here");
        }
    }

    /**
     * A request whose answer carries the fields the definition and its example show (lists not empty: the key pairs
     * carry tags, so that {@code Tags[].Key} and {@code Tags[].Value} are checked too).
     */
    Request answering(String action) throws Exception {
        if (action.equals("CreateKeyPair")) {
            Request request = base(action);
            request.body().setAll(tagSpecification());
            return request;
        }
        if (!action.equals("DescribeKeyPairs")) {
            return base(action);
        }
        String region = regionWithAFreshKey();
        KeyPair keyPair = keyPair(region, freshKey(region), tagSpecification());
        ObjectNode body = JSON.createObjectNode();
        body.putArray("KeyIds").add(keyPair.keyId());
        return new Request(keyPair.region(), body);
    }

    /** A {@code TagSpecification} of two tags on the key pair. */
    static ObjectNode tagSpecification() throws Exception {
        return (ObjectNode) JSON.readTree("{\"TagSpecification\":[{\"ResourceType\":\"keypair\",\"Tags\":["
                + "{\"Key\":\"env\",\"Value\":\"test\"},{\"Key\":\"team\",\"Value\":\"web\"}]}]}");
    }

    /** A valid value of the parameter for the request it joins (whose region its key pair is in). */
    JsonNode sample(String action, OfficialDefinition.Parameter parameter, Request request) throws Exception {
        return switch (parameter.name()) {
            case "KeyName" -> JSON.getNodeFactory().textNode(freshName());
            case "ProjectId" -> JSON.getNodeFactory().numberNode(0);
            case "PublicKey" -> request.body().has("PublicKey") ? request.body().get("PublicKey")
                    : JSON.getNodeFactory().textNode(freshKey(request.region()));
            case "TagSpecification" -> JSON.readTree("[{\"ResourceType\":\"keypair\",\"Tags\":[{\"Key\":\"env\","
                    + "\"Value\":\"test\"}]}]");
            case "KeyIds" -> JSON.createArrayNode().add(keyPair(request.region()).keyId());
            case "KeyId" -> JSON.getNodeFactory().textNode(keyPair(request.region()).keyId());
            case "Description" -> JSON.getNodeFactory().textNode("conformance, " + freshName());
            case "Filters" -> JSON.readTree("[{\"Name\":\"key-name\",\"Values\":[\""
                    + keyPair(request.region()).name() + "\"]}]");
            case "Offset" -> JSON.getNodeFactory().numberNode(0);
            case "Limit" -> JSON.getNodeFactory().numberNode(20);
            default -> throw new AssertionError("no sample of " + action + " " + parameter.name()
                    + ": a parameter new to the definition needs one here");
        };
    }
}
