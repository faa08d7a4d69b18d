package dev.keypairs.emulator.fault;

import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.provider.ApiCall;
import dev.keypairs.provider.ApiError;
import dev.keypairs.provider.ErrorCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.ApiErrorException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A code a fault rule answers, resolved once, when the rule is read, for each provider that answers it: one the
 * provider documents for its key pair calls ({@link ErrorCode}, with Alibaba's HTTP status at the action), else one
 * of its common codes ({@link ProtocolCode}, e.g. {@code Throttling}, {@code RequestLimitExceeded},
 * {@code ServiceUnavailable}, {@code InternalServerError}, with Alibaba's status for it). Tencent answers every
 * error with HTTP 200.
 *
 * @param code the code as the rule spells it
 * @param documented the documented code, by each provider that documents it
 * @param common the common code, by each provider that answers it and does not document it
 */
public record FaultCode(String code, Map<Provider, ErrorCode> documented, Map<Provider, ProtocolCode> common) {

    public FaultCode {
        Objects.requireNonNull(code, "code");
        documented = Collections.unmodifiableMap(documented.isEmpty() ? new EnumMap<>(Provider.class)
                : new EnumMap<>(documented));
        common = Collections.unmodifiableMap(common.isEmpty() ? new EnumMap<>(Provider.class) : new EnumMap<>(common));
    }

    /**
     * The code resolved for each provider that answers it.
     *
     * @return empty when neither provider answers it
     */
    public static Optional<FaultCode> resolve(String code) {
        Map<Provider, ErrorCode> documented = new EnumMap<>(Provider.class);
        Map<Provider, ProtocolCode> common = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            for (ErrorCode candidate : ErrorCode.values()) {
                if (candidate.isDocumentedBy(provider) && candidate.code().equals(code)) {
                    documented.put(provider, candidate);
                    break;
                }
            }
            if (!documented.containsKey(provider)) {
                // The first ProtocolCode spelling it so gives its status (InvalidHttpRequest: 408, a body cut off).
                for (ProtocolCode candidate : ProtocolCode.values()) {
                    if (candidate.code(provider).equals(code)) {
                        common.put(provider, candidate);
                        break;
                    }
                }
            }
        }
        return documented.isEmpty() && common.isEmpty() ? Optional.empty()
                : Optional.of(new FaultCode(code, documented, common));
    }

    /** The providers that answer it. */
    public Set<Provider> providers() {
        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        providers.addAll(documented.keySet());
        providers.addAll(common.keySet());
        return providers;
    }

    /**
     * Refuses a call with this code, in the provider's terms: a documented code as the account model refuses (with
     * the status at the action), a common one as the wire does.
     *
     * @param provider whose API answers; one that answers the code
     * @param action the call's action, e.g. {@code ImportKeyPair}
     * @param message the error's message
     */
    void refuse(Provider provider, String action, String message) throws WireException, ApiErrorException {
        ErrorCode errorCode = documented.get(provider);
        if (errorCode != null) {
            throw new ApiErrorException(new ApiError(provider, apiCall(action), errorCode, message),
                    UUID.randomUUID().toString().toUpperCase(Locale.ROOT));
        }
        ProtocolCode protocolCode = common.get(provider);
        if (protocolCode == null) {
            throw new IllegalStateException(provider + " does not answer " + code);
        }
        throw new WireException(protocolCode, message);
    }

    /** The engine's call of this action name, whose statuses ErrorCode knows; null for one it does not make. */
    private static ApiCall apiCall(String action) {
        for (ApiCall call : ApiCall.values()) {
            if (call.action().equals(action)) {
                return call;
            }
        }
        return null;
    }
}
