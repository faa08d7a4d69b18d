package dev.keypairs.emulator.alibaba;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.AlibabaTagRules;
import dev.keypairs.provider.Tag;
import dev.keypairs.provider.TagFilter;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.DescribeKeyPairsResponse;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoredKeyPair;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ListTagResources for {@code ResourceType=keypair}, read-only over the store's DescribeKeyPairs: one row per tag
 * of each key pair that passes every filter given ({@code ResourceId.N} the key pair names, {@code Tag.N} tags it
 * holds, a tag without a value holding any value, {@code TagFilter.N} a key with one of its values, or any value
 * when none), ordered by key pair name, then tag key, 50 rows a page. {@code NextToken}, answered only when
 * rows remain (an SDK or Terraform pages until it is absent), names the next row rather than counting, so that
 * a tag added or removed between pages neither repeats nor skips the others. A name the region lacks is simply
 * absent, as the cloud's listing of resources it does not find.
 */
final class AlibabaTagListing {

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::name).thenComparing(Row::key);

    private final KeyPairStore store;
    private final AlibabaTagRules rules;

    AlibabaTagListing(KeyPairStore store, AlibabaTagRules rules) {
        this.store = store;
        this.rules = rules;
    }

    private record Row(String name, String key, String value) {
    }

    ObjectNode answer(AlibabaParameters parameters, String requestId) throws WireException, StoreException {
        String regionId = parameters.text("RegionId");
        List<String> names = parameters.list("ResourceId");
        List<Tag> tags = parameters.tags();
        List<TagFilter> filters = parameters.tagFilters();
        AlibabaResourceActions.refuse(rules.checkListTagResources(regionId, names, tags, filters), requestId);
        String nextToken = parameters.text("NextToken");
        Row from = nextToken == null || nextToken.isEmpty() ? null : decode(nextToken, requestId);
        Set<String> wanted = new HashSet<>(names);
        List<Row> rows = new ArrayList<>();
        for (StoredKeyPair keyPair : everyKeyPair(regionId)) {
            if ((wanted.isEmpty() || wanted.contains(keyPair.name())) && holdsAll(keyPair.tags(), tags)
                    && filters.stream().allMatch(filter -> filter.matches(keyPair.tags()))) {
                keyPair.tags().forEach((key, value) -> rows.add(new Row(keyPair.name(), key, value)));
            }
        }
        rows.sort(ORDER);
        List<Row> remaining = from == null ? rows
                : rows.stream().filter(row -> ORDER.compare(row, from) >= 0).toList();
        ObjectNode body = AlibabaEcsApi.acknowledgement(requestId);
        if (remaining.size() > AlibabaTagRules.LIST_PAGE_SIZE) {
            body.put("NextToken", encode(remaining.get(AlibabaTagRules.LIST_PAGE_SIZE)));
        }
        ArrayNode answered = body.putObject("TagResources").putArray("TagResource");
        for (Row row : remaining.subList(0, Math.min(remaining.size(), AlibabaTagRules.LIST_PAGE_SIZE))) {
            answered.addObject().put("ResourceId", row.name())
                    .put("ResourceType", AlibabaTagRules.KEY_PAIR_RESOURCE_TYPE)
                    .put("TagKey", row.key()).put("TagValue", row.value());
        }
        return body;
    }

    /** The region's key pairs, through DescribeKeyPairs' largest pages (at most the quota of 500: ten calls). */
    private List<StoredKeyPair> everyKeyPair(String regionId) throws StoreException {
        List<StoredKeyPair> all = new ArrayList<>();
        int pageSize = AlibabaTagRules.LIST_PAGE_SIZE;
        for (int page = 1; ; page++) {
            DescribeKeyPairsResponse response = store.describeKeyPairs(new AlibabaDescribeKeyPairsRequest(regionId,
                    null, null, null, List.of(), false, page, pageSize));
            all.addAll(response.keyPairs());
            if (response.keyPairs().size() < pageSize || all.size() >= response.totalCount()) {
                return all;
            }
        }
    }

    private static boolean holdsAll(Map<String, String> held, List<Tag> tags) {
        return tags.stream().allMatch(tag -> held.containsKey(tag.key())
                && (tag.value().isEmpty() || tag.value().equals(held.get(tag.key()))));
    }

    /** The token of a row: its key pair name and tag key; a name never holds the NUL that parts them. */
    private static String encode(Row row) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((row.name() + '\0' + row.key())
                .getBytes(StandardCharsets.UTF_8));
    }

    private Row decode(String token, String requestId) throws ApiErrorException {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new ApiErrorException(rules.invalidNextToken(), requestId);
        }
        int nul = text.indexOf('\0');
        if (nul < 1 || !encode(new Row(text.substring(0, nul), text.substring(nul + 1), "")).equals(token)) {
            throw new ApiErrorException(rules.invalidNextToken(), requestId);
        }
        return new Row(text.substring(0, nul), text.substring(nul + 1), "");
    }
}
