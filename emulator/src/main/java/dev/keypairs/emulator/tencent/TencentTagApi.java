package dev.keypairs.emulator.tencent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.account.Accounts;
import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.CallGate;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TencentKeyPairResource;
import dev.keypairs.provider.TencentRules;
import dev.keypairs.provider.TencentTagQueryRules;
import dev.keypairs.provider.TencentTagRules;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Tencent Cloud's Tag API (2018-08-13) for key pairs over the store of each call's account: ModifyResourceTags,
 * TagResources, UnTagResources and DescribeResourceTagsByResourceIds, on the very tags CVM's key pairs hold, so that
 * what one API writes the other reads. A key pair is the resource {@code qcs::cvm:REGION:uin/UIN:keypair/KEYID} ({@link TencentKeyPairResource}).
 * Every write is the store's ModifyResourceTags on one key pair; TagResources and UnTagResources make one a key pair
 * and answer those refused in {@code FailedResources}, as their definition describes. Each instance serves the
 * requests of one signature scheme; the envelope is {@link TencentEnvelope}'s.
 */
public final class TencentTagApi implements ProviderApi {

    /** The API version served. */
    public static final String VERSION = "2018-08-13";

    /** The actions served, as the wire names them: what a fault rule may name for Tencent Cloud. */
    public static final Set<String> ACTIONS = Arrays.stream(TagAction.values()).map(TagAction::wireName)
            .collect(Collectors.toUnmodifiableSet());
    /** The service a TC3 signature names for the Tag API (its host is {@code tag.tencentcloudapi.com}). */
    public static final String SERVICE = "tag";

    private final TencentRules rules;
    private final TencentTagRules tags;
    private final TencentEnvelope envelope;

    /**
     * @param accounts the accounts whose stores the actions read and write: each call its key's
     * @param rules Tencent's rules, with the region catalogue the store knows
     * @param authenticator checks each request's signature
     * @param scheme the scheme of the requests this API is handed: {@link SignatureScheme#TC3_HMAC_SHA256}, or
     *     either of signature version 1's
     * @param internalErrors told of every failure of the emulator itself, with the RequestId answered
     * @throws IllegalArgumentException for a scheme that is not Tencent's
     */
    public TencentTagApi(Accounts accounts, TencentRules rules, Authenticator authenticator, SignatureScheme scheme,
            BiConsumer<String, Throwable> internalErrors) {
        this(accounts, rules, authenticator, scheme, internalErrors, CallGate.OPEN);
    }

    /**
     * An API whose verified calls of served actions pass a gate (the fault rules) before they run.
     *
     * @param gate what each verified call of a served action passes before it runs
     */
    public TencentTagApi(Accounts accounts, TencentRules rules, Authenticator authenticator, SignatureScheme scheme,
            BiConsumer<String, Throwable> internalErrors, CallGate gate) {
        this.envelope = new TencentEnvelope(accounts, authenticator, scheme, internalErrors, gate);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.tags = rules.tags();
    }

    @Override
    public WireResponse answer(WireRequest request) {
        return envelope.answer(request, new TagProduct());
    }

    @Override
    public WireResponse refuse(WireRequest request, WireException refusal) {
        return envelope.refuse(refusal);
    }

    /** The Tag API as the envelope serves it: its version and its actions. */
    private final class TagProduct implements TencentEnvelope.Product<TagAction> {

        @Override
        public String name() {
            return "Tag";
        }

        @Override
        public String version() {
            return VERSION;
        }

        @Override
        public Optional<TagAction> action(String wireName) {
            return TagAction.of(wireName);
        }

        @Override
        public String serves() {
            return "ModifyResourceTags, TagResources, UnTagResources and DescribeResourceTagsByResourceIds for key"
                    + " pairs";
        }

        @Override
        public ObjectNode perform(TagAction action, String region, TencentParameters parameters, KeyPairStore store)
                throws WireException, StoreException {
            return switch (action) {
                case MODIFY_RESOURCE_TAGS -> modifyResourceTags(parameters, store);
                case TAG_RESOURCES -> changeEach(parameters.texts("ResourceList"), parameters.tagObjects("Tags"),
                        List.of(), store);
                case UN_TAG_RESOURCES -> changeEach(parameters.texts("ResourceList"), List.of(),
                        parameters.texts("TagKeys"), store);
                case DESCRIBE_RESOURCE_TAGS_BY_RESOURCE_IDS -> describeResourceTags(parameters, store);
            };
        }

        @Override
        public ProtocolCode forbidden(TagAction action) {
            return action == TagAction.TAG_RESOURCES || action == TagAction.UN_TAG_RESOURCES
                    ? ProtocolCode.FORBIDDEN_BY_CAM : ProtocolCode.FORBIDDEN;
        }
    }

    private ObjectNode modifyResourceTags(TencentParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        String resource = parameters.text("Resource");
        if (resource == null) {
            TencentEnvelope.refuse(Optional.of(rules.missingParameter("Resource")));
        }
        for (String list : List.of("ReplaceTags", "DeleteTags")) {
            if (parameters.givenEmpty(list)) {
                TencentEnvelope.refuse(Optional.of(tags.emptyTagList(list)));
            }
        }
        TencentEnvelope.refuse(tags.checkResourceName(resource));
        TencentKeyPairResource keyPair = TencentKeyPairResource.parse(resource).orElseThrow();
        return TencentEnvelope.result(store.modifyResourceTags(new ModifyResourceTagsRequest(keyPair.regionId(),
                keyPair.keyId(), parameters.tagObjects("ReplaceTags"), parameters.tagKeyObjects("DeleteTags")))
                .requestId());
    }

    /**
     * TagResources (tags to set) or UnTagResources (keys to remove): the request checked whole, then one change a
     * key pair; a key pair refused is answered in {@code FailedResources}, the others changed.
     */
    private ObjectNode changeEach(List<String> resources, List<Tag> replaceTags, List<String> deleteTagKeys,
            KeyPairStore store) throws StoreException {
        TencentEnvelope.refuse(replaceTags.isEmpty() ? tags.checkUnTagResources(resources, deleteTagKeys)
                : tags.checkTagResources(resources, replaceTags));
        ObjectNode body = TencentEnvelope.result(TencentEnvelope.newRequestId());
        ArrayNode failed = body.putArray("FailedResources");
        for (String resource : new LinkedHashSet<>(resources)) {
            TencentKeyPairResource keyPair = TencentKeyPairResource.parse(resource).orElseThrow();
            try {
                store.modifyResourceTags(new ModifyResourceTagsRequest(keyPair.regionId(), keyPair.keyId(),
                        replaceTags, deleteTagKeys));
            } catch (ApiErrorException refused) {
                failed.addObject().put("Resource", resource).put("Code", refused.error().code().code())
                        .put("Message", refused.error().message());
            }
        }
        return body;
    }

    /**
     * One row per tag of each key pair asked for, in the order asked, each with its bare KeyId, {@code cvm}, and the
     * MD5 of its key and value, as Terraform's provider reads them; paged by {@code Offset} and {@code Limit}. Other
     * services' and prefixes' resources, which an emulated account does not hold, have no tags; key pairs' tags are
     * all custom ({@code Category=System} finds none).
     */
    private ObjectNode describeResourceTags(TencentParameters parameters, KeyPairStore store)
            throws WireException, StoreException {
        String serviceType = parameters.text("ServiceType");
        String resourcePrefix = parameters.text("ResourcePrefix");
        String region = parameters.text("ResourceRegion");
        List<String> resourceIds = parameters.texts("ResourceIds");
        long offset = Optional.ofNullable(parameters.integer("Offset")).orElse(0L);
        long limit = Optional.ofNullable(parameters.integer("Limit")).orElse((long) TencentTagQueryRules.DEFAULT_LIMIT);
        String category = parameters.text("Category");
        TencentEnvelope.refuse(tags.query().check(serviceType, resourcePrefix, region, resourceIds, offset, limit,
                category));
        List<ObjectNode> rows = new ArrayList<>();
        String requestId = TencentEnvelope.newRequestId();
        if (TencentTagQueryRules.namesKeyPairs(serviceType, resourcePrefix) && !"System".equals(category)) {
            List<String> keyIds = List.copyOf(new LinkedHashSet<>(resourceIds));
            DescribeKeyPairsResponse described = store.describeKeyPairs(new TencentDescribeKeyPairsRequest(region,
                    keyIds, List.of(), 0, keyIds.size()));
            requestId = described.requestId();
            List<StoredKeyPair> found = described.keyPairs();
            for (String keyId : keyIds) {
                for (StoredKeyPair keyPair : found) {
                    if (keyId.equals(keyPair.keyId())) {
                        keyPair.tags().forEach((key, value) -> rows.add(row(keyId, key, value)));
                    }
                }
            }
        }
        ObjectNode body = TencentEnvelope.result(requestId);
        body.put("TotalCount", rows.size());
        body.put("Offset", offset);
        body.put("Limit", limit);
        ArrayNode page = body.putArray("Tags");
        rows.stream().skip(offset).limit(limit).forEach(page::add);
        return body;
    }

    private static ObjectNode row(String keyId, String key, String value) {
        return Documents.object().put("TagKey", key).put("TagValue", value).put("ResourceId", keyId)
                .put("TagKeyMd5", md5(key)).put("TagValueMd5", md5(value))
                .put("ServiceType", TencentTagRules.SERVICE_TYPE);
    }

    /** The lowercase hex MD5 of a text's UTF-8 bytes, as the Tag API answers {@code TagKeyMd5}. */
    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
