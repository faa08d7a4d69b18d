package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.cloud.client.CannedCloud;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Tag;
import dev.keypairs.store.ApiErrorException;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.ModifyKeyPairAttributeRequest;
import dev.keypairs.store.ModifyResourceTagsRequest;
import dev.keypairs.store.StoredKeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where {@code cloud:} sends the calls of renames, tags and bound instances: which go to which provider's API, and
 * which are answered or refused without a call.
 */
class CloudStoreRoutingTest {

    private final CannedCloud cloud;
    private final KeyPairStore store;

    CloudStoreRoutingTest() throws Exception {
        cloud = new CannedCloud();
        store = KeyPairStores.open("cloud:http://" + cloud.hostAndPort(), Rules.builtIn(),
                CloudKeyPairStoreTest.TEST_PAIR);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        cloud.close();
    }

    private static StoredKeyPair keyPair(Provider provider, String region, List<String> instances) {
        return new StoredKeyPair(provider, region, "ci", null, "00", provider == Provider.TENCENT ? "skey-1q8j7b93"
                : null, Map.of(), null, provider == Provider.TENCENT ? 0L : null, Instant.EPOCH, null, instances);
    }

    @Test
    void aTencentKeyPairSaysItselfWhichInstancesItIsBoundTo() throws Exception {
        assertEquals(List.of("ins-aaaa1111"), store.instancesBoundTo(keyPair(Provider.TENCENT, "ap-guangzhou",
                List.of("ins-aaaa1111"))));
        assertEquals(List.of(), store.instancesBoundTo(keyPair(Provider.TENCENT, "ap-guangzhou", List.of())));
        assertEquals(List.of(), cloud.requests(), "no call");
    }

    @Test
    void anAlibabaKeyPairsInstancesAreAskedOfDescribeInstances() throws Exception {
        cloud.answering("{\"RequestId\":\"r-1\",\"TotalCount\":1,\"NextToken\":\"\",\"Instances\":{\"Instance\":["
                + "{\"InstanceId\":\"i-aaa\",\"KeyPairName\":\"ci\"}]}}");
        assertEquals(List.of("i-aaa"), store.instancesBoundTo(keyPair(Provider.ALIBABA, "cn-hangzhou", List.of())));
        assertEquals(1, cloud.requests().size());
    }

    @Test
    void aRegionOutsideTheCatalogueIsRefusedWithoutACall() {
        ApiErrorException renamed = assertThrows(ApiErrorException.class, () -> store.modifyKeyPairAttribute(
                new ModifyKeyPairAttributeRequest("xx-nowhere-1", "skey-1q8j7b93", "renamed", null)));
        assertEquals("UnsupportedRegion", renamed.error().code().code());
        ApiErrorException bound = assertThrows(ApiErrorException.class, () -> store.instancesBoundTo(
                keyPair(Provider.ALIBABA, "xx-nowhere-1", List.of())));
        assertEquals("InvalidRegionId.NotFound", bound.error().code().code());
        assertEquals(List.of(), cloud.requests(), "no call");
    }

    @Test
    void renamesAndTagChangesArePacedAtTheRatesTencentDocuments() {
        Rules rules = Rules.builtIn();
        for (ApiCall call : List.of(ApiCall.MODIFY_KEY_PAIR_ATTRIBUTE, ApiCall.MODIFY_RESOURCE_TAGS)) {
            assertTrue(store.ratedCalls().contains(call), call.action());
            assertTrue(rules.of(Provider.TENCENT).requestsPerSecond(call).isPresent(), call.action());
        }
    }

    @Test
    void renamesGoToCvmAndTagsToTheTagApi() throws Exception {
        cloud.answering("{\"Response\":{\"RequestId\":\"r-rename\"}}", "{\"Response\":{\"RequestId\":\"r-tags\"}}");
        assertEquals("r-rename", store.modifyKeyPairAttribute(new ModifyKeyPairAttributeRequest("ap-guangzhou",
                "skey-1q8j7b93", "renamed", null)).requestId());
        assertEquals("r-tags", store.modifyResourceTags(new ModifyResourceTagsRequest("ap-guangzhou",
                "skey-1q8j7b93", List.of(new Tag("team", "infra")), List.of())).requestId());
        assertEquals("2017-03-12", cloud.requests().get(0).header("X-TC-Version"));
        assertEquals("2018-08-13", cloud.requests().get(1).header("X-TC-Version"));
        assertTrue(cloud.requests().get(1).body().contains("qcs::cvm:ap-guangzhou:uin/:keypair/skey-1q8j7b93"));
    }
}
