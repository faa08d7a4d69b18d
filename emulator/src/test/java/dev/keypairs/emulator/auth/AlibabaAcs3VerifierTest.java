package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.tea.TeaRequest;
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

/**
 * The V3 signature, against Authorization headers the official Tea SDK computes ({@code openapiutil}'s
 * {@code getAuthorization}, which the Tea ECS client calls).
 */
class AlibabaAcs3VerifierTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final String HOST = "127.0.0.1:8080";

    final Credentials credentials = Credentials.of(List.of(new AccessKey(Provider.ALIBABA, "LTAIv3", "v3-secret")));
    final AlibabaAcs3Verifier verifier = new AlibabaAcs3Verifier(credentials,
            new Freshness(Clock.fixed(NOW, ZoneOffset.UTC)));

    static Map<String, String> headers(String nonce, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", HOST);
        headers.put("x-acs-action", "DescribeKeyPairs");
        headers.put("x-acs-version", "2014-05-26");
        headers.put("x-acs-date", NOW.toString());
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", WireSigner.sha256Hex(body));
        headers.put("content-type", "application/x-www-form-urlencoded");
        return headers;
    }

    static String signedBySdk(Map<String, String> query, Map<String, String> headers) throws Exception {
        TeaRequest request = TeaRequest.create();
        request.method = "POST";
        request.pathname = "/";
        request.query = new LinkedHashMap<>(query);
        request.headers = new LinkedHashMap<>(headers);
        return com.aliyun.openapiutil.Client.getAuthorization(request, "ACS3-HMAC-SHA256",
                headers.get("x-acs-content-sha256"), "LTAIv3", "v3-secret");
    }

    AccessKey verify(String rawQuery, Map<String, String> headers, String authorization, byte[] body)
            throws WireException {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        sent.put("Authorization", List.of(authorization));
        return verifier.verify(new WireRequest("POST", "/", rawQuery, sent, body), Parameters.parse(rawQuery));
    }

    @Test
    void anAuthorizationTheSdkComputedNamesItsKeyWithAFormBodyCoveredByItsHash() throws Exception {
        byte[] body = "KeyPairName=a%20b".getBytes(StandardCharsets.UTF_8);
        Map<String, String> query = Map.of("RegionId", "cn-hangzhou", "PageSize", "50");
        Map<String, String> headers = headers("n1", body);
        AccessKey key = verify("RegionId=cn-hangzhou&PageSize=50", headers, signedBySdk(query, headers), body);
        assertEquals("LTAIv3", key.id());
    }

    @Test
    void aBodyNotTheHashedOneOrAChangedQueryDoesNotMatch() throws Exception {
        byte[] body = "KeyPairName=a".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = headers("n1", body);
        String authorization = signedBySdk(Map.of("RegionId", "cn-hangzhou"), headers);
        WireException otherBody = assertThrows(WireException.class, () -> verify("RegionId=cn-hangzhou", headers,
                authorization, "KeyPairName=b".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, otherBody.code());
        assertEquals("x-acs-content-sha256 is not the SHA-256 of the request body.", otherBody.getMessage());

        WireException otherQuery = assertThrows(WireException.class,
                () -> verify("RegionId=cn-shanghai", headers, authorization, body));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, otherQuery.code());
        assertTrue(otherQuery.getMessage().startsWith("The request signature does not conform to Aliyun standards."
                + " server string to sign is:ACS3-HMAC-SHA256 "), otherQuery.getMessage());
        assertTrue(otherQuery.getMessage().contains("(canonical request: POST\\n/\\nRegionId=cn-shanghai\\n"),
                otherQuery.getMessage());
    }

    @Test
    void aSignatureLeavingOutAHeaderTheEmulatorReadsIsIncomplete() throws Exception {
        byte[] body = new byte[0];
        Map<String, String> headers = headers("n1", body);
        String authorization = signedBySdk(Map.of(), headers).replace("x-acs-action;", "");
        WireException incomplete = assertThrows(WireException.class, () -> verify("", headers, authorization, body));
        assertEquals(ProtocolCode.MALFORMED_SIGNATURE, incomplete.code());
        assertTrue(incomplete.getMessage().endsWith("leaves out x-acs-action, which the signature must cover."),
                incomplete.getMessage());
    }

    @Test
    void theNonceIsSpentOnceTheSignatureHolds() throws Exception {
        byte[] body = new byte[0];
        Map<String, String> headers = headers("n1", body);
        String authorization = signedBySdk(Map.of(), headers);
        verify("", headers, authorization, body);
        WireException replay = assertThrows(WireException.class, () -> verify("", headers, authorization, body));
        assertEquals(ProtocolCode.NONCE_USED, replay.code());
        assertTrue(replay.getMessage().contains("x-acs-signature-nonce n1"), replay.getMessage());
    }
}
