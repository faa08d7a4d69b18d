package dev.keypairs.emulator.auth;

import dev.keypairs.emulator.wire.Parameters;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import java.time.Clock;
import java.util.Objects;

/**
 * The one door the providers' APIs verify a request through: it hands the request to the verifier of the
 * scheme the HTTP layer routed it under, and answers the access key that signed it. Each scheme is checked the
 * way the providers' SDKs compute it, in every form a genuine SDK produces (emulator.md). Secrets never appear
 * in a refusal; the string the emulator signed does, as Alibaba Cloud's own answer shows it, so that a client's
 * author can compare.
 */
public final class Authenticator {

    private final AlibabaRpcVerifier alibabaRpc;
    private final AlibabaAcs3Verifier alibabaAcs3;
    private final TencentTc3Verifier tencentTc3;
    private final TencentV1Verifier tencentV1;

    /** Checks requests against these keys, with this clock as the emulator's time. */
    public Authenticator(Credentials credentials, Clock clock) {
        Objects.requireNonNull(credentials, "credentials");
        // One ledger for both Alibaba schemes: a nonce spent under one is spent under the other.
        Freshness freshness = new Freshness(Objects.requireNonNull(clock, "clock"));
        this.alibabaRpc = new AlibabaRpcVerifier(credentials, freshness);
        this.alibabaAcs3 = new AlibabaAcs3Verifier(credentials, freshness);
        this.tencentTc3 = new TencentTc3Verifier(credentials, freshness);
        this.tencentV1 = new TencentV1Verifier(credentials, freshness);
    }

    /**
     * Verifies an Alibaba Cloud request under one of Alibaba's schemes.
     *
     * @param scheme {@link SignatureScheme#HMAC_SHA1} or {@link SignatureScheme#ACS3_HMAC_SHA256}
     * @param request the request
     * @param query its query parameters: what ACS3 signs (its content hash covers a form body)
     * @param all its query and form parameters together: what HMAC-SHA1 signs
     * @return the key that signed it
     * @throws WireException the refusal, coded for the provider's envelope
     * @throws IllegalArgumentException for a scheme that is not Alibaba's
     */
    public AccessKey verifyAlibaba(SignatureScheme scheme, WireRequest request, Parameters query, Parameters all)
            throws WireException {
        return switch (scheme) {
            case HMAC_SHA1 -> alibabaRpc.verify(request, all);
            case ACS3_HMAC_SHA256 -> alibabaAcs3.verify(request, query);
            case TC3_HMAC_SHA256, TENCENT_V1_HMAC_SHA1, TENCENT_V1_HMAC_SHA256 ->
                    throw new IllegalArgumentException(scheme + " is not an Alibaba Cloud scheme");
        };
    }

    /**
     * Verifies a Tencent Cloud request signed TC3, in its {@code Authorization} header.
     *
     * @return the key that signed it
     * @throws WireException the refusal, coded for the provider's envelope
     */
    public AccessKey verifyTencent(WireRequest request) throws WireException {
        return tencentTc3.verify(request);
    }

    /**
     * Verifies a Tencent Cloud request signed with signature version 1, in its parameters: whichever
     * {@code SignatureMethod} it names, as Tencent verifies HMAC-SHA256 when it says {@code HmacSHA256} and
     * HMAC-SHA1 otherwise.
     *
     * @param request the request
     * @param parameters its query and form parameters together: what version 1 signs
     * @return the key that signed it
     * @throws WireException the refusal, coded for the provider's envelope
     */
    public AccessKey verifyTencentV1(WireRequest request, Parameters parameters) throws WireException {
        return tencentV1.verify(request, parameters);
    }
}
