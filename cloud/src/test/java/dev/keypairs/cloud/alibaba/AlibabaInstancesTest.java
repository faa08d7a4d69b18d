package dev.keypairs.cloud.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.cloud.client.CannedCloud;
import dev.keypairs.provider.ErrorKind;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import dev.keypairs.store.ApiErrorException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The instances bound to an Alibaba key pair, asked of DescribeInstances through the official SDK by
 * {@code KeyPairName}, page after page ({@code MaxResults}, {@code NextToken}), against an endpoint answering canned
 * JSON shaped as ECS 2014-05-26 answers it.
 */
class AlibabaInstancesTest {

    private static final AccessKey KEY = new AccessKey("LTAItest", "secret", null);

    private final CannedCloud cloud;

    AlibabaInstancesTest() throws Exception {
        cloud = new CannedCloud();
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private AlibabaClient client() {
        return AlibabaClient.withKey(cloud.settings(), KEY, AccessKeyInUse.Source.FRONT_END);
    }

    /** The request's parameters, query and form body together, decoded. */
    private static String parameters(CannedCloud.Request request) {
        return URLDecoder.decode(request.path() + "&" + request.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theInstancesOfEveryPageByKeyPairName() throws Exception {
        cloud.answering("{\"RequestId\":\"r-1\",\"TotalCount\":3,\"NextToken\":\"page-2\",\"Instances\":{\"Instance\":["
                        + "{\"InstanceId\":\"i-aaa\",\"KeyPairName\":\"ci\"},{\"InstanceId\":\"i-bbb\",\"KeyPairName\":\"ci\"}]}}",
                "{\"RequestId\":\"r-2\",\"TotalCount\":3,\"NextToken\":\"\",\"Instances\":{\"Instance\":["
                        + "{\"InstanceId\":\"i-ccc\",\"KeyPairName\":\"ci\"}]}}");

        assertEquals(List.of("i-aaa", "i-bbb", "i-ccc"), client().instancesBoundTo("cn-hangzhou", "ci"));

        assertEquals(2, cloud.requests().size());
        String first = parameters(cloud.requests().get(0));
        assertTrue(first.contains("Action=DescribeInstances") || "DescribeInstances".equals(
                cloud.requests().get(0).header("x-acs-action")), first);
        assertTrue(first.contains("KeyPairName=ci"), first);
        assertTrue(first.contains("RegionId=cn-hangzhou"), first);
        assertTrue(first.contains("MaxResults=100"), first);
        assertFalse(first.contains("NextToken"), first);
        assertTrue(parameters(cloud.requests().get(1)).contains("NextToken=page-2"), parameters(cloud.requests().get(1)));
    }

    @Test
    void anAccountWithoutInstancesAnswersOneEmptyPage() throws Exception {
        cloud.answering("{\"RequestId\":\"r-1\",\"TotalCount\":0,\"PageNumber\":1,\"PageSize\":10,\"NextToken\":\"\","
                + "\"Instances\":{\"Instance\":[]}}");
        assertEquals(List.of(), client().instancesBoundTo("cn-hangzhou", "ci"));
        assertEquals(1, cloud.requests().size());
    }

    @Test
    void aTokenThatDoesNotMoveOnEndsThePaging() throws Exception {
        String same = "{\"RequestId\":\"r\",\"NextToken\":\"again\",\"Instances\":{\"Instance\":[{\"InstanceId\":\"i-a\"}]}}";
        cloud.answering(same, same, same);
        assertEquals(List.of("i-a", "i-a"), client().instancesBoundTo("cn-hangzhou", "ci"));
        assertEquals(2, cloud.requests().size());
    }

    @Test
    void aRefusalArrivesWithItsCode() {
        cloud.answering(403, "{\"RequestId\":\"r-1\",\"Code\":\"Forbidden.RAM\",\"Message\":\"no ecs:DescribeInstances\"}");
        ApiErrorException refused = assertThrows(ApiErrorException.class,
                () -> client().instancesBoundTo("cn-hangzhou", "ci"));
        assertEquals("Forbidden.RAM", refused.error().code().code());
        assertEquals(ErrorKind.DENIED, refused.kind());
        assertEquals("r-1", refused.requestId());
    }
}
