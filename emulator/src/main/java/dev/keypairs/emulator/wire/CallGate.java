package dev.keypairs.emulator.wire;

import dev.keypairs.store.ApiErrorException;

/**
 * What a call passes once its key is verified and its action and region are read, before the action runs: the
 * emulator's fault rules (latency, injected refusals). An unsigned or wrongly signed request never reaches it, so it
 * is still refused as such.
 */
@FunctionalInterface
public interface CallGate {

    /** Lets every call through at once. */
    CallGate OPEN = call -> { };

    /**
     * Waits and refuses as the gate's rules say for this call; returns when the call may run.
     *
     * @param call the verified call's facts
     * @throws WireException a common code to answer instead (e.g. {@code Throttling}), or {@code ServiceUnavailable}
     *     when the emulator stops during a wait
     * @throws ApiErrorException a code the provider documents for its key pair calls, to answer instead
     */
    void admit(CallFacts call) throws WireException, ApiErrorException;
}
