package dev.keypairs.emulator.state;

import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /_keypairs/health}: 200 with {@code "status": "ready"} once serving, 503 with {@code "starting"} or
 * {@code "stopping"} otherwise, as LocalStack's {@code /_localstack/health} and container health checks expect (any
 * status but 2xx is "not yet"). Reads nothing from the store: a check every second costs the account nothing.
 */
public final class HealthEndpoint implements StateEndpoint {

    /** The endpoint's name under the prefix. */
    public static final String NAME = "health";

    private final Supplier<Health> health;

    /** Health as the supplier tells it at each request. */
    public HealthEndpoint(Supplier<Health> health) {
        this.health = health;
    }

    @Override
    public Set<String> methods() {
        return Set.of("GET");
    }

    /** Health says "stopping" while the emulator stops: a check sees the end coming. */
    @Override
    public boolean answersWhileStopping() {
        return true;
    }

    @Override
    public StateResponse answer(StateRequest request) {
        Health now = health.get();
        return StateResponse.json(now.httpStatus(), now.document());
    }
}
