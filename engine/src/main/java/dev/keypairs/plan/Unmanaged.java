package dev.keypairs.plan;

/**
 * A key pair of a declared region that no manifest declares and the plan does not delete; not a change.
 *
 * @param address its address
 * @param fingerprint its MD5 fingerprint as the store reports it
 */
public record Unmanaged(String address, String fingerprint) {
}
