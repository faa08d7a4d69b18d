package dev.keypairs.emulator.state;

import java.util.Set;

/** One endpoint under {@code /_keypairs/}: the methods it takes, and its answer to a request the access rule let in. */
public interface StateEndpoint {

    /** The HTTP methods it takes, e.g. {@code GET}; any other is {@link StateCode#METHOD_NOT_ALLOWED}. */
    Set<String> methods();

    /**
     * Answers a request of one of {@link #methods()}.
     *
     * @throws StateException a refusal, answered with its code's status
     */
    StateResponse answer(StateRequest request) throws StateException;

    /** Whether it still answers while the emulator stops (health does); the others are refused with 503 then. */
    default boolean answersWhileStopping() {
        return false;
    }
}
