package dev.keypairs.cloud.alibaba;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each Alibaba region's calls go where the official SDK resolves them, or to the one endpoint given. */
class AlibabaEndpointsTest {

    private static final AccessKey KEY = new AccessKey("id", "secret", null);

    @Test
    void eachRegionAtTheEndpointItsSdkResolves() {
        AlibabaClient client = AlibabaClient.withKey(new ClientSettings(Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), KEY, AccessKeyInUse.Source.FRONT_END);
        // The SDK's own map for the central regions, its rule ecs.REGION.aliyuncs.com for the others.
        assertEquals("ecs-cn-hangzhou.aliyuncs.com", client.where("cn-hangzhou"));
        assertEquals("ecs.cn-shanghai.aliyuncs.com", client.where("cn-shanghai"));
        assertEquals("ecs.ap-southeast-1.aliyuncs.com", client.where("ap-southeast-1"));
        assertEquals("ecs.eu-central-1.aliyuncs.com", client.where("eu-central-1"));
    }

    @Test
    void oneEndpointGivenTakesEveryRegion() {
        AlibabaClient client = AlibabaClient.withKey(new ClientSettings(Optional.of(URI.create("http://127.0.0.1:8089")),
                Duration.ofSeconds(1), Duration.ofSeconds(1)), KEY, AccessKeyInUse.Source.FRONT_END);
        assertEquals("127.0.0.1:8089", client.where("cn-hangzhou"));
        assertEquals("127.0.0.1:8089", client.where("ap-southeast-1"));
    }
}
