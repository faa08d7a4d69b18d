package dev.keypairs.emulator.http;

import dev.keypairs.emulator.auth.Authenticator;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireRequest;
import java.util.Objects;

/**
 * Which provider's API a request is for, from what only that provider's SDKs send: Tencent's TC3 signature or
 * {@code X-TC-*} action header; everything else is Alibaba's RPC API (either of its signatures).
 *
 * @param alibaba Alibaba Cloud ECS
 * @param tencent Tencent Cloud CVM
 */
public record ProviderRouting(ProviderApi alibaba, ProviderApi tencent) {

    public ProviderRouting {
        Objects.requireNonNull(alibaba, "alibaba");
        Objects.requireNonNull(tencent, "tencent");
    }

    /** The API that answers this request. */
    public ProviderApi apiFor(WireRequest request) {
        return Authenticator.isTencent(request) ? tencent : alibaba;
    }
}
