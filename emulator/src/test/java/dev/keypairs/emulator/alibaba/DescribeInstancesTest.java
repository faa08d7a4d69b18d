package dev.keypairs.emulator.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.auth.Credentials;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ECS DescribeInstances answered as an account without instances answers it, through both official SDKs: an empty
 * page with every field the SDKs' response models hold ({@code DescribeInstancesResponseBody}), whatever it filters
 * on ({@code KeyPairName}, as Terraform's {@code alicloud_ecs_key_pairs} and {@code cloud:} ask).
 */
class DescribeInstancesTest {

    Emulator emulator;
    Client tea;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
        tea = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("http")
                .setRegionId("cn-hangzhou").setConnectTimeout(5_000).setReadTimeout(10_000));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void anAccountWithoutInstancesAnswersAnEmptyPage() throws Exception {
        DescribeInstancesResponseBody page = tea.describeInstances(new DescribeInstancesRequest()
                .setRegionId("cn-hangzhou").setKeyPairName("deploy-key").setPageSize(100)).getBody();
        assertEquals(0, page.getTotalCount());
        assertEquals(1, page.getPageNumber());
        assertEquals(100, page.getPageSize());
        assertEquals("", page.getNextToken());
        assertEquals(List.of(), page.getInstances().getInstance());
        assertEquals(36, page.getRequestId().length());

        DescribeInstancesResponseBody defaults = tea.describeInstances(new DescribeInstancesRequest()
                .setRegionId("cn-shanghai").setInstanceIds("[\"i-1\"]").setMaxResults(500)).getBody();
        assertEquals(1, defaults.getPageNumber());
        assertEquals(100, defaults.getPageSize(), "MaxResults over 100 is 100, as its definition says");
    }

    @Test
    void theRegionAndThePageAreChecked() {
        assertEquals("InvalidRegionId.NotFound", assertThrows(TeaException.class, () -> tea.describeInstances(
                new DescribeInstancesRequest().setRegionId("cn-atlantis"))).getCode());
        assertEquals("InvalidParameter", assertThrows(TeaException.class, () -> tea.describeInstances(
                new DescribeInstancesRequest().setRegionId("cn-hangzhou").setPageSize(101))).getCode());
        assertEquals("InvalidParameter", assertThrows(TeaException.class, () -> tea.describeInstances(
                new DescribeInstancesRequest().setRegionId("cn-hangzhou").setPageNumber(0))).getCode());
    }

    @Test
    void theClassicSdkReadsTheSamePage() throws ClientException {
        DefaultAcsClient classic = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou",
                Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET));
        com.aliyuncs.ecs.model.v20140526.DescribeInstancesRequest request =
                new com.aliyuncs.ecs.model.v20140526.DescribeInstancesRequest();
        request.setSysEndpoint(emulator.hostAndPort());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysRegionId("cn-hangzhou");
        request.setKeyPairName("deploy-key");
        var page = classic.getAcsResponse(request);
        assertEquals(0, page.getTotalCount());
        assertEquals(10, page.getPageSize());
        assertEquals(List.of(), page.getInstances());
    }
}
