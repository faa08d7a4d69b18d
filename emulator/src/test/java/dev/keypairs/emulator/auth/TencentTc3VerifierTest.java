package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.WireSigner;
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
 * The TC3 signature in the forms the official SDKs sign it (host with its port or without, the body's hash or
 * that of {@code UNSIGNED-PAYLOAD}), signed by {@link WireSigner} as the SDKs' sources do, and its refusals.
 */
class TencentTc3VerifierTest {

    static final long NOW = Instant.parse("2026-12-01T10:00:00Z").getEpochSecond();
    static final String HOST = "127.0.0.1:8080";
    static final String BODY = "{\"Limit\":5}";

    final Credentials credentials = Credentials.of(List.of(new AccessKey(Provider.TENCENT, "AKIDtc3", "tc3-secret")));
    final TencentTc3Verifier verifier = new TencentTc3Verifier(credentials,
            new Freshness(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)));

    static String sign(String signedHost, String payloadHash, long timestamp) {
        return WireSigner.tc3("POST", "", "application/json", signedHost, "cvm", payloadHash, timestamp, "AKIDtc3",
                "tc3-secret");
    }

    static String bodyHash() {
        return WireSigner.sha256Hex(BODY.getBytes(StandardCharsets.UTF_8));
    }

    AccessKey verify(String authorization, String timestamp, String contentSha256) throws WireException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of(HOST));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Authorization", List.of(authorization));
        if (timestamp != null) {
            headers.put("X-TC-Timestamp", List.of(timestamp));
        }
        if (contentSha256 != null) {
            headers.put("X-TC-Content-SHA256", List.of(contentSha256));
        }
        return verifier.verify(new WireRequest("POST", "/", "", headers, BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHostWithItsPortOrWithoutAndAnUnsignedPayloadAreEachAccepted() throws Exception {
        assertEquals("AKIDtc3", verify(sign(HOST, bodyHash(), NOW), String.valueOf(NOW), null).id());
        assertEquals("AKIDtc3", verify(sign("127.0.0.1", bodyHash(), NOW), String.valueOf(NOW), null).id());
        String unsigned = WireSigner.sha256Hex("UNSIGNED-PAYLOAD".getBytes(StandardCharsets.UTF_8));
        assertEquals("AKIDtc3", verify(sign(HOST, unsigned, NOW), String.valueOf(NOW), "UNSIGNED-PAYLOAD").id());
        assertEquals("AKIDtc3", verify(sign(HOST, bodyHash(), NOW), String.valueOf(NOW), null).id(),
                "no nonce: a replay within the window is served, as the cloud's is");
    }

    @Test
    void aMismatchShowsTheLastStringSigned() {
        WireException mismatch = assertThrows(WireException.class,
                () -> verify(sign("cvm.tencentcloudapi.com", bodyHash(), NOW), String.valueOf(NOW), null));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, mismatch.code());
        assertTrue(mismatch.getMessage().startsWith("The provided credentials could not be validated. Please"
                + " check your signature is correct. String to sign: TC3-HMAC-SHA256 " + NOW
                + " 2026-12-01/cvm/tc3_request "), mismatch.getMessage());
    }

    @Test
    void aTimeOutOfTheWindowIsExpiredOnceTheSignatureHolds() {
        long stale = NOW - 301;
        WireException expired = assertThrows(WireException.class,
                () -> verify(sign(HOST, bodyHash(), stale), String.valueOf(stale), null));
        assertEquals(ProtocolCode.TIMESTAMP_EXPIRED, expired.code());
        assertEquals("Signature expired: X-TC-Timestamp " + stale + " is more than 5 minutes from the emulator's"
                + " time, " + NOW + "; check the client's clock.", expired.getMessage());
    }

    @Test
    void theScopesDateMustBeTheTimestampsAndTheTimestampAUnixTime() {
        long yesterday = NOW - 86_400;
        WireException otherDate = assertThrows(WireException.class,
                () -> verify(sign(HOST, bodyHash(), yesterday), String.valueOf(NOW), null));
        assertEquals(ProtocolCode.SIGNATURE_MISMATCH, otherDate.code());
        assertEquals("The credential scope's date 2026-11-30 is not the UTC date of X-TC-Timestamp " + NOW + ".",
                otherDate.getMessage());

        WireException missing = assertThrows(WireException.class,
                () -> verify(sign(HOST, bodyHash(), NOW), null, null));
        assertEquals(ProtocolCode.MISSING_PARAMETER, missing.code());
        assertEquals("The header X-TC-Timestamp is missing.", missing.getMessage());

        WireException notATime = assertThrows(WireException.class,
                () -> verify(sign(HOST, bodyHash(), NOW), "soon", null));
        assertEquals(ProtocolCode.MALFORMED_PARAMETERS, notATime.code());
        assertEquals("X-TC-Timestamp 'soon' is not a Unix time in seconds.", notATime.getMessage());
    }

    @Test
    void aScopeNotInTheTc3FormOrAnUnknownSecretIdIsRefused() {
        String noService = sign(HOST, bodyHash(), NOW).replace("/cvm/", "//");
        WireException scope = assertThrows(WireException.class, () -> verify(noService, String.valueOf(NOW), null));
        assertEquals(ProtocolCode.MALFORMED_SIGNATURE, scope.code());
        assertEquals("The Authorization header's Credential is not SecretId/Date/Service/tc3_request.",
                scope.getMessage());

        String stranger = sign(HOST, bodyHash(), NOW).replace("AKIDtc3", "AKIDstranger");
        WireException unknown = assertThrows(WireException.class, () -> verify(stranger, String.valueOf(NOW), null));
        assertEquals(ProtocolCode.UNKNOWN_ACCESS_KEY, unknown.code());
        assertEquals("The SecretId AKIDstranger is not found; check it, or the emulator's credentials file.",
                unknown.getMessage());
    }

    @Test
    void theHostFormsAreAsSentAndWithoutThePortNeverSplittingAnIpv6Address() {
        assertEquals(List.of("127.0.0.1:8080", "127.0.0.1"), TencentTc3Verifier.hostForms("127.0.0.1:8080"));
        assertEquals(List.of("[::1]:8080", "[::1]"), TencentTc3Verifier.hostForms("[::1]:8080"));
        assertEquals(List.of("[::1]"), TencentTc3Verifier.hostForms("[::1]"));
        assertEquals(List.of("cvm.tencentcloudapi.com"), TencentTc3Verifier.hostForms("cvm.tencentcloudapi.com"));
    }
}
