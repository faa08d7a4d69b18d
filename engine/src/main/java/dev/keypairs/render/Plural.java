package dev.keypairs.render;

/** A count with its noun, in the singular for one: "1 key pair", "2 key pairs". */
public final class Plural {

    private Plural() {
    }

    /** The count and the noun, which takes an s unless the count is one. */
    public static String of(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
