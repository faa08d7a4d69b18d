package dev.keypairs.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.TencentDescribeKeyPairsRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * DescribeKeyPairs' filters on a key pair's own fields and on its tags, on key pairs as the account stores them
 * (the store conformance suite checks the same through a store).
 */
class TencentDescribeKeyPairsTest {

    private static final StoredKeyPair TAGGED = keyPair("web", 7L, Map.of("team", "ops", "env", "prod"));
    private static final StoredKeyPair PLAIN = keyPair("db", 0L, Map.of());

    @Test
    void tagFiltersMatchTheKeyPairsTags() {
        assertEquals(List.of(TAGGED), matching("tag-key", "team", "absent"));
        assertEquals(List.of(TAGGED), matching("tag-value", "prod"));
        assertEquals(List.of(), matching("tag-value", "team"), "tag-value matches values, not keys");
        assertEquals(List.of(TAGGED), matching("tag:team", "dev", "ops"));
        assertEquals(List.of(), matching("tag:team", "prod"), "tag:KEY matches that key's value");
        assertEquals(List.of(), matching("tag:owner", "ops"));
    }

    @Test
    void nameAndProjectFiltersMatchTheirFields() {
        assertEquals(List.of(PLAIN), matching("key-name", "db"));
        assertEquals(List.of(TAGGED), matching("project-id", "007"));
    }

    private static List<StoredKeyPair> matching(String name, String... values) {
        var matcher = TencentDescribeKeyPairs.matcher(new TencentDescribeKeyPairsRequest.Filter(name, List.of(values)));
        return List.of(TAGGED, PLAIN).stream().filter(matcher).toList();
    }

    private static StoredKeyPair keyPair(String name, Long projectId, Map<String, String> tags) {
        return new StoredKeyPair(Provider.TENCENT, "ap-guangzhou", name, "ssh-rsa AAAA", "00", "skey-00000000", tags,
                null, projectId, Instant.EPOCH);
    }
}
