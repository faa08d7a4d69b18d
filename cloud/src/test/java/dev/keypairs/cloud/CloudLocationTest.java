package dev.keypairs.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What {@code cloud:} URIs say, and the ones refused before anything is called. */
class CloudLocationTest {

    private static CloudLocation of(String uri) throws Exception {
        return CloudLocation.of(StoreUri.parse(uri));
    }

    @Test
    void cloudAloneIsEveryRegionAtItsPublicEndpoint() throws Exception {
        CloudLocation location = of("cloud:");
        for (Provider provider : Provider.values()) {
            assertEquals(Optional.empty(), location.settings().get(provider).endpoint());
            assertEquals(Duration.ofSeconds(10), location.settings().get(provider).connectTimeout());
            assertEquals(Duration.ofSeconds(30), location.settings().get(provider).readTimeout());
        }
        assertEquals(OptionalInt.empty(), location.tencentQuota());
    }

    @Test
    void oneEndpointTakesBothProvidersAndAProvidersOwnWins() throws Exception {
        CloudLocation both = of("cloud:http://127.0.0.1:8089?tencentQuota=100&readTimeout=5");
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8089")), both.settings().get(Provider.ALIBABA).endpoint());
        assertEquals(Optional.of("127.0.0.1:8089"), both.settings().get(Provider.TENCENT).hostAndPort());
        assertEquals(OptionalInt.of(100), both.tencentQuota());
        assertEquals(Duration.ofSeconds(5), both.settings().get(Provider.TENCENT).readTimeout());

        CloudLocation split = of("cloud:?tencentEndpoint=https://cvm.proxy.example/");
        assertEquals(Optional.empty(), split.settings().get(Provider.ALIBABA).endpoint());
        assertEquals(Optional.of(URI.create("https://cvm.proxy.example")), split.settings().get(Provider.TENCENT)
                .endpoint());
        assertTrue(!split.settings().get(Provider.TENCENT).plainHttp());
    }

    @Test
    void whatIsNotAnEndpointOrAnOptionIsRefused() {
        for (String uri : new String[] {"cloud:ftp://host:21", "cloud:http://host:1/path", "cloud:http://u:p@host:1",
                "cloud:127.0.0.1:8089", "cloud:?alibabaEndpoint=host", "cloud:?region=cn-hangzhou",
                "cloud:?readTimeout=0", "cloud:?connectTimeout=x", "cloud:http://h:1?tencentQuota=-1"}) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> of(uri), uri);
            assertTrue(refused.getMessage().contains("cloud"), refused.getMessage());
        }
    }

    @Test
    void anEndpointRefusedForItsUserInfoIsQuotedWithoutItsPassword() {
        for (String uri : new String[] {"cloud:http://user:hunter2@127.0.0.1:8089",
                "cloud:?alibabaEndpoint=http://user:hunter2@127.0.0.1:8089"}) {
            StoreUnavailableException refused = assertThrows(StoreUnavailableException.class, () -> of(uri), uri);
            assertTrue(refused.getMessage().contains("http://user:***@127.0.0.1:8089"), refused.getMessage());
            assertTrue(!refused.getMessage().contains("hunter2"), refused.getMessage());
        }
    }
}
