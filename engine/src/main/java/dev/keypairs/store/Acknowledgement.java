package dev.keypairs.store;

/**
 * The answer of a call that returns nothing but its RequestId.
 *
 * @param requestId a fresh UUID
 */
public record Acknowledgement(String requestId) {
}
