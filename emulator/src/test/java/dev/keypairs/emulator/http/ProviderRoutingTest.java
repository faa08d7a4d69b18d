package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each request to the API of the scheme it claims, Tencent's action header winning over any signature. */
class ProviderRoutingTest {

    /** An API that answers nothing: the routing only hands requests over. */
    record Unused(String name) implements ProviderApi {

        @Override
        public WireResponse answer(WireRequest request) {
            throw new AssertionError(name + " answered");
        }

        @Override
        public WireResponse refuse(WireRequest request, WireException refusal) {
            throw new AssertionError(name + " refused");
        }
    }

    final ProviderRouting routing = new ProviderRouting(new Unused("rpc"), new Unused("acs3"), new Unused("tencent"));

    static WireRequest request(String... headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new WireRequest("POST", "/", "Action=DescribeRegions", map, null);
    }

    void routes(SignatureScheme scheme, ProviderApi api, WireRequest request) {
        assertEquals(scheme, ProviderRouting.schemeOf(request));
        assertSame(api, routing.apiFor(request));
    }

    @Test
    void theAuthorizationHeadersSchemeOrATencentActionDecides() {
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), request());
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), request("Authorization", "Bearer x"));
        routes(SignatureScheme.ACS3_HMAC_SHA256, routing.alibabaAcs3(),
                request("Authorization", "ACS3-HMAC-SHA256 Credential=a"));
        routes(SignatureScheme.ACS3_HMAC_SHA256, routing.alibabaAcs3(),
                request("Authorization", "ACS3-HMAC-SHA256nonsense"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(),
                request("Authorization", "TC3-HMAC-SHA256 Credential=a"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("X-TC-Action", "DescribeRegions"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(),
                request("Authorization", "ACS3-HMAC-SHA256 Credential=a", "X-TC-Action", "DescribeRegions"));
    }
}
