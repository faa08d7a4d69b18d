package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each request to the API of the scheme it claims, Tencent's action header winning over any signature, the
 * parameters of the query or the form body telling Tencent's signature version 1 from Alibaba's classic one.
 */
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

    final ProviderRouting routing = new ProviderRouting(new Unused("rpc"), new Unused("acs3"), new Unused("tencent"),
            new Unused("tencent-v1"), new Unused("tag"), new Unused("tag-v1"));

    static WireRequest request(String... headers) {
        return query("Action=DescribeRegions", headers);
    }

    static WireRequest query(String query, String... headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new WireRequest("POST", "/", query, map, null);
    }

    static WireRequest form(String body, String... headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return new WireRequest("POST", "/", "", map, body.getBytes(StandardCharsets.UTF_8));
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

    @Test
    void anyTc3SchemeIsTencentsToRefuseAndAnyAcs3SchemeAlibabas() {
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(),
                request("Authorization", "TC3-HMAC-SHA1 Credential=a"));
        routes(SignatureScheme.ACS3_HMAC_SHA256, routing.alibabaAcs3(),
                request("Authorization", "ACS3-HMAC-SM3 Credential=a"));
    }

    @Test
    void tencentsSignatureVersionOneIsToldFromAlibabasClassicSignatureByItsParameters() {
        String tencent = "Action=DescribeKeyPairs&Version=2017-03-12&SecretId=k&Nonce=1&Timestamp=1&Signature=s";
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentV1(),
                query(tencent + "&SignatureMethod=HmacSHA256"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA1, routing.tencentV1(), query(tencent + "&SignatureMethod=HmacSHA1"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentV1(),
                form(tencent + "&SignatureMethod=HmacSHA256", "X-TC-TraceId", "t"));
        // Tencent verifies HMAC-SHA1 whenever SignatureMethod is not HmacSHA256: absent, or a name it does not know.
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA1, routing.tencentV1(), form(tencent));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA1, routing.tencentV1(), form(tencent + "&SignatureMethod=HmacMD5"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA1, routing.tencentV1(), query("Secret%49d=k&Signature=s%ZZ"));

        String alibaba = "Action=DescribeKeyPairs&Version=2014-05-26&AccessKeyId=k&SignatureVersion=1.0&Signature=s";
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), query(alibaba + "&SignatureMethod=HMAC-SHA1"));
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), form(alibaba + "&SignatureMethod=HMAC-SHA1"));
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), form(alibaba + "&SignatureMethod=HmacMD5"));
        // Both keys named: the SignatureMethod decides, and without one the classic API refuses it.
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), form(alibaba + "&SecretId=k&SignatureMethod=HMAC-SHA1"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentV1(),
                form(alibaba + "&SecretId=k&SignatureMethod=HmacSHA256"));
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), form(alibaba + "&SecretId=k"));
        // A form's parameters count only in a form body.
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), new WireRequest("POST", "/", "",
                Map.of("Content-Type", List.of("application/json")), "SecretId=k".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tencentsTagApiIsToldFromCvmByTheSignedServiceOrElseByTheVersion() {
        String scope = "TC3-HMAC-SHA256 Credential=k/2026-12-07/%s/tc3_request, SignedHeaders=host, Signature=s";
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencentTag(), request("Authorization",
                scope.formatted("tag"), "X-TC-Action", "ModifyResourceTags", "X-TC-Version", "2018-08-13"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencentTag(), request("Authorization",
                scope.formatted("tag"), "X-TC-Version", "2017-03-12"), "signed for tag: the Tag API refuses the version");
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("Authorization",
                scope.formatted("cvm"), "X-TC-Version", "2018-08-13"), "signed for cvm: CVM refuses the version");
        // An SDK pointed at 127.0.0.1:PORT signs for "127": the version tells.
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencentTag(), request("Authorization",
                scope.formatted("127"), "X-TC-Version", "2018-08-13"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("Authorization",
                scope.formatted("127"), "X-TC-Version", "2017-03-12"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("Authorization",
                scope.formatted("localhost"), "X-TC-Version", "2019-01-01"));
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("Authorization", "TC3-HMAC-SHA256 x",
                "X-TC-Version", "2017-03-12"), "a scope not in its form names no service");
        String v1 = "Action=DescribeResourceTagsByResourceIds&SecretId=k&Nonce=1&Timestamp=1&Signature=s"
                + "&SignatureMethod=HmacSHA256&Version=";
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentTagV1(), query(v1 + "2018-08-13"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentTagV1(), form(v1 + "2018-08-13"));
        routes(SignatureScheme.TENCENT_V1_HMAC_SHA256, routing.tencentV1(), query(v1 + "2017-03-12"));
    }

    private void routes(SignatureScheme scheme, ProviderApi api, WireRequest request, String why) {
        assertEquals(scheme, ProviderRouting.schemeOf(request), why);
        assertSame(api, routing.apiFor(request), why);
    }

    @Test
    void anotherTencentHeaderWithoutASignatureIsTencentsToRefuse() {
        routes(SignatureScheme.TC3_HMAC_SHA256, routing.tencent(), request("X-TC-TraceId", "t"));
        routes(SignatureScheme.HMAC_SHA1, routing.alibabaRpc(), query("AccessKeyId=k", "X-TC-TraceId", "t"));
    }
}
