package dev.keypairs.emulator.auth;

import dev.keypairs.provider.Provider;

/**
 * The signature schemes the emulator checks, by the name each carries on the wire: the {@code SignatureMethod}
 * parameter of the parameter-signed schemes (Alibaba's classic RPC signature, Tencent's signature version 1), or
 * the first word of the {@code Authorization} header.
 */
public enum SignatureScheme {

    /** Alibaba Cloud's classic RPC signature: a {@code Signature} parameter, {@code SignatureVersion=1.0}. */
    HMAC_SHA1("HMAC-SHA1", Provider.ALIBABA),
    /** Alibaba Cloud's V3 signature, in the {@code Authorization} header: the Tea SDKs'. */
    ACS3_HMAC_SHA256("ACS3-HMAC-SHA256", Provider.ALIBABA),
    /** Tencent Cloud's TC3 signature, in the {@code Authorization} header: every Tencent SDK's. */
    TC3_HMAC_SHA256("TC3-HMAC-SHA256", Provider.TENCENT),
    /**
     * Tencent Cloud's signature version 1 with HMAC-SHA1: a {@code Signature} parameter beside {@code SecretId},
     * {@code Nonce} and {@code Timestamp}; what Tencent verifies whenever {@code SignatureMethod} is not
     * {@code HmacSHA256}.
     */
    TENCENT_V1_HMAC_SHA1("HmacSHA1", Provider.TENCENT),
    /**
     * Tencent Cloud's signature version 1 with HMAC-SHA256 ({@code SignatureMethod=HmacSHA256}): the default of
     * the international Node.js SDK and of tccli before 3.0.1419.
     */
    TENCENT_V1_HMAC_SHA256("HmacSHA256", Provider.TENCENT);

    private final String wireName;
    private final Provider provider;

    SignatureScheme(String wireName, Provider provider) {
        this.wireName = wireName;
        this.provider = provider;
    }

    /** The scheme's name as requests carry it and as its string to sign begins, e.g. {@code TC3-HMAC-SHA256}. */
    public String wireName() {
        return wireName;
    }

    /** Whether it is Tencent's signature version 1, carried in the parameters. */
    public boolean isTencentV1() {
        return this == TENCENT_V1_HMAC_SHA1 || this == TENCENT_V1_HMAC_SHA256;
    }

    /** The provider whose SDKs sign with it. */
    public Provider provider() {
        return provider;
    }
}
