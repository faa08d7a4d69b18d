package dev.keypairs.cloud.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.cloud.client.ClientSettings;
import dev.keypairs.store.AccessKey;
import dev.keypairs.store.AccessKeyInUse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tencent's regions share one public endpoint, but the finance regions, which are isolated and have their own. */
class TencentEndpointsTest {

    private static final AccessKey KEY = new AccessKey("id", "secret", null);

    @Test
    void theFinanceRegionsHaveEndpointsOfTheirOwn() {
        TencentClient client = TencentClient.withKey(new ClientSettings(Optional.empty(), Duration.ofSeconds(1),
                Duration.ofSeconds(1)), KEY, AccessKeyInUse.Source.FRONT_END);
        assertEquals("cvm.tencentcloudapi.com", client.endpoint("ap-guangzhou"));
        assertEquals("cvm.tencentcloudapi.com", client.endpoint("na-siliconvalley"));
        assertEquals("cvm.ap-shanghai-fsi.tencentcloudapi.com", client.endpoint("ap-shanghai-fsi"));
        assertEquals("cvm.ap-shenzhen-fsi.tencentcloudapi.com", client.endpoint("ap-shenzhen-fsi"));
    }

    @Test
    void oneEndpointGivenTakesEveryRegion() {
        TencentClient client = TencentClient.withKey(new ClientSettings(Optional.of(URI.create("https://proxy.example:8443")),
                Duration.ofSeconds(1), Duration.ofSeconds(1)), KEY, AccessKeyInUse.Source.FRONT_END);
        assertEquals("proxy.example:8443", client.endpoint("ap-guangzhou"));
        assertEquals("proxy.example:8443", client.endpoint("ap-shanghai-fsi"));
    }
}
