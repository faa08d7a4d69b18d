package dev.keypairs.emulator.terraform;

import com.aliyun.ecs20140526.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import dev.keypairs.emulator.auth.Credentials;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The calls Terraform's {@code aliyun/alicloud} provider makes for its {@code alicloud_ecs_key_pair} resource and
 * {@code alicloud_ecs_key_pairs} data source, replayed through Alibaba Cloud's official Java SDK with the
 * provider's actions and parameters, taking from each answer what the provider takes. Read from
 * aliyun/terraform-provider-alicloud at 81c43b6727a09e9da37b3d88818c3ba5fa17fa14:
 * <ul>
 * <li>{@code alicloud/resource_alicloud_ecs_key_pair.go}: {@code resourceAliCloudEcsKeyPairCreate}
 * ({@code ImportKeyPair} when {@code public_key} is set, else {@code CreateKeyPair}, with {@code RegionId},
 * {@code KeyPairName} (from {@code key_pair_name}, {@code key_name}, {@code key_name_prefix} + a unique suffix, or
 * a unique id), {@code ResourceGroupId}, {@code Tag.N.Key}/{@code Tag.N.Value}, {@code PublicKeyBody}; the id is
 * the answered {@code KeyPairName}), {@code ...Read}, {@code ...Update} ({@code JoinResourceGroup} with
 * {@code ResourceType=keypair}, then the tags; {@code key_pair_name} is {@code ForceNew}: a rename is a
 * replacement), {@code ...Delete} ({@code DeleteKeyPairs}, {@code KeyPairNames} a JSON array, built by
 * {@code convertListToJsonString} of {@code common.go}); the importer is {@code ImportStatePassthrough}: a read by
 * name;</li>
 * <li>{@code alicloud/service_alicloud_ecs_v2.go}: {@code DescribeEcsKeyPair} ({@code DescribeKeyPairs} with
 * {@code KeyPairName} and {@code RegionId}; {@code $.KeyPairs.KeyPair[*]} empty means not found),
 * {@code SetResourceTags} ({@code UntagResources} of the keys removed or changed, then {@code TagResources} of
 * every configured tag, both with {@code ResourceId.1} and {@code ResourceType}); {@code alicloud/tags.go}:
 * {@code parsingTags}, {@code tagsToMap} ({@code TagKey}/{@code TagValue}), {@code ignoredTags};</li>
 * <li>{@code alicloud/data_source_alicloud_ecs_key_pairs.go}: {@code DescribeKeyPairs} with {@code PageSize} 50
 * ({@code PageSizeLarge}), {@code PageNumber} from 1 until a short page, {@code Tags.Tag} of every item, and
 * {@code DescribeInstances} with {@code KeyPairName}, {@code MaxResults} 50 for each key pair
 * ({@code $.Instances.Instance}, {@code NextToken});</li>
 * <li>{@code alicloud/connectivity/client.go}: {@code RpcPost} (every parameter in a POST form body, through the
 * {@code tea-rpc} client of alibabacloud-go/tea-rpc v1.2.0, {@code client/client.go}: the classic
 * {@code HMAC-SHA1} signature, {@code Action}, {@code Version}, {@code Format}, {@code Timestamp},
 * {@code SignatureNonce} in the query), to the {@code ecs} endpoint of the {@code endpoints} block, in the
 * {@code protocol} given.</li>
 * </ul>
 * The Tea SDK's {@code callApi} with signature algorithm {@code v2} sends the same RPC request, signed the same
 * way. Terraform's own unique ids ({@code resource.UniqueId}, {@code PrefixedUniqueId} of the plugin SDK:
 * {@code terraform-}, a UTC timestamp to a ten-thousandth of a second and an eight-digit hexadecimal
 * counter) are made the same
 * way here.
 */
final class AlicloudEcsKeyPairResource {

    /** {@code PageSizeLarge}. */
    static final int PAGE = 50;

    private static final AtomicLong UNIQUE = new AtomicLong();
    private static final DateTimeFormatter UNIQUE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSSS");
    private static final Pattern IGNORED_TAG = Pattern.compile("^(aliyun|acs:|http://|https://)");

    /** An {@code alicloud_ecs_key_pair} block: nulls for what it leaves out. */
    record Block(String keyPairName, String keyNamePrefix, String publicKey, String resourceGroupId,
            Map<String, String> tags) {
        Block {
            tags = Map.copyOf(tags);
        }

        Block inGroup(String group) {
            return new Block(keyPairName, keyNamePrefix, publicKey, group, tags);
        }

        Block tagged(Map<String, String> newTags) {
            return new Block(keyPairName, keyNamePrefix, publicKey, resourceGroupId, newTags);
        }

        Block named(String name) {
            return new Block(name, keyNamePrefix, publicKey, resourceGroupId, tags);
        }
    }

    /** The resource's state after a read, as the provider sets it. */
    record State(String id, String keyPairName, String fingerPrint, String createTime, String resourceGroupId,
            Map<String, String> tags) {
    }

    /** One entry of the data source's {@code key_pairs}, with its {@code instances}. */
    record ListedKeyPair(String name, String fingerPrint, String resourceGroupId, Map<String, String> tags,
            List<Map<String, Object>> instances) {
    }

    private final String region;
    private final Client client;
    private final List<String> calls = new ArrayList<>();
    /** The private key of the last CreateKeyPair, which the provider writes to {@code key_file}. */
    private String privateKeyBody;

    /** The provider configured with {@code protocol = "HTTP"}, {@code endpoints { ecs = HOST:PORT }}, a region. */
    AlicloudEcsKeyPairResource(String hostAndPort, String region) throws Exception {
        this.region = region;
        this.client = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(hostAndPort).setProtocol("HTTP")
                .setRegionId(region).setSignatureAlgorithm("v2").setConnectTimeout(5_000).setReadTimeout(10_000));
    }

    /** The actions sent since the last call, in order; then forgets them. */
    List<String> takeCalls() {
        List<String> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }

    String privateKeyBody() {
        return privateKeyBody;
    }

    // ---- the resource ----

    /** {@code terraform apply} of a new block: create, then read. */
    State create(Block block) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("RegionId", region);
        if (block.keyPairName() != null) {
            request.put("KeyPairName", block.keyPairName());
        } else if (block.keyNamePrefix() != null) {
            request.put("KeyPairName", prefixedUniqueId(block.keyNamePrefix()));
        } else {
            request.put("KeyPairName", prefixedUniqueId("terraform-"));
        }
        if (block.resourceGroupId() != null) {
            request.put("ResourceGroupId", block.resourceGroupId());
        }
        int n = 1;
        for (Map.Entry<String, String> tag : block.tags().entrySet()) {
            request.put("Tag." + n + ".Key", tag.getKey());
            request.put("Tag." + n + ".Value", tag.getValue());
            n++;
        }
        String action = "CreateKeyPair";
        if (block.publicKey() != null) {
            action = "ImportKeyPair";
            request.put("PublicKeyBody", block.publicKey());
        }
        Map<String, Object> response = rpcPost(action, request, true);
        String id = String.valueOf(response.get("KeyPairName"));
        privateKeyBody = (String) response.get("PrivateKeyBody");
        return read(id).orElseThrow(() -> new AssertionError("the key pair just made reads as gone"));
    }

    /** A read (refresh, plan, import by name): empty when the provider would remove the resource from the state. */
    Optional<State> read(String id) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("KeyPairName", id);
        request.put("RegionId", region);
        List<Map<String, Object>> keyPairs = list(map(rpcPost("DescribeKeyPairs", request, true), "KeyPairs"),
                "KeyPair");
        if (keyPairs.isEmpty() || "".equals(keyPairs.get(0).get("KeyPairName"))) {
            return Optional.empty();
        }
        Map<String, Object> keyPair = keyPairs.get(0);
        return Optional.of(new State(id, (String) keyPair.get("KeyPairName"), (String) keyPair.get("KeyPairFingerPrint"),
                (String) keyPair.get("CreationTime"), (String) keyPair.get("ResourceGroupId"),
                tagsToMap(keyPair.get("Tags") == null ? null : map(keyPair, "Tags").get("Tag"))));
    }

    /** {@code terraform apply} of a changed {@code resource_group_id} or {@code tags}: in place, then a read. */
    State update(State prior, Block block) throws Exception {
        if (block.resourceGroupId() != null && !block.resourceGroupId().equals(prior.resourceGroupId())) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("ResourceId", prior.id());
            request.put("RegionId", region);
            request.put("ResourceGroupId", block.resourceGroupId());
            request.put("ResourceType", "keypair");
            rpcPost("JoinResourceGroup", request, true);
        }
        if (!prior.tags().equals(block.tags())) {
            // parsingTags: the keys removed or changed are untagged, then every configured tag is tagged.
            List<String> removed = prior.tags().entrySet().stream()
                    .filter(tag -> !tag.getValue().equals(block.tags().get(tag.getKey()))).map(Map.Entry::getKey)
                    .filter(key -> !IGNORED_TAG.matcher(key).find()).sorted().toList();
            if (!removed.isEmpty()) {
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("ResourceId.1", prior.id());
                request.put("RegionId", region);
                for (int i = 0; i < removed.size(); i++) {
                    request.put("TagKey." + (i + 1), removed.get(i));
                }
                request.put("ResourceType", "keypair");
                rpcPost("UntagResources", request, false);
            }
            if (!block.tags().isEmpty()) {
                Map<String, Object> request = new LinkedHashMap<>();
                request.put("ResourceId.1", prior.id());
                request.put("RegionId", region);
                int n = 1;
                for (Map.Entry<String, String> tag : new TreeMap<>(block.tags()).entrySet()) {
                    request.put("Tag." + n + ".Key", tag.getKey());
                    request.put("Tag." + n + ".Value", tag.getValue());
                    n++;
                }
                request.put("ResourceType", "keypair");
                rpcPost("TagResources", request, false);
            }
        }
        return read(prior.id()).orElseThrow(() -> new AssertionError("the key pair just updated reads as gone"));
    }

    /** {@code terraform destroy}: {@code DeleteKeyPairs} of the one name. */
    void delete(String id) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("KeyPairNames", "[\"" + id + "\"]");
        request.put("RegionId", region);
        rpcPost("DeleteKeyPairs", request, true);
    }

    // ---- the data source ----

    /** {@code data "alicloud_ecs_key_pairs"} with {@code resource_group_id} and {@code tags} (each optional). */
    List<ListedKeyPair> keyPairs(String resourceGroupId, Map<String, String> tags) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("RegionId", region);
        request.put("PageSize", PAGE);
        request.put("PageNumber", 1);
        if (resourceGroupId != null) {
            request.put("ResourceGroupId", resourceGroupId);
        }
        int n = 1;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            request.put("Tag." + n + ".Key", tag.getKey());
            request.put("Tag." + n + ".Value", tag.getValue());
            n++;
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        while (true) {
            List<Map<String, Object>> result = list(map(rpcPost("DescribeKeyPairs", request, true), "KeyPairs"),
                    "KeyPair");
            objects.addAll(result);
            if (result.size() < PAGE) {
                break;
            }
            request.put("PageNumber", (Integer) request.get("PageNumber") + 1);
        }
        List<ListedKeyPair> listed = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            String name = String.valueOf(object.get("KeyPairName"));
            // object["Tags"].(map[string]interface{})["Tag"]: the provider fails on an item without Tags.
            Map<String, String> itemTags = tagsToMap(map(object, "Tags").get("Tag"));
            listed.add(new ListedKeyPair(name, (String) object.get("KeyPairFingerPrint"),
                    (String) object.get("ResourceGroupId"), itemTags, instances(name)));
        }
        return listed;
    }

    /** {@code getInstances}: {@code DescribeInstances} by {@code KeyPairName}, following {@code NextToken}. */
    private List<Map<String, Object>> instances(String name) throws Exception {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("RegionId", region);
        request.put("KeyPairName", name);
        request.put("MaxResults", PAGE);
        List<Map<String, Object>> instances = new ArrayList<>();
        while (true) {
            Map<String, Object> response = rpcPost("DescribeInstances", request, true);
            List<Map<String, Object>> page = list(map(response, "Instances"), "Instance");
            if (page.isEmpty()) {
                return instances;
            }
            instances.addAll(page);
            if (response.get("NextToken") instanceof String token && !token.isEmpty()) {
                request.put("NextToken", token);
            } else {
                return instances;
            }
        }
    }

    // ---- the schema's own rules ----

    /** What {@code terraform plan} would change for this block against this state: nothing when empty. */
    static List<String> planDiff(Block block, State state) {
        List<String> diff = new ArrayList<>();
        if (block.keyPairName() != null && !block.keyPairName().equals(state.keyPairName())) {
            diff.add("key_pair_name (forces replacement)");
        }
        if (block.resourceGroupId() != null && !block.resourceGroupId().equals(state.resourceGroupId())) {
            diff.add("resource_group_id");
        }
        if (!block.tags().equals(state.tags())) {
            diff.add("tags");
        }
        return diff;
    }

    /** {@code resource.PrefixedUniqueId}: the prefix, a UTC timestamp to 1/10000 s, an eight-digit counter. */
    static String prefixedUniqueId(String prefix) {
        return prefix + UNIQUE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))
                + String.format("%08x", UNIQUE.incrementAndGet());
    }

    // ---- the wire ----

    /** {@code RpcPost}: the parameters as a form body, the answer's JSON body as the provider's map. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> rpcPost(String action, Map<String, Object> body, boolean autoRetry) throws Exception {
        calls.add(action);
        Params params = new Params().setAction(action).setVersion("2014-05-26").setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
        Map<String, ?> result = client.callApi(params, new OpenApiRequest().setQuery(Map.of()).setBody(body),
                new RuntimeOptions().setAutoretry(autoRetry));
        return (Map<String, Object>) result.get("body");
    }

    /** A JSON object the provider walks into: absent is a failure of the answer, as for the provider's jsonpath. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String field) {
        if (!(parent.get(field) instanceof Map<?, ?> child)) {
            throw new AssertionError("the provider reads " + field + " as an object; answered " + parent);
        }
        return (Map<String, Object>) child;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        if (!(parent.get(field) instanceof List<?> child)) {
            throw new AssertionError("the provider reads " + field + " as a list; answered " + parent);
        }
        return (List<Map<String, Object>>) child;
    }

    /** {@code tagsToMap} of a {@code Tags.Tag} list: {@code TagKey} to {@code TagValue}, the cloud's own skipped. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> tagsToMap(Object tags) {
        Map<String, String> result = new TreeMap<>();
        if (tags instanceof List<?> list) {
            for (Object tag : list) {
                Map<String, Object> row = (Map<String, Object>) tag;
                String key = (String) row.get("TagKey");
                if (!IGNORED_TAG.matcher(key).find()) {
                    result.put(key, (String) row.get("TagValue"));
                }
            }
        }
        return result;
    }
}
