package dev.keypairs.provider;

/**
 * What a refusal means for the caller: whether the same call may succeed when repeated. Apply's retries
 * follow this alone (store.md).
 */
public enum ErrorKind {
    /** The request is wrong or the account refuses it; repeating it unchanged fails again. */
    FINAL,
    /** Throttling, an internal error, an unavailable service: the same call may succeed later. */
    TRANSIENT,
    /**
     * The credentials are unknown or the signature wrong, or the identity lacks a permission: final, never
     * retried, and the message says what to check.
     */
    DENIED
}
