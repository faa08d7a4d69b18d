package dev.keypairs.plan;

/** One tag an update in place changes: added, given another value, or removed. */
public sealed interface TagChange {

    /** The tag key. */
    String key();

    /**
     * A tag the key pair gets.
     *
     * @param key the tag key
     * @param value its value
     */
    record Added(String key, String value) implements TagChange {
    }

    /**
     * A tag whose value changes.
     *
     * @param key the tag key
     * @param from the stored value
     * @param to the declared value
     */
    record Changed(String key, String from, String to) implements TagChange {
    }

    /**
     * A tag the key pair loses.
     *
     * @param key the tag key
     */
    record Removed(String key) implements TagChange {
    }
}
