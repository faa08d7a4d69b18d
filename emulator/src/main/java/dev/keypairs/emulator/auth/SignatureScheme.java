package dev.keypairs.emulator.auth;

import dev.keypairs.provider.Provider;

/**
 * The signature schemes the emulator checks, by the name each carries on the wire: the classic RPC API's
 * {@code SignatureMethod}, or the first word of the {@code Authorization} header.
 */
public enum SignatureScheme {

    /** Alibaba Cloud's classic RPC signature: a {@code Signature} parameter, {@code SignatureVersion=1.0}. */
    HMAC_SHA1("HMAC-SHA1", Provider.ALIBABA),
    /** Alibaba Cloud's V3 signature, in the {@code Authorization} header: the Tea SDKs'. */
    ACS3_HMAC_SHA256("ACS3-HMAC-SHA256", Provider.ALIBABA),
    /** Tencent Cloud's TC3 signature, in the {@code Authorization} header: every Tencent SDK's. */
    TC3_HMAC_SHA256("TC3-HMAC-SHA256", Provider.TENCENT);

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

    /** The provider whose SDKs sign with it. */
    public Provider provider() {
        return provider;
    }
}
