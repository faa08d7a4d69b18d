package dev.keypairs.manifest;

/**
 * The bounds that keep hostile manifests harmless (manifests.md), each refused with a {@code ManifestSyntax} error.
 * A public key over 64 KiB is the provider's {@code *.Malformed} ({@link dev.keypairs.keys.PublicKeyReader}).
 */
public final class ManifestLimits {

    /** The largest manifest file read, in bytes. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /**
     * The longest line read, in characters. YAML scanners slow down with the square of a line's length, so a
     * longer line is refused before parsing; a public key up to its 64 KiB limit still fits on one line, and
     * a longer key is the provider's {@code *.Malformed}.
     */
    public static final int MAX_LINE_CHARS = 128 * 1024;
    /** The deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 64;
    /** The most aliases ({@code *name}) in one document. */
    public static final int MAX_ALIASES = 100;
    /**
     * The most nodes a document may stand for once its aliases are expanded: a hundred aliases of aliases
     * would otherwise stand for billions (the "billion laughs").
     */
    public static final long MAX_EXPANDED_NODES = 1_000_000;

    private ManifestLimits() {
    }
}
