package dev.keypairs.emulator.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Dispatches the requests under {@link #PREFIX}: the access rule first (a refused caller learns nothing of the
 * endpoints), then the endpoint the path names ({@code /_keypairs/NAME}), then its method. Provider requests never
 * come here: neither Alibaba Cloud's nor Tencent Cloud's API has a path beside {@code /}.
 */
public final class StateRouting {

    /** The prefix of every state path (SPEC §13). */
    public static final String PREFIX = "/_keypairs/";

    private final StateAccess access;
    private final Map<String, StateEndpoint> endpoints;
    private final BiConsumer<String, Throwable> internalErrors;

    /**
     * Routing to these endpoints.
     *
     * @param access who may reach them
     * @param endpoints each endpoint by its name under the prefix ({@code health})
     * @param internalErrors told of each failure inside an endpoint, with the id its answer names
     */
    public StateRouting(StateAccess access, Map<String, StateEndpoint> endpoints,
            BiConsumer<String, Throwable> internalErrors) {
        this.access = access;
        this.endpoints = Map.copyOf(new LinkedHashMap<>(endpoints));
        this.internalErrors = internalErrors;
    }

    /** Whether a path is a state one, answered here rather than by a provider. */
    public static boolean owns(String path) {
        return path != null && path.startsWith(PREFIX);
    }

    /** The answer to a request whose path {@link #owns(String)}: the endpoint's, or a refusal. */
    public StateResponse answer(StateRequest request) {
        return answer(request, false);
    }

    /**
     * The answer while the emulator stops (its server refuses new calls): that of an endpoint that
     * {@linkplain StateEndpoint#answersWhileStopping() answers then}, else {@link StateCode#STOPPING}.
     */
    public StateResponse answerWhileStopping(StateRequest request) {
        return answer(request, true);
    }

    private StateResponse answer(StateRequest request, boolean stopping) {
        try {
            access.admit(request);
            String name = request.path().substring(PREFIX.length());
            StateEndpoint endpoint = endpoints.get(name);
            if (endpoint == null) {
                throw new StateException(StateCode.UNKNOWN_STATE_ENDPOINT, "No state endpoint " + request.path()
                        + "; there are " + String.join(", ", new TreeSet<>(endpoints.keySet()).stream()
                                .map(known -> PREFIX + known).toList()) + ".");
            }
            if (!endpoint.methods().contains(request.method())) {
                String allowed = String.join(", ", new TreeSet<>(endpoint.methods()));
                return StateResponse.refusal(StateCode.METHOD_NOT_ALLOWED, request.path() + " takes " + allowed
                        + ", not " + request.method() + ".", Map.of("Allow", allowed));
            }
            if (stopping && !endpoint.answersWhileStopping()) {
                throw new StateException(StateCode.STOPPING, "The emulator is stopping.");
            }
            return endpoint.answer(request);
        } catch (StateException refused) {
            return StateResponse.refusal(refused.code(), refused.getMessage(), StateAccess.challenge(refused.code()));
        } catch (RuntimeException | Error failure) {
            // As a provider's call: whatever failed inside (a linkage error of a stale jar too) is answered, not thrown.
            String id = UUID.randomUUID().toString();
            internalErrors.accept(id, failure);
            return StateResponse.refusal(StateCode.INTERNAL_ERROR, "The request failed inside the emulator (id " + id
                    + ").", Map.of());
        }
    }
}
