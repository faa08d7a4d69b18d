package dev.keypairs.render;

/**
 * Why the store could not be used, as typed values: {@link FailureWords#of(StoreProblem)} says it in words.
 */
public sealed interface StoreProblem {

    /**
     * The store cannot be opened.
     *
     * @param store the store's URI, credentials redacted; null when the URI cannot be parsed
     * @param cause the store's own message, quoted as it is
     */
    record CannotOpen(String store, String cause) implements StoreProblem {
    }

    /**
     * A call to the store failed, after the retries its failure allows.
     *
     * @param store the store's URI, credentials redacted; null when the URI cannot be parsed
     * @param cause the store's own message, quoted as it is
     */
    record CallFailed(String store, String cause) implements StoreProblem {
    }

    /** The apply was interrupted before it finished. */
    record Interrupted() implements StoreProblem {
    }
}
