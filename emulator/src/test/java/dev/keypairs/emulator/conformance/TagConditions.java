package dev.keypairs.emulator.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * For each code the Tag API's definition documents for a served action, the condition that meets it, as a
 * request; or, in {@link #UNMET}, why no emulated account meets it. The codes and their actions are checked against
 * the definition ({@link TagDefinitionConformanceTest}), so this table cannot invent one.
 */
final class TagConditions {

    /** A documented code and a request that meets its condition. */
    record Condition(String action, String code, Request request) {
    }

    /** Builds the request (and the key pairs it needs) when the check runs. */
    @FunctionalInterface
    interface Request {
        TagSamples.Request build(TagSamples samples) throws Exception;
    }

    private static final String MODIFY = "ModifyResourceTags";
    private static final String DESCRIBE = "DescribeResourceTagsByResourceIds";
    private static final String TAG = "TagResources";
    private static final String UNTAG = "UnTagResources";

    /** Codes (or "Action Code") no emulated account meets, and why. */
    static final Map<String, String> UNMET = Map.ofEntries(
            Map.entry("FailedOperation", "a failure of the service itself: the emulator answers InternalServerError"
                    + " for its own failures (HostileHttpTest)"),
            Map.entry("FailedOperation.PolicyEnforcedInvalid", "tag policies are not modelled"),
            Map.entry("FailedOperation.ResourceTagProcessing", "an emulated account's tags are changed when the call"
                    + " is answered: none is ever still processing"),
            Map.entry("LimitExceeded.Quota", "an account's tag quotas are not modelled, only a key pair's 50"),
            Map.entry("LimitExceeded.TagKey", "an account's 1,000 tag keys are not counted"),
            Map.entry("LimitExceeded.TagValue", "a tag key's 1,000 values in an account are not counted"),
            Map.entry("InvalidParameterValue.UinInvalid", "DescribeResourceTagsByResourceIds takes no uin: key pairs"
                    + " are found by region and KeyId"),
            Map.entry("UnsupportedOperation", "every served action is supported for key pairs"),
            Map.entry("InvalidParameter.UnsupportedService", "the emulator holds key pairs alone: a resource of"
                    + " another service names none it holds (InvalidParameterValue.ResourceDescriptionError)"),
            Map.entry(TAG + " InvalidParameter.Tag", "each problem of Tags has a code of its own at TagResources"),
            Map.entry(UNTAG + " InvalidParameter.Tag", "each problem of TagKeys has a code of its own at"
                    + " UnTagResources"),
            Map.entry(UNTAG + " InvalidParameterValue.TagValueCharacterIllegal", "UnTagResources takes tag keys"
                    + " alone"));

    private TagConditions() {
    }

    static List<Condition> all() {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(change(MODIFY, "InvalidParameter.ReservedTagKey", body -> replace(body, "qcloud:app", "v")));
        conditions.add(change(MODIFY, "InvalidParameter.Tag", body -> {
            ArrayNode tags = body.putArray("ReplaceTags");
            IntStream.range(0, 11).forEach(n -> tags.addObject().put("TagKey", "k" + n).put("TagValue", "v"));
        }));
        conditions.add(change(MODIFY, "InvalidParameterValue.DeleteTagsParamError",
                body -> body.putArray("DeleteTags").addObject().put("TagKey", "env")));
        conditions.add(change(MODIFY, "InvalidParameterValue.ResourceDescriptionError",
                body -> body.put("Resource", "qcs::cvm:ap-guangzhou:uin/:instance/ins-12345678")));
        conditions.add(change(MODIFY, "InvalidParameterValue.TagKeyCharacterIllegal", body -> replace(body, "a#b", "v")));
        conditions.add(change(MODIFY, "InvalidParameterValue.TagKeyEmpty", body -> replace(body, "", "v")));
        conditions.add(change(MODIFY, "InvalidParameterValue.TagKeyLengthExceeded",
                body -> replace(body, "k".repeat(128), "v")));
        conditions.add(change(MODIFY, "InvalidParameterValue.TagValueCharacterIllegal",
                body -> replace(body, "k", "v#")));
        conditions.add(change(MODIFY, "InvalidParameterValue.TagValueLengthExceeded",
                body -> replace(body, "k", "v".repeat(256))));
        conditions.add(new Condition(MODIFY, "LimitExceeded.ResourceAttachedTags", samples -> {
            TagSamples.Request request = samples.base(MODIFY);
            request.body().put("Resource", TagSamples.resource(samples.keyPair(45)));
            ArrayNode tags = request.body().putArray("ReplaceTags");
            IntStream.range(0, 6).forEach(n -> tags.addObject().put("TagKey", "new" + n).put("TagValue", "v"));
            return request;
        }));

        conditions.add(change(DESCRIBE, "InvalidParameterValue.RegionInvalid",
                body -> body.put("ResourceRegion", "ap-atlantis")));
        conditions.add(change(DESCRIBE, "InvalidParameterValue.ResourceIdInvalid",
                body -> body.putArray("ResourceIds").add("ins-12345678")));
        conditions.add(change(DESCRIBE, "InvalidParameterValue.ResourcePrefixInvalid",
                body -> body.put("ResourcePrefix", "key/pair")));
        conditions.add(change(DESCRIBE, "InvalidParameterValue.ServiceTypeInvalid",
                body -> body.put("ServiceType", "c v m")));

        for (String action : List.of(TAG, UNTAG)) {
            conditions.add(new Condition(action, "AuthFailure.UnauthorizedOperation",
                    samples -> new TagSamples.Request(TagSamples.READ_ONLY, samples.base(action).body())));
            conditions.add(change(action, "InvalidParameter", body -> body.put(action.equals(TAG) ? "Tags" : "TagKeys",
                    7)));
            conditions.add(change(action, "InvalidParameterValue.ResourceDescriptionError",
                    body -> body.putArray("ResourceList").add("skey-12345678")));
            conditions.add(change(action, "LimitExceeded.ResourceNumPerRequest", body -> {
                ArrayNode resources = body.putArray("ResourceList");
                IntStream.range(0, 11).forEach(n -> resources.add(TagSamples.resource(String.format("skey-%08d", n))));
            }));
            conditions.add(change(action, "LimitExceeded.TagNumPerRequest", body -> {
                if (action.equals(TAG)) {
                    ArrayNode tags = body.putArray("Tags");
                    IntStream.range(0, 11).forEach(n -> tags.addObject().put("TagKey", "k" + n).put("TagValue", "v"));
                } else {
                    ArrayNode keys = body.putArray("TagKeys");
                    IntStream.range(0, 11).forEach(n -> keys.add("k" + n));
                }
            }));
            conditions.add(change(action, "InvalidParameter.ReservedTagKey", body -> key(action, body, "project")));
            conditions.add(change(action, "InvalidParameterValue.TagKeyCharacterIllegal",
                    body -> key(action, body, "a#b")));
            conditions.add(change(action, "InvalidParameterValue.TagKeyEmpty", body -> key(action, body, "")));
            conditions.add(change(action, "InvalidParameterValue.TagKeyLengthExceeded",
                    body -> key(action, body, "k".repeat(128))));
            conditions.add(change(action, "InvalidParameterValue.TagKeyDuplicate", body -> {
                if (action.equals(TAG)) {
                    ArrayNode tags = body.putArray("Tags");
                    tags.addObject().put("TagKey", "k").put("TagValue", "1");
                    tags.addObject().put("TagKey", "k").put("TagValue", "2");
                } else {
                    body.putArray("TagKeys").add("k").add("k");
                }
            }));
        }
        conditions.add(change(TAG, "InvalidParameterValue.TagValueCharacterIllegal", body -> tag(body, "k", "v#")));
        conditions.add(change(TAG, "InvalidParameterValue.TagValueEmpty", body -> tag(body, "k", "")));
        conditions.add(change(TAG, "InvalidParameterValue.TagValueLengthExceeded",
                body -> tag(body, "k", "v".repeat(256))));
        return conditions;
    }

    private static Condition change(String action, String code, Consumer<ObjectNode> change) {
        return new Condition(action, code, samples -> {
            TagSamples.Request request = samples.base(action);
            change.accept(request.body());
            return request;
        });
    }

    private static void replace(ObjectNode body, String key, String value) {
        body.putArray("ReplaceTags").addObject().put("TagKey", key).put("TagValue", value);
    }

    private static void tag(ObjectNode body, String key, String value) {
        body.putArray("Tags").addObject().put("TagKey", key).put("TagValue", value);
    }

    /** One tag key in the action's list of them: a tag of TagResources, a key of UnTagResources. */
    private static void key(String action, ObjectNode body, String key) {
        if (action.equals(TAG)) {
            tag(body, key, "v");
        } else {
            body.putArray("TagKeys").add(key);
        }
    }
}
