package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The façade: each scheme to its verifier, and one nonce ledger for both Alibaba schemes. */
class AuthenticatorTest {

    static final String AK = Credentials.TEST_ACCESS_KEY_ID;
    static final String SECRET = Credentials.TEST_SECRET;

    final Authenticator authenticator = new Authenticator(Credentials.testPair(), Clock.systemUTC());

    static WireRequest rpc(String nonce) {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeRegions", AK);
        parameters.put("SignatureNonce", nonce);
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, SECRET));
        return new WireRequest("GET", "/", WireSigner.form(parameters), Map.of("Host", List.of("h")), null);
    }

    static WireRequest acs3(String nonce) {
        Map<String, String> headers = WireSigner.acs3Headers("h", "DescribeRegions", new byte[0]);
        headers.put("x-acs-signature-nonce", nonce);
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        sent.put("authorization", List.of(WireSigner.acs3("POST", Map.of(), headers, new byte[0], AK, SECRET)));
        return new WireRequest("POST", "/", "", sent, null);
    }

    AccessKey alibaba(SignatureScheme scheme, WireRequest request) throws WireException {
        Parameters query = Parameters.parse(request.rawQuery());
        return authenticator.verifyAlibaba(scheme, request, query, query);
    }

    @Test
    void eachAlibabaSchemeIsCheckedByItsOwnVerifier() throws Exception {
        assertEquals(AK, alibaba(SignatureScheme.HMAC_SHA1, rpc("n-rpc")).id());
        assertEquals(AK, alibaba(SignatureScheme.ACS3_HMAC_SHA256, acs3("n-acs3")).id());
        WireException acs3AsRpc = assertThrows(WireException.class,
                () -> alibaba(SignatureScheme.HMAC_SHA1, acs3("n-other")));
        assertEquals(ProtocolCode.MISSING_PARAMETER, acs3AsRpc.code(), acs3AsRpc.getMessage());
    }

    @Test
    void aNonceSpentUnderOneAlibabaSchemeIsSpentUnderTheOther() throws Exception {
        alibaba(SignatureScheme.HMAC_SHA1, rpc("shared"));
        WireException replay = assertThrows(WireException.class,
                () -> alibaba(SignatureScheme.ACS3_HMAC_SHA256, acs3("shared")));
        assertEquals(ProtocolCode.NONCE_USED, replay.code());
    }

    @Test
    void tencentRequestsAreCheckedAsTc3AndTc3IsNotAnAlibabaScheme() {
        WireException unsigned = assertThrows(WireException.class, () -> authenticator.verifyTencent(rpc("n")));
        assertEquals("The Authorization header is not TC3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...",
                unsigned.getMessage());
        assertThrows(IllegalArgumentException.class, () -> alibaba(SignatureScheme.TC3_HMAC_SHA256, rpc("n")));
    }
}
