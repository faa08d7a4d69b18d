package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.provider.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tencent's signature version 1 in the forms the official SDKs sign it (HmacSHA1 and HmacSHA256, GET with a query
 * and POST with a form, the host as the endpoint was given), signed by {@link WireSigner} as the SDKs' sources
 * do, and its refusals.
 */
class TencentV1VerifierTest {

    static final long NOW = Instant.parse("2026-12-01T10:00:00Z").getEpochSecond();
    static final String HOST = "127.0.0.1:8089";
    static final String SECRET = "v1-secret";

    final Credentials credentials = Credentials.of(List.of(new AccessKey(Provider.TENCENT, "AKIDv1", SECRET),
            new AccessKey(Provider.ALIBABA, "LTAIonly", SECRET)));
    final TencentV1Verifier verifier = new TencentV1Verifier(credentials,
            new Freshness(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)));

    /** DescribeKeyPairs with a filter and a value that percent-encoding changes, as the Node.js SDK fills it. */
    static Map<String, String> parameters(String method) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Filters.0.Name", "key-name");
        parameters.put("Filters.0.Values.0", "ops key+1/é");
        parameters.put("KeyIds.0", "skey-abcdefgh");
        parameters.put("Limit", "5");
        parameters.put("Action", "DescribeKeyPairs");
        parameters.put("RequestClient", "SDK_NODEJS_INTL_EN_3.0.1335");
        parameters.put("Nonce", "0");
        parameters.put("Timestamp", String.valueOf(NOW));
        parameters.put("Version", "2017-03-12");
        parameters.put("Language", "en-US");
        parameters.put("SecretId", "AKIDv1");
        parameters.put("Region", "ap-guangzhou");
        parameters.put("SignatureMethod", method);
        return parameters;
    }

    static Map<String, String> signed(String httpMethod, String signedHost, String method) {
        Map<String, String> parameters = parameters(method);
        parameters.put("Signature", WireSigner.tencentV1(httpMethod, signedHost, parameters, method, SECRET));
        return parameters;
    }

    static WireRequest get(String host, Map<String, String> parameters) {
        return new WireRequest("GET", "/", WireSigner.tencentForm(parameters), Map.of("Host", List.of(host)), null);
    }

    static WireRequest post(String host, Map<String, String> parameters) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of(host));
        headers.put("Content-Type", List.of("application/x-www-form-urlencoded"));
        return new WireRequest("POST", "/", "", headers,
                WireSigner.tencentForm(parameters).getBytes(StandardCharsets.UTF_8));
    }

    AccessKey verify(WireRequest request) throws WireException {
        Parameters parameters = Parameters.parse(request.rawQuery())
                .with(request.hasFormBody() ? request.bodyText() : "");
        return verifier.verify(request, parameters);
    }

    static void refused(ProtocolCode code, Executable call) {
        WireException refusal = assertThrows(WireException.class, call);
        assertEquals(code, refusal.code(), refusal.getMessage());
    }

    @Test
    void hmacSha1AndHmacSha256OverAQueryOrAFormAreEachAccepted() throws Exception {
        for (String method : List.of("HmacSHA1", "HmacSHA256")) {
            assertEquals("AKIDv1", verify(get(HOST, signed("GET", HOST, method))).id(), method);
            assertEquals("AKIDv1", verify(post(HOST, signed("POST", HOST, method))).id(), method);
        }
    }

    @Test
    void theSignedHostIsTheEndpointTheSdkWasGiven() throws Exception {
        // Any SDK given "localhost:8089" signs and sends it so; Python's given "http://HOST:PORT" (tccli's only
        // way to plain HTTP) sends that as the Host header and signs it too.
        assertEquals("AKIDv1", verify(post("localhost:8089", signed("POST", "localhost:8089", "HmacSHA256"))).id());
        assertEquals("AKIDv1", verify(post("http://" + HOST, signed("POST", "http://" + HOST, "HmacSHA256"))).id());
        // Given "HOST:80", the Node.js and Java HTTP clients leave the default port out of the Host header.
        assertEquals("AKIDv1", verify(post("127.0.0.1", signed("POST", "127.0.0.1:80", "HmacSHA256"))).id());
        // No genuine SDK signs the host without the port it sends.
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(post(HOST, signed("POST", "127.0.0.1", "HmacSHA256"))));
        refused(ProtocolCode.SIGNATURE_MISMATCH,
                () -> verify(post("127.0.0.1:8090", signed("POST", "127.0.0.1:80", "HmacSHA256"))));
    }

    @Test
    void pythonAndJavaWriteAnUnderscoreInANameAsADot() throws Exception {
        Map<String, String> parameters = parameters("HmacSHA1");
        parameters.put("Key_Name", "x");
        Map<String, String> dotted = new LinkedHashMap<>(parameters);
        dotted.remove("Key_Name");
        dotted.put("Key.Name", "x");
        parameters.put("Signature", WireSigner.tencentV1("POST", HOST, dotted, "HmacSHA1", SECRET));
        assertEquals("AKIDv1", verify(post(HOST, parameters)).id());
    }

    @Test
    void anyOtherSignatureMethodIsVerifiedAsHmacSha1AsTencentDocumentsIt() throws Exception {
        Map<String, String> absent = parameters("HmacSHA1");
        absent.remove("SignatureMethod");
        absent.put("Signature", WireSigner.tencentV1("POST", HOST, absent, "HmacSHA1", SECRET));
        assertEquals("AKIDv1", verify(post(HOST, absent)).id());
        Map<String, String> md5 = parameters("HmacMD5");
        md5.put("Signature", WireSigner.tencentV1("POST", HOST, md5, "HmacMD5", SECRET));
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(post(HOST, md5)));
        Map<String, String> claimsSha256 = parameters("HmacSHA256");
        claimsSha256.put("Signature", WireSigner.tencentV1("POST", HOST, claimsSha256, "HmacSHA1", SECRET));
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(post(HOST, claimsSha256)));
    }

    @Test
    void aWrongSecretOrAChangedPartDoesNotMatchAndSaysWhatWasSigned() {
        Map<String, String> wrong = parameters("HmacSHA256");
        wrong.put("Signature", WireSigner.tencentV1("POST", HOST, wrong, "HmacSHA256", "not-the-secret"));
        WireException mismatch = assertThrows(WireException.class, () -> verify(post(HOST, wrong)));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, mismatch.code());
        assertTrue(mismatch.getMessage().contains("String to sign (HmacSHA256): POST127.0.0.1:8089/?Action="
                + "DescribeKeyPairs&Filters.0.Name=key-name&Filters.0.Values.0=ops key+1/é&KeyIds.0=skey-abcdefgh&"),
                mismatch.getMessage());
        assertTrue(!mismatch.getMessage().contains(SECRET), "never the secret");

        Map<String, String> changed = signed("POST", HOST, "HmacSHA256");
        changed.put("Limit", "6");
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(post(HOST, changed)));
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(get(HOST, signed("POST", HOST, "HmacSHA256"))));
    }

    @Test
    void anUnknownSecretIdIsNotFoundAndAnAlibabaKeyIsNotATencentOne() {
        Map<String, String> unknown = parameters("HmacSHA256");
        unknown.put("SecretId", "AKIDnobody");
        unknown.put("Signature", WireSigner.tencentV1("POST", HOST, unknown, "HmacSHA256", SECRET));
        refused(ProtocolCode.UNKNOWN_ACCESS_KEY, () -> verify(post(HOST, unknown)));
        Map<String, String> alibaba = parameters("HmacSHA256");
        alibaba.put("SecretId", "LTAIonly");
        alibaba.put("Signature", WireSigner.tencentV1("POST", HOST, alibaba, "HmacSHA256", SECRET));
        refused(ProtocolCode.UNKNOWN_ACCESS_KEY, () -> verify(post(HOST, alibaba)));
    }

    @Test
    void aTimeMoreThanFiveMinutesOffIsExpiredOnceTheSignatureHolds() throws Exception {
        for (long offset : List.of(-300L, 300L)) {
            Map<String, String> edge = parameters("HmacSHA1");
            edge.put("Timestamp", String.valueOf(NOW + offset));
            edge.put("Signature", WireSigner.tencentV1("POST", HOST, edge, "HmacSHA1", SECRET));
            assertEquals("AKIDv1", verify(post(HOST, edge)).id(), "at the window's edge: " + offset);
        }
        Map<String, String> stale = parameters("HmacSHA1");
        stale.put("Timestamp", String.valueOf(NOW - 301));
        stale.put("Signature", WireSigner.tencentV1("POST", HOST, stale, "HmacSHA1", SECRET));
        refused(ProtocolCode.TIMESTAMP_EXPIRED, () -> verify(post(HOST, stale)));
        stale.put("Signature", WireSigner.tencentV1("POST", HOST, stale, "HmacSHA1", "not-the-secret"));
        refused(ProtocolCode.SIGNATURE_MISMATCH, () -> verify(post(HOST, stale)));
    }

    @Test
    void aMissingOrMalformedPartOfTheSignatureIsAnInvalidAuthorization() {
        for (String part : List.of("SecretId", "Signature", "Nonce", "Timestamp")) {
            Map<String, String> missing = signed("POST", HOST, "HmacSHA256");
            missing.remove(part);
            refused(ProtocolCode.MALFORMED_SIGNATURE, () -> verify(post(HOST, missing)));
            Map<String, String> empty = signed("POST", HOST, "HmacSHA256");
            empty.put(part, "");
            refused(ProtocolCode.MALFORMED_SIGNATURE, () -> verify(post(HOST, empty)));
        }
        for (String nonce : List.of("x1", "1.5", "12345678901234567890")) {
            Map<String, String> malformed = parameters("HmacSHA256");
            malformed.put("Nonce", nonce);
            malformed.put("Signature", WireSigner.tencentV1("POST", HOST, malformed, "HmacSHA256", SECRET));
            refused(ProtocolCode.MALFORMED_SIGNATURE, () -> verify(post(HOST, malformed)));
        }
        Map<String, String> notATime = parameters("HmacSHA256");
        notATime.put("Timestamp", "2026-12-01T10:00:00Z");
        notATime.put("Signature", WireSigner.tencentV1("POST", HOST, notATime, "HmacSHA256", SECRET));
        refused(ProtocolCode.MALFORMED_SIGNATURE, () -> verify(post(HOST, notATime)));
    }

    @Test
    void everyNonceAGenuineSdkDrawsIsAccepted() throws Exception {
        // Node.js: 0 to 65535; Python: up to sys.maxsize; Java: Math.abs of a random int, negative for MIN_VALUE.
        for (String nonce : List.of("0", "65535", String.valueOf(Long.MAX_VALUE), "-2147483648")) {
            Map<String, String> parameters = parameters("HmacSHA256");
            parameters.put("Nonce", nonce);
            parameters.put("Signature", WireSigner.tencentV1("POST", HOST, parameters, "HmacSHA256", SECRET));
            assertEquals("AKIDv1", verify(post(HOST, parameters)).id(), nonce);
        }
    }
}
