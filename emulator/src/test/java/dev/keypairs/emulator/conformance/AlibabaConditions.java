package dev.keypairs.emulator.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * For each code the ECS definition documents for a served action, the condition that meets it, as a request;
 * or, in {@link #UNMET}, why no emulated account meets it. The codes, their actions and statuses are checked
 * against the definition ({@link EcsDefinitionConformanceTest}), so this table cannot invent one.
 */
final class AlibabaConditions {

    /** A documented code and a request that meets its condition. */
    record Condition(String action, String code, Request request) {
    }

    /** Builds the request (and anything it needs: a key pair, a full quota) when the check runs. */
    @FunctionalInterface
    interface Request {
        Map<String, String> build(AlibabaSamples samples) throws Exception;
    }

    /** Codes (or "Action Code") no emulated account meets, and why. */
    static final Map<String, String> UNMET = Map.ofEntries(
            Map.entry("InternalError", "a failure of the service itself: the emulator answers it only for its own"
                    + " failures (HostileHttpTest)"),
            Map.entry("ServiceUnavailable", "the service unavailable: the emulator answers it when its store cannot"
                    + " answer in time, a condition no request sets"),
            Map.entry("InvalidParameter.KeypairAlreadyAttachedInstance", "emulated accounts have no instances"),
            Map.entry("InvalidTagCount", "the tag count is answered with the more specific documented codes:"
                    + " NumberExceed.Tags for the request, OperationDenied.QuotaExceed for the key pair"),
            Map.entry("Invalid.Scope", "the tag service's Scope parameter is not in ECS's request definition"),
            Map.entry("PermissionDenied.TagOwnerBid", "TagOwnerBid is not in ECS's request definition"),
            Map.entry("PermissionDenied.TagOwnerUid", "TagOwnerUid is not in ECS's request definition"),
            Map.entry("PermissionDenied.Scope", "the tag service's Scope parameter is not in ECS's request definition"),
            Map.entry("NoPermissionKey.Scope", "the tag service's Scope parameter is not in ECS's request definition"),
            Map.entry("MissingParameter.TagOwnerUid", "TagOwnerUid is not in ECS's request definition"),
            Map.entry("MissingParameter.TagOwnerBid", "TagOwnerBid is not in ECS's request definition"),
            Map.entry("NoPermission.Tag", "RAM tag policies are not modelled: an emulated key grants every tag"),
            Map.entry("PermissionDenied.TagsFuzzyQuery", "RAM tag policies are not modelled"),
            Map.entry("InvalidResourceId.NotSupported", "every key pair can be tagged"),
            Map.entry("TagResources QuotaExceed.Tags", "a key pair's tags past 20 answer OperationDenied.QuotaExceed"),
            Map.entry("TagKey.Duplication", "tag keys are case-sensitive in the emulated account, as ECS's tag rules"
                    + " state; a key given twice in one request is Duplicate.TagKey"),
            Map.entry("InvalidDefaultResourceGroup.NotSupported", "ListTagResources takes no resource group"),
            Map.entry("InvalidTag.NotSupported", "ListTagResources takes no resource group"),
            Map.entry("InvalidFilter.Malformed", "ListTagResources' definition has no Filter parameter"),
            Map.entry("ListTagResources InvalidTagFilter.Malformed", "every TagFilter the SDKs can send is read"),
            Map.entry("ListTagResources Duplicate.TagKey", "a Tag.N key twice selects the same rows"),
            Map.entry("ListTagResources InvalidTagKey.Malformed", "a listing's keys only select"),
            Map.entry("ListTagResources InvalidTagValue.Malformed", "a listing's values only select"),
            Map.entry("ListTagResources OperationDenied.QuotaExceed", "a listing changes no tags"),
            Map.entry("ListTagResources InvalidTag.Mismatch", "a listing's Tag.N.Value without a key selects nothing"),
            Map.entry("ListTagResources InvalidTagCount", "NumberExceed.Tags answers it"),
            Map.entry("ListTagResources InvalidResourceId.NotFound", "a listing passes over a key pair the region"
                    + " lacks, as the real API's listing does"),
            Map.entry("ListTagResources MissingParameter.ResourceIds", "ResourceId.N is optional in its definition"),
            Map.entry("ListTagResources MissingParameter.Tags", "Tag.N is optional in its definition"),
            Map.entry("UntagResources Duplicate.TagKey", "removing a key twice removes it"),
            Map.entry("UntagResources InvalidTagKey.Malformed", "a key that no tag can have is simply absent"),
            Map.entry("UntagResources InvalidTagValue.Malformed", "UntagResources takes no values"),
            Map.entry("UntagResources OperationDenied.QuotaExceed", "removing tags never passes a quota"),
            Map.entry("UntagResources InvalidTag.Mismatch", "UntagResources takes no values"),
            Map.entry("UntagResources NumberExceed.Tags", "answered above 20 TagKey.N"),
            Map.entry("EntityExists.AssociatedTransferTasks", "resource group transfers are immediate here"),
            Map.entry("InvalidResourceGroup.Duplicate", "joining the group a key pair is in is accepted"),
            Map.entry("InvalidRegionId.ResourceGroup", "every region takes resource groups"),
            Map.entry("InvalidStatus.ResourceGroup", "resource groups are never being created or deleted"),
            Map.entry("Unauthorized.EmptyRegion", "an emulated key reaches every region"),
            Map.entry("Invalid.InstanceChargeType", "DescribeRegions answers every charge type alike"),
            Map.entry("InvalidAcceptLanguage.NotFound", "DescribeRegions answers every language alike"),
            Map.entry("DescribeRegions InvalidResourceType.NotFound", "DescribeRegions answers every resource type"
                    + " alike"));

    private AlibabaConditions() {
    }

    static List<Condition> all() {
        List<Condition> conditions = new ArrayList<>();
        for (String action : List.of("ImportKeyPair", "CreateKeyPair")) {
            conditions.add(change(action, "InvalidKeyPairName.Malformed", r -> r.put("KeyPairName", "1-starts-with-a-digit")));
            conditions.add(new Condition(action, "KeyPair.AlreadyExist", samples -> {
                Map<String, String> request = samples.base(action);
                request.put("KeyPairName", samples.keyPair());
                return request;
            }));
            conditions.add(change(action, "InvalidResourceGroup.NotFound", r -> r.put("ResourceGroupId", "group")));
            conditions.add(new Condition(action, "QuotaExceed.KeyPair", samples -> {
                Map<String, String> request = samples.base(action);
                request.put("RegionId", samples.fullRegion());
                return request;
            }));
        }
        conditions.add(change("ImportKeyPair", "InvalidPublicKeyBody.Malformed", r -> r.put("PublicKeyBody", "ssh-rsa AAAA")));
        conditions.add(change("ImportKeyPair", "MissingParameter", r -> r.remove("PublicKeyBody")));
        conditions.add(change("CreateKeyPair", "Duplicate.TagKey", r -> r.putAll(Map.of("Tag.1.Key", "env",
                "Tag.1.Value", "a", "Tag.2.Key", "env", "Tag.2.Value", "b"))));
        conditions.add(change("CreateKeyPair", "InvalidTagKey.Malformed", r -> r.put("Tag.1.Key", "acs:env")));
        conditions.add(change("CreateKeyPair", "InvalidTagValue.Malformed", r -> r.putAll(Map.of("Tag.1.Key", "env",
                "Tag.1.Value", "acs:test"))));
        conditions.add(change("CreateKeyPair", "QuotaExceed.Tags", r -> r.putAll(tags(21))));
        conditions.add(change("CreateKeyPair", "InvalidRegionId.NotFound", r -> r.put("RegionId", "xx-nowhere-1")));

        conditions.add(change("DeleteKeyPairs", "MissingParameter", r -> r.remove("KeyPairNames")));
        conditions.add(change("DeleteKeyPairs", "InvalidKeyPairNames.ValueNotSupported",
                r -> r.put("KeyPairNames", "deploy,ci")));
        conditions.add(change("DeleteKeyPairs", "InstanceKeyPairLimitExceeded", r -> r.put("KeyPairNames",
                IntStream.rangeClosed(1, 101).mapToObj(n -> "\"absent-" + n + "\"")
                        .reduce((a, b) -> a + "," + b).map(names -> "[" + names + "]").orElseThrow())));

        for (String action : List.of("TagResources", "UntagResources", "ListTagResources")) {
            conditions.add(change(action, "NumberExceed.ResourceIds", r -> IntStream.rangeClosed(1, 51)
                    .forEach(n -> r.put("ResourceId." + n, "key-" + n))));
            conditions.add(change(action, "InvalidRegionId.NotFound", r -> r.put("RegionId", "xx-nowhere-1")));
            conditions.add(change(action, "MissingParameter.ResourceType", r -> r.remove("ResourceType")));
            conditions.add(change(action, "MissingParameter.RegionId", r -> r.remove("RegionId")));
            conditions.add(change(action, "InvalidResourceType.NotFound", r -> r.put("ResourceType", "instance")));
        }
        for (String action : List.of("TagResources", "UntagResources")) {
            conditions.add(change(action, "MissingParameter.ResourceIds", r -> r.remove("ResourceId.1")));
            conditions.add(change(action, "InvalidResourceId.NotFound", r -> r.put("ResourceId.1", "absent")));
        }
        conditions.add(change("TagResources", "NumberExceed.Tags", r -> r.putAll(tags(21))));
        conditions.add(change("TagResources", "MissingParameter.Tags", r -> {
            r.remove("Tag.1.Key");
            r.remove("Tag.1.Value");
        }));
        conditions.add(change("TagResources", "Duplicate.TagKey", r -> r.putAll(Map.of("Tag.2.Key", "team",
                "Tag.2.Value", "b"))));
        conditions.add(change("TagResources", "InvalidTagKey.Malformed", r -> r.put("Tag.1.Key", "aliyun-team")));
        conditions.add(change("TagResources", "InvalidTagValue.Malformed", r -> r.put("Tag.1.Value", "acs:x")));
        conditions.add(change("TagResources", "InvalidTag.Mismatch", r -> r.remove("Tag.1.Key")));
        conditions.add(new Condition("TagResources", "OperationDenied.QuotaExceed", samples -> {
            Map<String, String> request = samples.base("TagResources");
            // The key pair holds env=test: 20 more keys would make 21.
            request.remove("Tag.1.Key");
            request.remove("Tag.1.Value");
            request.putAll(tags(20));
            return request;
        }));
        conditions.add(change("UntagResources", "MissingParameter.Tags", r -> r.remove("TagKey.1")));
        conditions.add(change("UntagResources", "Param.Conflict", r -> r.put("All", "true")));
        conditions.add(change("ListTagResources", "NumberExceed.Tags", r -> r.putAll(tags(21))));
        conditions.add(change("ListTagResources", "InvalidTags.MalFormed", r -> r.putAll(Map.of("Tag.1.Key", "env",
                "TagFilter.1.TagKey", "env"))));
        conditions.add(change("ListTagResources", "BothEmpty.TagsAndResources", r -> r.remove("ResourceId.1")));
        conditions.add(change("ListTagResources", "NumberExceed.TagValues", r -> {
            r.put("TagFilter.1.TagKey", "env");
            IntStream.rangeClosed(1, 6).forEach(n -> r.put("TagFilter.1.TagValues." + n, "v" + n));
        }));
        conditions.add(change("ListTagResources", "Invalid.NextToken", r -> r.put("NextToken", "not-a-token")));

        conditions.add(change("JoinResourceGroup", "MissingParameter", r -> r.remove("ResourceGroupId")));
        conditions.add(change("JoinResourceGroup", "InvalidResourceType.NotFound", r -> r.put("ResourceType", "KeyPair")));
        conditions.add(change("JoinResourceGroup", "InvalidResourceGroup.NotFound", r -> r.put("ResourceGroupId", "g")));
        conditions.add(change("JoinResourceGroup", "InvalidResourceId.NotFound", r -> r.put("ResourceId", "absent")));
        return conditions;
    }

    /** The action's smallest succeeding request, changed. */
    private static Condition change(String action, String code, Consumer<Map<String, String>> change) {
        return new Condition(action, code, samples -> {
            Map<String, String> request = samples.base(action);
            change.accept(request);
            return request;
        });
    }

    /** {@code Tag.1.Key} … {@code Tag.n.Value}, keys not used elsewhere. */
    private static Map<String, String> tags(int count) {
        Map<String, String> tags = new LinkedHashMap<>();
        IntStream.rangeClosed(1, count).forEach(n -> {
            tags.put("Tag." + n + ".Key", "key-" + n);
            tags.put("Tag." + n + ".Value", "value-" + n);
        });
        return tags;
    }
}
