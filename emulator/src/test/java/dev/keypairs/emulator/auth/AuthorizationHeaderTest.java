package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Authorization header both header-signed schemes share: its fields, its SignedHeaders, its refusals. */
class AuthorizationHeaderTest {

    static WireRequest request(String authorization, String... headerNames) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        for (String name : headerNames) {
            headers.put(name, List.of("v"));
        }
        return new WireRequest("POST", "/", "", headers, null);
    }

    static String refusal(WireRequest request, SignatureScheme scheme) {
        WireException refused = assertThrows(WireException.class, () -> AuthorizationHeader.read(request, scheme));
        assertEquals(ProtocolCode.MALFORMED_SIGNATURE, refused.code());
        return refused.getMessage();
    }

    @Test
    void theFieldsAfterTheSchemesNameAreReadTrimmedWithCommasOrCommaSpaces() throws Exception {
        AuthorizationHeader header = AuthorizationHeader.read(request("TC3-HMAC-SHA256 Credential=a/b/c/tc3_request,"
                + " SignedHeaders=content-type;host, Signature=f00"), SignatureScheme.TC3_HMAC_SHA256);
        assertEquals(SignatureScheme.TC3_HMAC_SHA256, header.scheme());
        assertEquals(Map.of("Credential", "a/b/c/tc3_request", "SignedHeaders", "content-type;host",
                "Signature", "f00"), header.fields());
        assertEquals("f00", header.field("Signature"));
    }

    @Test
    void anotherSchemeAFieldNotNameValueOrARepeatedOneIsNotTheForm() {
        String form = "The Authorization header is not ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...";
        assertEquals(form, refusal(request(null), SignatureScheme.ACS3_HMAC_SHA256));
        assertEquals(form, refusal(request("TC3-HMAC-SHA256 Credential=a"), SignatureScheme.ACS3_HMAC_SHA256));
        assertEquals(form, refusal(request("ACS3-HMAC-SHA256 nonsense"), SignatureScheme.ACS3_HMAC_SHA256));
        assertEquals(form, refusal(request("ACS3-HMAC-SHA256 Signature=a,Signature=b"),
                SignatureScheme.ACS3_HMAC_SHA256));
    }

    @Test
    void anEmptyOrMissingFieldIsNamed() throws Exception {
        AuthorizationHeader header = AuthorizationHeader.read(request("ACS3-HMAC-SHA256 Credential=,Signature=a"),
                SignatureScheme.ACS3_HMAC_SHA256);
        assertEquals("The Authorization header has no Credential.",
                assertThrows(WireException.class, () -> header.field("Credential")).getMessage());
        assertEquals("The Authorization header has no SignedHeaders.",
                assertThrows(WireException.class, () -> header.field("SignedHeaders")).getMessage());
    }

    @Test
    void signedHeadersAreLowercaseCarriedAndCoverThoseRequired() throws Exception {
        List<String> required = List.of("host");
        WireRequest carried = request("ACS3-HMAC-SHA256 SignedHeaders=host;x-a", "host", "x-a");
        assertEquals(List.of("host", "x-a"), AuthorizationHeader.read(carried, SignatureScheme.ACS3_HMAC_SHA256)
                .signedHeaders(required, carried));

        Map<String, String> refusals = Map.of(
                "host;X-A", "SignedHeaders 'host;X-A' is not a list of lowercase header names separated by ';'.",
                "host;;x-a", "SignedHeaders 'host;;x-a' is not a list of lowercase header names separated by ';'.",
                "host;x-b", "SignedHeaders names x-b, which the request does not carry.",
                "x-a", "SignedHeaders 'x-a' leaves out host, which the signature must cover.");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            WireRequest request = request("ACS3-HMAC-SHA256 SignedHeaders=" + refusal.getKey(), "host", "x-a");
            AuthorizationHeader header = AuthorizationHeader.read(request, SignatureScheme.ACS3_HMAC_SHA256);
            WireException refused = assertThrows(WireException.class, () -> header.signedHeaders(required, request));
            assertEquals(ProtocolCode.MALFORMED_SIGNATURE, refused.code());
            assertEquals(refusal.getValue(), refused.getMessage());
        }
    }
}
