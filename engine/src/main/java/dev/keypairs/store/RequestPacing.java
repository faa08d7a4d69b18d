package dev.keypairs.store;

import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.Provider;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which calls a run paces, its plan's reads and its apply's writes alike, and at what rate: one {@link RequestPacer}
 * per provider and call, shared by every region of the run, since the providers count their limits per account.
 * Passed to the {@link StoreCalls}.
 */
public final class RequestPacing {

    /** Paces nothing. */
    public static final RequestPacing NONE = new RequestPacing(Map.of());

    private final Map<Provider, Map<ApiCall, RequestPacer>> pacers;

    private RequestPacing(Map<Provider, Map<ApiCall, RequestPacer>> pacers) {
        this.pacers = pacers;
    }

    /**
     * Paces these calls at each provider's documented rate (Tencent: 10 a second); calls without one go unpaced.
     *
     * @param rules each provider's rules
     * @param calls the calls to pace: those the store enforces a rate on
     */
    public static RequestPacing documented(Rules rules, Set<ApiCall> calls) {
        Map<Provider, Map<ApiCall, RequestPacer>> pacers = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            for (ApiCall call : calls) {
                // Ifs, not lambdas: every goal runs this on a cold JVM, where each lambda is linked on first use.
                OptionalInt perSecond = rules.of(provider).requestsPerSecond(call);
                if (perSecond.isPresent()) {
                    Map<ApiCall, RequestPacer> ofProvider = pacers.get(provider);
                    if (ofProvider == null) {
                        ofProvider = new EnumMap<>(ApiCall.class);
                        pacers.put(provider, ofProvider);
                    }
                    ofProvider.put(call, new RequestPacer(perSecond.getAsInt()));
                }
            }
        }
        return new RequestPacing(pacers);
    }

    /** The pacer of a provider's call; null when the call goes unpaced. */
    RequestPacer pacer(Provider provider, ApiCall call) {
        return pacers.getOrDefault(provider, Map.of()).get(call);
    }
}
