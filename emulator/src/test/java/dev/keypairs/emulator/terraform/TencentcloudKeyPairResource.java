package dev.keypairs.emulator.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsResponse;
import com.tencentcloudapi.cvm.v20170312.models.Filter;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import com.tencentcloudapi.cvm.v20170312.models.ModifyKeyPairAttributeRequest;
import dev.keypairs.emulator.auth.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * The calls Terraform's {@code tencentcloudstack/tencentcloud} provider makes for its {@code tencentcloud_key_pair}
 * resource and {@code tencentcloud_key_pairs} data source, replayed through Tencent Cloud's official Java SDK with
 * the provider's actions, parameters and shapes, taking from each answer what the provider takes. Read from
 * tencentcloudstack/terraform-provider-tencentcloud at f6970a90038400958503a0edab62c6c463baa7b0:
 * <ul>
 * <li>{@code tencentcloud/services/cvm/resource_tc_key_pair.go}: {@code resourceTencentCloudKeyPairCreate}
 * ({@code ImportKeyPair} with {@code KeyName}, {@code ProjectId}, {@code PublicKey} when {@code public_key} is set,
 * else {@code CreateKeyPair} with {@code KeyName}, {@code ProjectId}; no {@code TagSpecification}; then tags through
 * the Tag API), {@code ...Read}, {@code ...Update} ({@code ModifyKeyPairAttribute} for {@code key_name}, the Tag
 * API for {@code tags}; {@code public_key} and {@code project_id} are {@code ForceNew}), {@code ...Delete} (a read,
 * {@code DisassociateInstancesKeyPairs} only for a bound key pair, then {@code DeleteKeyPairs}); the importer is
 * {@code ImportStatePassthrough}: a read by KeyId;</li>
 * <li>{@code tencentcloud/services/cvm/service_tencentcloud_cvm.go}: {@code DescribeKeyPairById} ({@code KeyIds}
 * alone; an empty {@code KeyPairSet} means gone), {@code DescribeKeyPairByFilter} ({@code key-name},
 * {@code project-id}, {@code Offset}/{@code Limit} 100 until a short page), {@code ModifyKeyPairName},
 * {@code DeleteKeyPair};</li>
 * <li>{@code tencentcloud/services/tag/service_tencentcloud_tag.go}: {@code ModifyTags} ({@code ModifyResourceTags}
 * with {@code ReplaceTags} and {@code DeleteTags}, each only when not empty), {@code DescribeResourceTags}
 * ({@code DescribeResourceTagsByResourceIds}, {@code Limit} 20 = {@code DESCRIBE_TAGS_LIMIT} of
 * {@code extension_tags.go}, the next page while a page is full, rows of another {@code ResourceId} skipped),
 * {@code DiffTags}; {@code tencentcloud/common/common.go}: {@code BuildTagResourceName}
 * ({@code qcs::cvm:REGION:uin/:keypair/KEYID});</li>
 * <li>{@code tencentcloud/services/cvm/data_source_tc_key_pairs.go}: its {@code public_key} drops the answer's last
 * word;</li>
 * <li>{@code tencentcloud/connectivity/client.go}: {@code NewClientProfile} (POST, {@code Scheme} from
 * {@code protocol}, {@code RootDomain} from {@code domain}, language {@code en-US}), {@code UseCvmClient},
 * {@code UseTagClient}. The Go SDK it vendors ({@code vendor/github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/client.go})
 * sends each request to {@code SERVICE.DOMAIN} and signs TC3 for the service ({@code cvm}, {@code tag}).</li>
 * </ul>
 * The Java SDK given the same root domain does the same, so these clients are given {@code keypairs.test:PORT} and
 * a resolver that sends {@code cvm.keypairs.test} and {@code tag.keypairs.test} to the emulator, as
 * {@code /etc/hosts} does for the provider; every other name is unknown, so nothing reaches the real cloud. The Tag
 * API is called through the SDK's generic {@link CommonClient} for product {@code tag}, version 2018-08-13: the same
 * requests as the Tag module's client, whose artifact the build cannot resolve.
 */
final class TencentcloudKeyPairResource {

    /** The provider's {@code domain} setting is this name and the emulator's port. */
    static final String DOMAIN_NAME = "keypairs.test";
    /** {@code DESCRIBE_TAGS_LIMIT}. */
    static final int TAG_PAGE = 20;
    /** {@code DescribeKeyPairByFilter}'s page size. */
    static final long FILTER_PAGE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A {@code tencentcloud_key_pair} block: {@code public_key} null when absent, {@code project_id} 0 by default. */
    record Config(String keyName, String publicKey, long projectId, Map<String, String> tags) {
        Config {
            tags = Map.copyOf(tags);
        }

        Config named(String name) {
            return new Config(name, publicKey, projectId, tags);
        }

        Config tagged(Map<String, String> newTags) {
            return new Config(keyName, publicKey, projectId, newTags);
        }
    }

    /** The resource's state after a read, as the provider sets it. */
    record State(String id, String keyName, long projectId, String publicKey, String privateKey, String createdTime,
            Map<String, String> tags) {
    }

    /** One {@code DescribeResourceTagsByResourceIds} call: its {@code Offset} and how many rows it answered. */
    record TagPage(long offset, int rows) {
    }

    /** One entry of the data source's {@code key_pair_list}. */
    record ListedKeyPair(String keyId, String keyName, long projectId, String publicKey, String createTime) {
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws TencentCloudSDKException;
    }

    private final String region;
    private final CvmClient cvm;
    private final CommonClient tag;
    private final List<String> calls = new ArrayList<>();
    private final List<TagPage> tagPages = new ArrayList<>();

    /** The provider configured with {@code domain = "keypairs.test:PORT"}, {@code protocol = "HTTP"}, this region. */
    TencentcloudKeyPairResource(int port, String region) {
        this.region = region;
        Credential credential = new Credential(Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET);
        this.cvm = new CvmClient(credential, region, profile(port));
        this.tag = new CommonClient("tag", "2018-08-13", credential, region, profile(port));
    }

    private static ClientProfile profile(int port) {
        HttpProfile http = new HttpProfile();
        http.setReqMethod("POST");
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setRootDomain(DOMAIN_NAME + ":" + port);
        http.setHttpClient(new OkHttpClient.Builder().dns(TencentcloudKeyPairResource::hostsFile)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build());
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        profile.setLanguage(Language.EN_US);
        return profile;
    }

    /** {@code cvm.keypairs.test} and {@code tag.keypairs.test} as {@code 127.0.0.1}, as the hosts file has them. */
    private static List<InetAddress> hostsFile(String host) throws UnknownHostException {
        if (host.equals("cvm." + DOMAIN_NAME) || host.equals("tag." + DOMAIN_NAME)) {
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        }
        throw new UnknownHostException(host + " is not in the test's hosts file");
    }

    /** The actions sent since the last call, in order; then forgets them. */
    List<String> takeCalls() {
        List<String> taken = List.copyOf(calls);
        calls.clear();
        return taken;
    }

    /** The tag pages read since the last call, in order; then forgets them. */
    List<TagPage> takeTagPages() {
        List<TagPage> taken = List.copyOf(tagPages);
        tagPages.clear();
        return taken;
    }

    // ---- the resource ----

    /** {@code terraform apply} of a new block: create, tag, read. */
    State create(Config config) throws TencentCloudSDKException {
        String keyId;
        String privateKey = null;
        if (config.publicKey() != null) {
            ImportKeyPairRequest request = new ImportKeyPairRequest();
            request.setKeyName(config.keyName());
            request.setProjectId(config.projectId());
            request.setPublicKey(config.publicKey());
            keyId = cvm("ImportKeyPair", () -> cvm.ImportKeyPair(request)).getKeyId();
        } else {
            CreateKeyPairRequest request = new CreateKeyPairRequest();
            request.setKeyName(config.keyName());
            request.setProjectId(config.projectId());
            KeyPair created = cvm("CreateKeyPair", () -> cvm.CreateKeyPair(request)).getKeyPair();
            keyId = created.getKeyId();
            privateKey = created.getPrivateKey();
        }
        if (!config.tags().isEmpty()) {
            modifyTags(keyId, config.tags(), List.of());
        }
        State partial = new State(keyId, null, 0, null, privateKey, null, Map.of());
        return read(partial).orElseThrow(() -> new AssertionError("the key pair just made reads as gone"));
    }

    /** A read (refresh, plan, import): empty when the provider would remove the resource from the state. */
    Optional<State> read(State prior) throws TencentCloudSDKException {
        KeyPair keyPair = describeKeyPairById(prior.id());
        if (keyPair == null) {
            return Optional.empty();
        }
        String publicKey = prior.publicKey();
        if (keyPair.getPublicKey() != null) {
            publicKey = firstTwoWordsIfMore(keyPair.getPublicKey());
        }
        String privateKey = keyPair.getPrivateKey() != null ? keyPair.getPrivateKey() : prior.privateKey();
        String createdTime = keyPair.getCreatedTime() != null ? keyPair.getCreatedTime() : prior.createdTime();
        Map<String, String> tags = describeResourceTags(prior.id());
        return Optional.of(new State(prior.id(), keyPair.getKeyName(), keyPair.getProjectId(), publicKey, privateKey,
                createdTime, tags));
    }

    /** {@code terraform import tencentcloud_key_pair.NAME KEYID}: a read from the id alone. */
    Optional<State> importById(String keyId) throws TencentCloudSDKException {
        return read(new State(keyId, null, 0, null, null, null, Map.of()));
    }

    /** {@code terraform apply} of a changed {@code key_name} or {@code tags}: in place, then a read. */
    State update(State prior, Config config) throws TencentCloudSDKException {
        if (!prior.keyName().equals(config.keyName())) {
            ModifyKeyPairAttributeRequest request = new ModifyKeyPairAttributeRequest();
            request.setKeyId(prior.id());
            request.setKeyName(config.keyName());
            cvm("ModifyKeyPairAttribute", () -> cvm.ModifyKeyPairAttribute(request));
        }
        if (!prior.tags().equals(config.tags())) {
            // DiffTags: every new or changed tag replaced, every tag gone deleted.
            Map<String, String> replace = new TreeMap<>();
            config.tags().forEach((key, value) -> {
                if (!value.equals(prior.tags().get(key))) {
                    replace.put(key, value);
                }
            });
            List<String> delete = prior.tags().keySet().stream().filter(key -> !config.tags().containsKey(key))
                    .sorted().toList();
            modifyTags(prior.id(), replace, delete);
        }
        return read(prior).orElseThrow(() -> new AssertionError("the key pair just updated reads as gone"));
    }

    /** {@code terraform destroy}: whether the provider sent a delete (false: the key pair was already gone). */
    boolean delete(String keyId) throws TencentCloudSDKException {
        KeyPair keyPair = describeKeyPairById(keyId);
        if (keyPair == null) {
            return false;
        }
        if (keyPair.getAssociatedInstanceIds() == null || keyPair.getAssociatedInstanceIds().length > 0) {
            throw new AssertionError("the provider reads AssociatedInstanceIds to unbind first; answered "
                    + Arrays.toString(keyPair.getAssociatedInstanceIds()));
        }
        DeleteKeyPairsRequest request = new DeleteKeyPairsRequest();
        request.setKeyIds(new String[] {keyId});
        cvm("DeleteKeyPairs", () -> cvm.DeleteKeyPairs(request));
        return true;
    }

    /** {@code DescribeKeyPairById}: the first of the set, or null. */
    KeyPair describeKeyPairById(String keyId) throws TencentCloudSDKException {
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        request.setKeyIds(new String[] {keyId});
        KeyPair[] set = cvm("DescribeKeyPairs", () -> cvm.DescribeKeyPairs(request)).getKeyPairSet();
        if (set == null) {
            throw new AssertionError("the provider reads KeyPairSet, absent from the answer");
        }
        return set.length > 0 ? set[0] : null;
    }

    private void modifyTags(String keyId, Map<String, String> replace, List<String> deleteKeys)
            throws TencentCloudSDKException {
        ObjectNode request = JSON.createObjectNode();
        request.put("Resource", "qcs::cvm:" + region + ":uin/:keypair/" + keyId);
        if (!replace.isEmpty()) {
            ArrayNode replaceTags = request.putArray("ReplaceTags");
            replace.forEach((key, value) -> replaceTags.addObject().put("TagKey", key).put("TagValue", value));
        }
        if (!deleteKeys.isEmpty()) {
            ArrayNode deleteTags = request.putArray("DeleteTags");
            deleteKeys.forEach(key -> deleteTags.addObject().put("TagKey", key));
        }
        tag("ModifyResourceTags", request);
    }

    /** {@code DescribeResourceTags}: every page of 20 until one is not full, rows of this KeyId only. */
    Map<String, String> describeResourceTags(String keyId) throws TencentCloudSDKException {
        Map<String, String> tags = new TreeMap<>();
        long offset = 0;
        int count = TAG_PAGE;
        while (count == TAG_PAGE) {
            ObjectNode request = JSON.createObjectNode();
            request.put("ServiceType", "cvm");
            request.put("ResourcePrefix", "keypair");
            request.putArray("ResourceIds").add(keyId);
            request.put("ResourceRegion", region);
            request.put("Offset", offset);
            request.put("Limit", TAG_PAGE);
            JsonNode rows = tag("DescribeResourceTagsByResourceIds", request).path("Tags");
            if (!rows.isArray()) {
                throw new AssertionError("the provider reads Tags as a list; answered " + rows);
            }
            count = rows.size();
            for (JsonNode row : rows) {
                if (text(row, "ResourceId").equals(keyId)) {
                    tags.put(text(row, "TagKey"), text(row, "TagValue"));
                }
            }
            tagPages.add(new TagPage(offset, count));
            offset += count;
        }
        return tags;
    }

    // ---- the data source ----

    /** {@code data "tencentcloud_key_pairs"} with {@code key_id}, {@code key_name}, {@code project_id} (each optional). */
    List<ListedKeyPair> keyPairs(String keyId, String keyName, Long projectId) throws TencentCloudSDKException {
        String name = keyName == null ? "" : keyName.replaceFirst("^\\^", "").replaceFirst("\\$$", "");
        DescribeKeyPairsRequest request = new DescribeKeyPairsRequest();
        if (keyId != null) {
            request.setKeyIds(new String[] {keyId});
        }
        List<Filter> filters = new ArrayList<>();
        if (!name.isEmpty()) {
            filters.add(filter("key-name", name));
        }
        if (projectId != null) {
            filters.add(filter("project-id", Long.toString(projectId)));
        }
        if (!filters.isEmpty()) {
            // The Go SDK leaves an empty Filters out (omitempty).
            request.setFilters(filters.toArray(Filter[]::new));
        }
        List<KeyPair> found = new ArrayList<>();
        long offset = 0;
        while (true) {
            request.setOffset(offset);
            request.setLimit(FILTER_PAGE);
            DescribeKeyPairsResponse response = cvm("DescribeKeyPairs", () -> cvm.DescribeKeyPairs(request));
            KeyPair[] page = response.getKeyPairSet();
            if (page.length < 1) {
                break;
            }
            found.addAll(Arrays.asList(page));
            if (page.length < FILTER_PAGE) {
                break;
            }
            offset += FILTER_PAGE;
        }
        Pattern pattern = Pattern.compile(keyName == null ? "" : keyName);
        List<ListedKeyPair> listed = new ArrayList<>();
        for (KeyPair keyPair : found) {
            if (!pattern.matcher(keyPair.getKeyName()).find()) {
                continue;
            }
            String publicKey = null;
            if (keyPair.getPublicKey() != null) {
                List<String> words = Arrays.asList(keyPair.getPublicKey().split(" ", -1));
                publicKey = String.join(" ", words.subList(0, words.size() - 1));
            }
            listed.add(new ListedKeyPair(keyPair.getKeyId(), keyPair.getKeyName(), keyPair.getProjectId(), publicKey,
                    keyPair.getCreatedTime()));
        }
        return listed;
    }

    // ---- the schema's own rules ----

    /** {@code public_key}'s StateFunc: the first two words when there are more, trimmed. */
    static String publicKeyStateFunc(String value) {
        return firstTwoWordsIfMore(value).strip();
    }

    /** The read's handling of the answered {@code PublicKey}: the first two words when there are more. */
    static String firstTwoWordsIfMore(String publicKey) {
        String[] split = publicKey.split(" ", -1);
        return split.length > 2 ? split[0] + " " + split[1] : publicKey;
    }

    /** What {@code terraform plan} would change for this block against this state: nothing when empty. */
    static List<String> planDiff(Config config, State state) {
        List<String> diff = new ArrayList<>();
        if (!config.keyName().equals(state.keyName())) {
            diff.add("key_name");
        }
        if (config.projectId() != state.projectId()) {
            diff.add("project_id (forces replacement)");
        }
        if (config.publicKey() != null && !publicKeyStateFunc(config.publicKey()).equals(state.publicKey())) {
            diff.add("public_key (forces replacement)");
        }
        if (!config.tags().equals(state.tags())) {
            diff.add("tags");
        }
        return diff;
    }

    // ---- the wire ----

    private <T> T cvm(String action, Call<T> call) throws TencentCloudSDKException {
        calls.add(action);
        return call.run();
    }

    private JsonNode tag(String action, ObjectNode request) throws TencentCloudSDKException {
        calls.add(action);
        String answer = tag.call(action, request.toString());
        try {
            JsonNode response = JSON.readTree(answer).path("Response");
            if (!response.path("RequestId").isTextual()) {
                throw new AssertionError("no Response.RequestId in " + answer);
            }
            return response;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + answer, e);
        }
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new AssertionError("the provider dereferences " + field + ", answered " + row);
        }
        return value.asText();
    }

    private static Filter filter(String name, String value) {
        Filter filter = new Filter();
        filter.setName(name);
        filter.setValues(new String[] {value});
        return filter;
    }

    /** The tags, in order, as a map the tests compare. */
    static Map<String, String> tags(String... keysAndValues) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return tags;
    }
}
