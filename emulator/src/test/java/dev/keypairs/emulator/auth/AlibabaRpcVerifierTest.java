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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The classic RPC signature, against signatures the official Tea SDK computes ({@code openapiutil}'s
 * {@code getRPCSignature}, which every Alibaba Java SDK of version 2 calls).
 */
class AlibabaRpcVerifierTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final Credentials credentials = Credentials.of(List.of(new AccessKey(Provider.ALIBABA, "LTAIrpc", "rpc-secret")));
    final AlibabaRpcVerifier verifier = new AlibabaRpcVerifier(credentials,
            new Freshness(Clock.fixed(NOW, ZoneOffset.UTC)));

    static Map<String, String> parameters(String nonce) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "DescribeKeyPairs");
        parameters.put("Version", "2014-05-26");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("KeyPairName", "a b*~");
        parameters.put("AccessKeyId", "LTAIrpc");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", nonce);
        parameters.put("Timestamp", NOW.toString());
        return parameters;
    }

    static Map<String, String> signedBySdk(String method, Map<String, String> parameters) throws Exception {
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        signed.put("Signature", com.aliyun.openapiutil.Client.getRPCSignature(parameters, method, "rpc-secret"));
        return signed;
    }

    AccessKey verify(String method, Map<String, String> parameters) throws WireException {
        String query = WireSigner.form(parameters);
        return verifier.verify(new WireRequest(method, "/", query, Map.of("Host", List.of("h")), null),
                Parameters.parse(query));
    }

    @Test
    void aSignatureTheSdkComputedNamesItsKey() throws Exception {
        AccessKey key = verify("GET", signedBySdk("GET", parameters("n1")));
        assertEquals("LTAIrpc", key.id());
        assertEquals(Provider.ALIBABA, key.provider());
        assertEquals("LTAIrpc", verify("POST", signedBySdk("POST", parameters("n2"))).id());
    }

    @Test
    void aChangedParameterOrMethodDoesNotMatchAndTheStringSignedIsShown() throws Exception {
        Map<String, String> changed = signedBySdk("GET", parameters("n1"));
        changed.put("RegionId", "cn-shanghai");
        WireException mismatch = assertThrows(WireException.class, () -> verify("GET", changed));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, mismatch.code());
        assertTrue(mismatch.getMessage().startsWith("Specified signature is not matched with our calculation. server"
                + " string to sign is:GET&%2F&AccessKeyId%3DLTAIrpc%26Action%3DDescribeKeyPairs%26Format%3DJSON"
                + "%26KeyPairName%3Da%2520b%252A~%26RegionId%3Dcn-shanghai%26"), mismatch.getMessage());
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, assertThrows(WireException.class,
                () -> verify("POST", signedBySdk("GET", parameters("n2")))).code(), "the method is signed");
    }

    @Test
    void theSignatureIsCheckedBeforeTheNonceIsSpent() throws Exception {
        Map<String, String> forged = parameters("n1");
        forged.put("Signature", "forged");
        assertThrows(WireException.class, () -> verify("GET", forged));
        verify("GET", signedBySdk("GET", parameters("n1")));
        WireException replay = assertThrows(WireException.class,
                () -> verify("GET", signedBySdk("GET", parameters("n1"))));
        assertEquals(ProtocolCode.NONCE_USED, replay.code());
        assertTrue(replay.getMessage().contains("SignatureNonce n1"), replay.getMessage());
    }

    @Test
    void anotherMethodAMissingParameterOrAnUnknownKeyIsRefusedByName() throws Exception {
        Map<String, String> sha256 = parameters("n1");
        sha256.put("SignatureMethod", "HMAC-SHA256");
        WireException method = assertThrows(WireException.class, () -> verify("GET", signedBySdk("GET", sha256)));
        assertEquals(ProtocolCode.MALFORMED_SIGNATURE, method.code());
        assertTrue(method.getMessage().startsWith("SignatureMethod HMAC-SHA256 with SignatureVersion 1.0 is not"),
                method.getMessage());

        Map<String, String> noNonce = parameters("n1");
        noNonce.remove("SignatureNonce");
        WireException missing = assertThrows(WireException.class, () -> verify("GET", signedBySdk("GET", noNonce)));
        assertEquals(ProtocolCode.MISSING_PARAMETER, missing.code());
        assertEquals("The input parameter SignatureNonce that is mandatory for processing this request is not"
                + " supplied.", missing.getMessage());

        Map<String, String> stranger = parameters("n1");
        stranger.put("AccessKeyId", "LTAIstranger");
        WireException unknown = assertThrows(WireException.class, () -> verify("GET", signedBySdk("GET", stranger)));
        assertEquals(ProtocolCode.UNKNOWN_ACCESS_KEY, unknown.code());
        assertEquals("Specified access key is not found: LTAIstranger.", unknown.getMessage());
    }
}
