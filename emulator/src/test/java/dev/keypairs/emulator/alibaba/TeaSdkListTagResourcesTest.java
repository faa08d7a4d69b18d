package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest.ListTagResourcesRequestTag;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest.ListTagResourcesRequestTagFilter;
import com.aliyun.ecs20140526.models.ListTagResourcesResponseBody;
import com.aliyun.ecs20140526.models.ListTagResourcesResponseBody.ListTagResourcesResponseBodyTagResourcesTagResource;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * ListTagResources ({@code ResourceType=keypair}) through the Tea SDK's {@code listTagResources}: one row per tag,
 * the filters, NextToken paging of 50 rows, and the refusals its official definition lists. Also CreateKeyPair's
 * {@code KeyPairId}, which this SDK's model reads.
 */
class TeaSdkListTagResourcesTest {

    private static final String HANGZHOU = "cn-hangzhou";
    private static final String RSA = Fixtures.text("rsa-2048.pub");

    private Emulator emulator;
    private Client client;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        client = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http")
                .setRegionId(HANGZHOU));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private void importTagged(String name, String... keysAndValues) throws Exception {
        List<ImportKeyPairRequest.ImportKeyPairRequestTag> tags = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.add(new ImportKeyPairRequest.ImportKeyPairRequestTag().setKey(keysAndValues[i])
                    .setValue(keysAndValues[i + 1]));
        }
        client.importKeyPair(new ImportKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName(name)
                .setPublicKeyBody(RSA).setTag(tags));
    }

    private ListTagResourcesRequest keyPairs() {
        return new ListTagResourcesRequest().setRegionId(HANGZHOU).setResourceType("keypair");
    }

    private static List<String> rows(ListTagResourcesResponseBody body) {
        return body.getTagResources().getTagResource().stream().map(TeaSdkListTagResourcesTest::row).toList();
    }

    private static String row(ListTagResourcesResponseBodyTagResourcesTagResource row) {
        assertEquals("keypair", row.getResourceType());
        return row.getResourceId() + ":" + row.getTagKey() + "=" + row.getTagValue();
    }

    @Test
    void onePerTagOfTheKeyPairsNamedAsTerraformAsks() throws Exception {
        importTagged("alpha", "team", "ops", "env", "prod");
        importTagged("beta", "team", "dev");
        importTagged("bare");
        ListTagResourcesResponseBody body = client.listTagResources(keyPairs().setResourceId(List.of("alpha", "bare",
                "never-there"))).getBody();
        assertEquals(List.of("alpha:env=prod", "alpha:team=ops"), rows(body), "an unknown name is simply absent");
        assertNull(body.getNextToken(), "no NextToken when nothing remains: Terraform pages until it is absent");
        assertTrue(body.getRequestId().matches("[0-9A-F-]{36}"), body.getRequestId());

        assertEquals(List.of("alpha:env=prod", "alpha:team=ops", "beta:team=dev"), rows(client.listTagResources(
                keyPairs().setTagFilter(List.of(new ListTagResourcesRequestTagFilter().setTagKey("team")))).getBody()));
        assertEquals(List.of("beta:team=dev"), rows(client.listTagResources(keyPairs().setTagFilter(List.of(
                new ListTagResourcesRequestTagFilter().setTagKey("team").setTagValues(List.of("dev", "qa")))))
                .getBody()));
        assertEquals(List.of("alpha:env=prod", "alpha:team=ops"), rows(client.listTagResources(keyPairs().setTag(
                List.of(new ListTagResourcesRequestTag().setKey("team").setValue("ops")))).getBody()));
    }

    @Test
    void pagesOfFiftyRowsFollowTheNextToken() throws Exception {
        for (int i = 0; i < 6; i++) {
            String[] tags = IntStream.range(0, 20).boxed().flatMap(t -> List.of(String.format("t%02d", t), "v").stream())
                    .toArray(String[]::new);
            importTagged("k" + i, tags);
        }
        List<String> all = new ArrayList<>();
        ListTagResourcesRequest request = keyPairs().setTagFilter(List.of(new ListTagResourcesRequestTagFilter()
                .setTagKey("t00")));
        int pages = 0;
        do {
            ListTagResourcesResponseBody body = client.listTagResources(request).getBody();
            assertTrue(body.getTagResources().getTagResource().size() <= 50);
            all.addAll(rows(body));
            request.setNextToken(body.getNextToken());
            pages++;
        } while (request.getNextToken() != null);
        assertEquals(3, pages, "120 rows in pages of 50");
        assertEquals(120, all.size());
        assertEquals(120, all.stream().distinct().count());
        assertEquals("k0:t00=v", all.get(0));
        assertEquals("k5:t19=v", all.get(119));
    }

    @Test
    void refusalsAsTheDefinitionLists() throws Exception {
        importTagged("alpha", "team", "ops");
        refused("InvalidTags.MalFormed", 400, () -> client.listTagResources(keyPairs()
                .setTag(List.of(new ListTagResourcesRequestTag().setKey("team")))
                .setTagFilter(List.of(new ListTagResourcesRequestTagFilter().setTagKey("team")))));
        refused("BothEmpty.TagsAndResources", 403, () -> client.listTagResources(keyPairs()));
        refused("Invalid.NextToken", 403, () -> client.listTagResources(keyPairs().setResourceId(List.of("alpha"))
                .setNextToken("not-a-token")));
        refused("NumberExceed.TagValues", 403, () -> client.listTagResources(keyPairs().setTagFilter(List.of(
                new ListTagResourcesRequestTagFilter().setTagKey("team").setTagValues(List.of("1", "2", "3", "4",
                        "5", "6"))))));
        refused("NumberExceed.ResourceIds", 400, () -> client.listTagResources(keyPairs().setResourceId(
                IntStream.range(0, 51).mapToObj(i -> "k" + i).toList())));
        refused("InvalidResourceType.NotFound", 404, () -> client.listTagResources(keyPairs().setResourceType("disk")
                .setResourceId(List.of("alpha"))));
        refused("MissingParameter.ResourceType", 404, () -> client.listTagResources(keyPairs().setResourceType(null)
                .setResourceId(List.of("alpha"))));
    }

    @Test
    void createKeyPairAnswersItsKeyPairId() throws Exception {
        String first = client.createKeyPair(new CreateKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName("one"))
                .getBody().getKeyPairId();
        String second = client.createKeyPair(new CreateKeyPairRequest().setRegionId(HANGZHOU).setKeyPairName("two"))
                .getBody().getKeyPairId();
        assertTrue(first.matches("ssh-[a-z0-9]{18}"), first);
        assertTrue(second.matches("ssh-[a-z0-9]{18}"), second);
        assertTrue(!first.equals(second), "each its own");
    }

    private static void refused(String code, int status, Executable call) {
        TeaException error = assertThrows(TeaException.class, call);
        assertEquals(code, error.getCode(), error.getMessage());
        assertEquals(status, error.getStatusCode(), error.getMessage());
    }
}
