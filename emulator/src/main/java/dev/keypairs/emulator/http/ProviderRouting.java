package dev.keypairs.emulator.http;

import dev.keypairs.emulator.auth.SignatureScheme;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireRequest;
import java.util.Objects;

/**
 * Which API a request is for, and so under which signature scheme it is verified, from what only one kind of
 * SDK sends: Tencent's TC3 signature or {@code X-TC-*} action header; Alibaba's ACS3 {@code Authorization}
 * header; everything else is Alibaba's classic RPC API, signed HMAC-SHA1. Decided here, before any API reads
 * the request, so that each API is handed requests of its scheme alone.
 *
 * @param alibabaRpc Alibaba Cloud ECS, serving requests signed {@link SignatureScheme#HMAC_SHA1}
 * @param alibabaAcs3 Alibaba Cloud ECS, serving requests signed {@link SignatureScheme#ACS3_HMAC_SHA256}
 * @param tencent Tencent Cloud CVM, serving requests signed {@link SignatureScheme#TC3_HMAC_SHA256}
 */
public record ProviderRouting(ProviderApi alibabaRpc, ProviderApi alibabaAcs3, ProviderApi tencent) {

    public ProviderRouting {
        Objects.requireNonNull(alibabaRpc, "alibabaRpc");
        Objects.requireNonNull(alibabaAcs3, "alibabaAcs3");
        Objects.requireNonNull(tencent, "tencent");
    }

    /** The API that answers this request. */
    public ProviderApi apiFor(WireRequest request) {
        return switch (schemeOf(request)) {
            case HMAC_SHA1 -> alibabaRpc;
            case ACS3_HMAC_SHA256 -> alibabaAcs3;
            case TC3_HMAC_SHA256 -> tencent;
        };
    }

    /**
     * The scheme a request claims. Tencent's comes first: a request naming a Tencent action is Tencent's, however
     * it is signed, so that its refusal comes in Tencent's envelope.
     */
    public static SignatureScheme schemeOf(WireRequest request) {
        if (isTencent(request)) {
            return SignatureScheme.TC3_HMAC_SHA256;
        }
        return isAcs3(request) ? SignatureScheme.ACS3_HMAC_SHA256 : SignatureScheme.HMAC_SHA1;
    }

    /** Whether a request is for Tencent Cloud: signed TC3, or naming a Tencent action header. */
    private static boolean isTencent(WireRequest request) {
        return authorizationClaims(request, SignatureScheme.TC3_HMAC_SHA256)
                || request.header("x-tc-action").isPresent();
    }

    /** Whether an Alibaba request is signed by ACS3 (an {@code Authorization} header) rather than HMAC-SHA1. */
    private static boolean isAcs3(WireRequest request) {
        return authorizationClaims(request, SignatureScheme.ACS3_HMAC_SHA256);
    }

    private static boolean authorizationClaims(WireRequest request, SignatureScheme scheme) {
        return request.header("authorization").map(value -> value.startsWith(scheme.wireName())).orElse(false);
    }
}
