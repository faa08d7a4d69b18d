package dev.keypairs.emulator.http;

import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.tencent.TencentTagApi;
import dev.keypairs.emulator.wire.PercentCoding;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which API a request is for, and so under which signature scheme it is verified, from what only one provider's
 * SDKs send. In order: Tencent's {@code X-TC-Action} header (a request naming a Tencent action is Tencent's,
 * however it is signed, so that its refusal comes in Tencent's envelope); an {@code Authorization} header
 * naming a TC3 scheme ({@code TC3-…}, Tencent) or an ACS3 scheme ({@code ACS3-…}, Alibaba); then the parameters
 * of the query and the form body: a {@code SignatureMethod} only one provider names ({@code HmacSHA1} or
 * {@code HmacSHA256}: Tencent's signature version 1; {@code HMAC-SHA1}: Alibaba's classic signature), else whose
 * key it names ({@code SecretId} alone: Tencent; {@code AccessKeyId}: Alibaba); then any other {@code X-TC-}
 * header (Tencent's TC3, refused there for its missing signature); everything else is Alibaba's classic RPC API.
 * Decided here, before any API reads the request, so that each API is handed requests of its scheme alone.
 *
 * <p>Tencent serves two APIs on the port, CVM and the Tag API ({@link #forTagApi}): a request signed (TC3) for the
 * service {@code tag} is the Tag API's, one signed for {@code cvm} CVM's; the SDKs sign for the first label of the host
 * they are pointed at ({@code 127} for {@code 127.0.0.1}), so a request signed for any other service, or under
 * signature version 1, which names none, goes by its version: the Tag API's {@value TencentTagApi#VERSION}, else
 * CVM's (which refuses a version it does not serve with {@code NoSuchVersion}).
 *
 * <p>A request refused before its body is read (too large, cut off) is routed by its headers and query alone.
 *
 * @param alibabaRpc Alibaba Cloud ECS, serving requests signed {@link SignatureScheme#HMAC_SHA1}
 * @param alibabaAcs3 Alibaba Cloud ECS, serving requests signed {@link SignatureScheme#ACS3_HMAC_SHA256}
 * @param tencent Tencent Cloud, serving requests signed {@link SignatureScheme#TC3_HMAC_SHA256}
 * @param tencentV1 Tencent Cloud, serving requests signed with signature version 1
 *     ({@link SignatureScheme#TENCENT_V1_HMAC_SHA1}, {@link SignatureScheme#TENCENT_V1_HMAC_SHA256})
 * @param tencentTag Tencent Cloud's Tag API, serving requests signed {@link SignatureScheme#TC3_HMAC_SHA256}
 * @param tencentTagV1 Tencent Cloud's Tag API, serving requests signed with signature version 1
 */
public record ProviderRouting(ProviderApi alibabaRpc, ProviderApi alibabaAcs3, ProviderApi tencent,
        ProviderApi tencentV1, ProviderApi tencentTag, ProviderApi tencentTagV1) {

    /** The parameters that tell the schemes and Tencent's APIs apart; only these are read here, leniently. */
    private static final Set<String> CLAIMS = Set.of("SignatureMethod", "SecretId", "AccessKeyId", "Version");

    public ProviderRouting {
        Objects.requireNonNull(alibabaRpc, "alibabaRpc");
        Objects.requireNonNull(alibabaAcs3, "alibabaAcs3");
        Objects.requireNonNull(tencent, "tencent");
        Objects.requireNonNull(tencentV1, "tencentV1");
        Objects.requireNonNull(tencentTag, "tencentTag");
        Objects.requireNonNull(tencentTagV1, "tencentTagV1");
    }

    /** The API that answers this request. */
    public ProviderApi apiFor(WireRequest request) {
        return switch (schemeOf(request)) {
            case HMAC_SHA1 -> alibabaRpc;
            case ACS3_HMAC_SHA256 -> alibabaAcs3;
            case TC3_HMAC_SHA256 -> forTagApi(request, true) ? tencentTag : tencent;
            case TENCENT_V1_HMAC_SHA1, TENCENT_V1_HMAC_SHA256 -> forTagApi(request, false) ? tencentTagV1 : tencentV1;
        };
    }

    /**
     * Whether a Tencent request is for the Tag API: signed for the service {@code tag}; or, signed for a service that
     * names neither API or under signature version 1, of the Tag API's version.
     *
     * @param request the request
     * @param tc3 whether it is signed TC3 (else signature version 1)
     */
    public static boolean forTagApi(WireRequest request, boolean tc3) {
        String service = tc3 ? tc3Service(request) : "";
        if (service.equals(TencentTagApi.SERVICE) || service.equals("cvm")) {
            return service.equals(TencentTagApi.SERVICE);
        }
        String version = tc3 ? request.header("x-tc-version").orElse("") : claims(request).getOrDefault("Version", "");
        return version.strip().equals(TencentTagApi.VERSION);
    }

    /** The service of a TC3 {@code Authorization} header's credential scope, read leniently; empty when none. */
    private static String tc3Service(WireRequest request) {
        String authorization = request.header("authorization").orElse("");
        int credential = authorization.indexOf("Credential=");
        if (credential < 0) {
            return "";
        }
        String scope = authorization.substring(credential + "Credential=".length()).split(",", 2)[0].strip();
        String[] parts = scope.split("/", -1);
        return parts.length == 4 ? parts[2] : "";
    }

    /** The scheme a request claims, by the rules above. */
    public static SignatureScheme schemeOf(WireRequest request) {
        if (request.header("x-tc-action").isPresent()) {
            return SignatureScheme.TC3_HMAC_SHA256;
        }
        String authorization = request.header("authorization").orElse("");
        if (authorization.startsWith("TC3-")) {
            return SignatureScheme.TC3_HMAC_SHA256;
        }
        if (authorization.startsWith("ACS3-")) {
            return SignatureScheme.ACS3_HMAC_SHA256;
        }
        Map<String, String> claims = claims(request);
        String method = claims.getOrDefault("SignatureMethod", "");
        for (SignatureScheme scheme : SignatureScheme.values()) {
            if (scheme.wireName().equals(method) && (scheme.isTencentV1() || scheme == SignatureScheme.HMAC_SHA1)) {
                return scheme;
            }
        }
        if (claims.containsKey("SecretId") && !claims.containsKey("AccessKeyId")) {
            // Tencent verifies HMAC-SHA1 whenever SignatureMethod is not HmacSHA256.
            return SignatureScheme.TENCENT_V1_HMAC_SHA1;
        }
        if (!claims.containsKey("AccessKeyId")
                && request.headers().keySet().stream().anyMatch(name -> name.startsWith("x-tc-"))) {
            return SignatureScheme.TC3_HMAC_SHA256;
        }
        return SignatureScheme.HMAC_SHA1;
    }

    /**
     * The claiming parameters of the query and the form body. Read leniently, as the API reads them strictly
     * afterwards and refuses a malformed one in its provider's envelope: a name or value that is not valid
     * percent-encoding is taken as sent.
     */
    private static Map<String, String> claims(WireRequest request) {
        Map<String, String> claims = new HashMap<>();
        read(request.rawQuery(), claims);
        if (request.hasFormBody()) {
            read(request.bodyText(), claims);
        }
        return claims;
    }

    private static void read(String encoded, Map<String, String> claims) {
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = lenient(equals < 0 ? pair : pair.substring(0, equals));
            if (CLAIMS.contains(name)) {
                claims.putIfAbsent(name, equals < 0 ? "" : lenient(pair.substring(equals + 1)));
            }
        }
    }

    private static String lenient(String text) {
        try {
            return PercentCoding.decode(text);
        } catch (PercentCoding.MalformedInputException e) {
            return text;
        }
    }
}
