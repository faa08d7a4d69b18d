package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * For each code the CVM definition documents for a served action, the condition that meets it, as a request;
 * or, in {@link #UNMET}, why no emulated account meets it (yet). The codes and their actions are checked against
 * the definition ({@link CvmDefinitionConformanceTest}), so this table cannot invent one.
 */
final class TencentConditions {

    /** A documented code and a request that meets its condition. */
    record Condition(String action, String code, Request request) {
    }

    /** Builds the request (and the key pairs it needs) when the check runs. */
    @FunctionalInterface
    interface Request {
        TencentSamples.Request build(TencentSamples samples) throws Exception;
    }

    /** Codes (or "Action Code") no emulated account meets, and why. */
    static final Map<String, String> UNMET = Map.ofEntries(
            Map.entry("InternalServerError", "a failure of the service itself: the emulator answers it only for its"
                    + " own failures (HostileHttpTest)"),
            Map.entry("InvalidProjectId.NotFound", "an emulated account takes any project id: projects are not"
                    + " modelled"),
            Map.entry("DescribeKeyPairs InvalidKeyPair.LimitExceeded", "a read never passes the quota"),
            Map.entry("DeleteKeyPairs InvalidKeyPair.LimitExceeded", "a delete never passes the quota"),
            Map.entry("UnauthorizedOperation.InvalidToken", "temporary credentials (Token) are not modelled"),
            Map.entry("UnsupportedOperation", "every served action is supported in every region"),
            Map.entry("InvalidParameterValue.KeyPairNotSupported", "emulated accounts have no instances"),
            Map.entry("DeleteKeyPairs InvalidParameterValue", "every wrong KeyIds has a code of its own: empty is"
                    + " MissingParameter (as absent), too many InvalidParameterValue.LimitExceeded, a malformed id"
                    + " InvalidKeyPairId.Malformed"));

    private TencentConditions() {
    }

    static List<Condition> all() {
        List<Condition> conditions = new ArrayList<>();
        for (String action : List.of("ImportKeyPair", "CreateKeyPair")) {
            conditions.add(new Condition(action, "InvalidKeyPairName.Duplicate", samples -> {
                TencentSamples.Request request = samples.base(action);
                request.body().put("KeyName", samples.keyPair(request.region()).name());
                return request;
            }));
            conditions.add(change(action, "InvalidKeyPairNameEmpty", body -> body.put("KeyName", "")));
            conditions.add(change(action, "InvalidKeyPairNameIncludeIllegalChar", body -> body.put("KeyName", "a-b")));
            conditions.add(change(action, "InvalidKeyPairNameTooLong", body -> body.put("KeyName", "k".repeat(26))));
            conditions.add(change(action, "InvalidParameterValue", body -> body.put("ProjectId", -1)));
            conditions.add(change(action, "MissingParameter", body -> body.remove("KeyName")));
            conditions.add(new Condition(action, "InvalidKeyPair.LimitExceeded", samples -> {
                TencentSamples.Request request = samples.base(action);
                if (request.body().has("PublicKey")) {
                    request.body().put("PublicKey", TencentSamples.keyNotInTheFullRegion());
                }
                return new TencentSamples.Request(samples.fullRegion(), request.body());
            }));
        }
        for (String action : List.of("ImportKeyPair", "CreateKeyPair")) {
            conditions.add(change(action, "LimitExceeded.TagResourceQuota", body -> {
                ArrayNode tags = body.putArray("TagSpecification").addObject().put("ResourceType", "keypair")
                        .putArray("Tags");
                IntStream.rangeClosed(1, 51).forEach(n -> tags.addObject().put("Key", "k" + n).put("Value", "v"));
            }));
        }
        conditions.add(change("CreateKeyPair", "FailedOperation.TagKeyReserved", body -> body.putArray(
                "TagSpecification").addObject().put("ResourceType", "keypair").putArray("Tags").addObject()
                .put("Key", "qcloud:owner").put("Value", "v")));
        conditions.add(new Condition("ImportKeyPair", "InvalidPublicKey.Duplicate", samples -> {
            TencentSamples.Request request = samples.base("ImportKeyPair");
            samples.keyPair(request.region(), request.body().get("PublicKey").asText());
            return request;
        }));
        conditions.add(change("ImportKeyPair", "InvalidPublicKey.Malformed", body -> body.put("PublicKey", "ssh-rsa AAAA")));

        conditions.add(change("DescribeKeyPairs", "InvalidFilter", body -> filter(body, "zone", "ap-guangzhou-3")));
        conditions.add(change("DescribeKeyPairs", "InvalidFilterValue.LimitExceeded", body -> {
            ArrayNode values = body.putArray("Filters").addObject().put("Name", "key-name").putArray("Values");
            IntStream.rangeClosed(1, 6).forEach(n -> values.add("name_" + n));
        }));
        conditions.add(change("DescribeKeyPairs", "InvalidKeyPairId.Malformed", body -> body.putArray("KeyIds").add("key-1")));
        conditions.add(change("DescribeKeyPairs", "InvalidParameter", body -> {
            body.putArray("KeyIds").add("skey-00000000");
            filter(body, "key-name", "deploy");
        }));
        conditions.add(change("DescribeKeyPairs", "InvalidParameterValue", body -> filter(body, "project-id", "seven")));
        conditions.add(change("DescribeKeyPairs", "InvalidParameterValue.LimitExceeded", body -> keyIds(body, 101)));
        conditions.add(change("DescribeKeyPairs", "InvalidParameterValueLimit", body -> body.put("Limit", 101)));
        conditions.add(change("DescribeKeyPairs", "InvalidParameterValueOffset", body -> body.put("Offset", -1)));

        conditions.add(change("DeleteKeyPairs", "InvalidKeyPairId.Malformed", body -> body.putArray("KeyIds").add("key-1")));
        conditions.add(change("DeleteKeyPairs", "InvalidKeyPairId.NotFound", body -> body.putArray("KeyIds").add("skey-00000000")));
        conditions.add(change("DeleteKeyPairs", "InvalidParameterValue.LimitExceeded", body -> keyIds(body, 101)));
        conditions.add(change("DeleteKeyPairs", "MissingParameter", body -> body.remove("KeyIds")));

        String modify = "ModifyKeyPairAttribute";
        conditions.add(change(modify, "InvalidKeyPairId.Malformed", body -> body.put("KeyId", "key-1")));
        conditions.add(change(modify, "InvalidKeyPairId.NotFound", body -> body.put("KeyId", "skey-00000000")));
        conditions.add(new Condition(modify, "InvalidKeyPairName.Duplicate", samples -> {
            TencentSamples.Request request = samples.base(modify);
            request.body().put("KeyName", samples.keyPair(request.region()).name());
            return request;
        }));
        conditions.add(change(modify, "InvalidParameter", body -> body.put("KeyName", 7)));
        conditions.add(change(modify, "InvalidParameterValue", body -> body.put("Description", "d".repeat(61))));
        conditions.add(change(modify, "MissingParameter", body -> body.remove("KeyId")));
        return conditions;
    }

    private static Condition change(String action, String code, Consumer<ObjectNode> change) {
        return new Condition(action, code, samples -> {
            TencentSamples.Request request = samples.base(action);
            change.accept(request.body());
            return request;
        });
    }

    private static void filter(ObjectNode body, String name, String value) {
        body.putArray("Filters").addObject().put("Name", name).putArray("Values").add(value);
    }

    /** {@code count} well-formed KeyIds. */
    private static void keyIds(ObjectNode body, int count) {
        ArrayNode keyIds = body.putArray("KeyIds");
        IntStream.rangeClosed(1, count).forEach(n -> keyIds.add(String.format("skey-%08d", n)));
    }
}
