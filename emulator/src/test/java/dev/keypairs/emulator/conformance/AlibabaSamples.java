package dev.keypairs.emulator.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.AlibabaRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid ECS requests for the definition checks: each action's smallest request that succeeds, a valid value for
 * each documented parameter, and key pairs (tagged, in a resource group) for the actions that need one.
 */
final class AlibabaSamples {

    static final String REGION = "cn-hangzhou";
    static final String PUBLIC_KEY = Fixtures.text("rsa-2048.pub").strip();
    static final String RESOURCE_GROUP = "rg-conformance";

    /** The region {@link #fullRegion()} fills. */
    static final String FULL_REGION = "cn-beijing";

    private final Emulator emulator;
    private final AlibabaWire wire;
    private final AtomicInteger names = new AtomicInteger();
    private boolean filled;

    AlibabaSamples(Emulator emulator) throws Exception {
        this.emulator = emulator;
        wire = new AlibabaWire(emulator.hostAndPort());
    }

    /** A region holding as many key pairs as its quota allows (filled through the store: 500 calls). */
    synchronized String fullRegion() throws Exception {
        if (!filled) {
            for (int n = 0; n < AlibabaRules.QUOTA; n++) {
                emulator.store().importKeyPair(AlibabaKeyPairRequest.importing(FULL_REGION, "quota-" + n, PUBLIC_KEY,
                        List.of(), null));
            }
            filled = true;
        }
        return FULL_REGION;
    }

    AlibabaWire wire() {
        return wire;
    }

    /** A name no key pair has yet. */
    String freshName() {
        return "conformance-" + names.incrementAndGet();
    }

    /** A key pair imported with the tag {@code env=test} into {@link #RESOURCE_GROUP}: its name. */
    String keyPair() throws Exception {
        String name = freshName();
        WireAnswer imported = wire.call("ImportKeyPair", new LinkedHashMap<>(Map.of("RegionId", REGION,
                "KeyPairName", name, "PublicKeyBody", PUBLIC_KEY, "ResourceGroupId", RESOURCE_GROUP,
                "Tag.1.Key", "env", "Tag.1.Value", "test")));
        assertTrue(imported.succeeded(), imported.toString());
        return name;
    }

    /** The smallest request of the action that succeeds: its required parameters and what they refer to. */
    Map<String, String> base(String action) throws Exception {
        Map<String, String> request = new LinkedHashMap<>();
        switch (action) {
            case "ImportKeyPair" -> request.putAll(Map.of("RegionId", REGION, "KeyPairName", freshName(),
                    "PublicKeyBody", PUBLIC_KEY));
            case "CreateKeyPair" -> request.putAll(Map.of("RegionId", REGION, "KeyPairName", freshName()));
            case "DescribeKeyPairs" -> request.put("RegionId", REGION);
            case "DeleteKeyPairs" -> request.putAll(Map.of("RegionId", REGION,
                    "KeyPairNames", "[\"" + keyPair() + "\"]"));
            case "TagResources" -> request.putAll(Map.of("RegionId", REGION, "ResourceType", "keypair",
                    "ResourceId.1", keyPair(), "Tag.1.Key", "team", "Tag.1.Value", "platform"));
            case "UntagResources" -> request.putAll(Map.of("RegionId", REGION, "ResourceType", "keypair",
                    "ResourceId.1", keyPair(), "TagKey.1", "env"));
            case "ListTagResources" -> request.putAll(Map.of("RegionId", REGION, "ResourceType", "keypair",
                    "ResourceId.1", keyPair()));
            case "JoinResourceGroup" -> request.putAll(Map.of("RegionId", REGION, "ResourceType", "keypair",
                    "ResourceId", keyPair(), "ResourceGroupId", "rg-joined"));
            case "DescribeRegions" -> { }
            default -> fail("no request of " + action + ": a served action needs one here");
        }
        return request;
    }

    /** A request whose answer carries every field the action documents (lists not empty). */
    Map<String, String> answering(String action) throws Exception {
        Map<String, String> request = base(action);
        if (action.equals("DescribeKeyPairs")) {
            request.put("KeyPairName", keyPair());
            request.put("IncludePublicKey", "true");
        }
        return request;
    }

    /** Which documented fields the answer must carry: all, but the paging token of a last page. */
    static boolean expectedIn(String action, OfficialDefinition.Field field) {
        return !(action.equals("ListTagResources") && field.path().equals("NextToken"));
    }

    /**
     * A valid value of the parameter, flattened as the RPC API takes it ({@code Tag.1.Key}), for the request it
     * joins (whose key pair it names where it names one).
     */
    Map<String, String> sample(String action, OfficialDefinition.Parameter parameter, Map<String, String> request)
            throws Exception {
        String keyPair = request.getOrDefault("ResourceId.1", request.get("ResourceId"));
        Object value = switch (parameter.name()) {
            case "RegionId" -> REGION;
            case "KeyPairName" -> action.equals("DescribeKeyPairs") ? keyPair() : freshName();
            case "PublicKeyBody" -> PUBLIC_KEY;
            case "ResourceGroupId" -> RESOURCE_GROUP;
            case "Tag" -> List.of(Map.of("Key", "env", "Value", "test"));
            case "KeyPairFingerPrint" -> TestEmulators.sshKeygenMd5("rsa-2048.pub");
            case "PageNumber" -> "1";
            case "PageSize" -> "10";
            case "IncludePublicKey", "All" -> "true";
            case "KeyPairNames" -> "[\"" + keyPair() + "\"]";
            case "ResourceType" -> action.equals("DescribeRegions") ? "instance" : "keypair";
            case "ResourceId" -> parameter.type().equals("list") ? List.of(keyPair == null ? keyPair() : keyPair)
                    : keyPair == null ? keyPair() : keyPair;
            case "TagKey" -> List.of("env");
            case "NextToken" -> "conformance-token";
            case "TagFilter" -> List.of(Map.of("TagKey", "env", "TagValues", List.of("test")));
            case "InstanceChargeType" -> "PostPaid";
            case "AcceptLanguage" -> "en-US";
            default -> throw new AssertionError("no sample of " + action + " " + parameter.name()
                    + ": a parameter new to the definition needs one here");
        };
        Map<String, String> flattened = new LinkedHashMap<>();
        flatten(parameter.name(), parameter, value, flattened);
        return flattened;
    }

    /** {@code Name}, {@code Name.N}, {@code Name.N.Member}, as the definition types the parameter. */
    private static void flatten(String name, OfficialDefinition.Parameter parameter, Object value,
            Map<String, String> into) {
        if (!parameter.type().equals("list")) {
            assertTrue(value instanceof String, name + " is a " + parameter.type() + " in the definition");
            into.put(name, (String) value);
            return;
        }
        assertTrue(value instanceof List<?>, name + " is a list in the definition");
        int n = 1;
        for (Object item : (List<?>) value) {
            if (parameter.members().isEmpty()) {
                into.put(name + "." + n, (String) item);
            } else {
                for (OfficialDefinition.Parameter member : parameter.members()) {
                    Object memberValue = ((Map<?, ?>) item).get(member.name());
                    if (memberValue != null) {
                        flatten(name + "." + n + "." + member.name(), member, memberValue, into);
                    }
                }
            }
            n++;
        }
    }
}
