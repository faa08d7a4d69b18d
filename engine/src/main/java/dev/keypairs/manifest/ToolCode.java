package dev.keypairs.manifest;

/**
 * The codes keypairs itself reports where no provider code applies (SPEC §6). Provider codes
 * ({@link dev.keypairs.provider.ErrorCode}) are used wherever one applies, {@code MissingParameter} among them.
 */
public enum ToolCode {
    /** YAML that cannot be read: syntax, duplicate keys, wrong types, size, depth and alias limits. */
    MANIFEST_SYNTAX("ManifestSyntax"),
    /** A field the manifest format does not have here. */
    UNKNOWN_FIELD("UnknownField"),
    /** Fields that exclude each other, e.g. {@code publicKey} with {@code create}. */
    CONFLICTING_FIELDS("ConflictingFields"),
    /** The same address declared twice. */
    DUPLICATE_ADDRESS("DuplicateAddress"),
    /** A referenced file, or a manifest, that does not exist. */
    FILE_NOT_FOUND("FileNotFound"),
    /** A referenced file outside the project base directory, lexically or through a symlink. */
    FILE_OUTSIDE_PROJECT("FileOutsideProject"),
    /**
     * A planned create whose {@code privateKeyFile} exists already: it is never overwritten, and the check comes
     * before the store is called (SPEC §7). Not in SPEC §6's list, which has no code for it.
     */
    FILE_EXISTS("FileExists"),
    /** A replace or destroy of a key pair declared with {@code protect: true}. */
    PROTECTED("Protected"),
    /** A saved plan whose basis no longer matches the manifests or the store. */
    STALE_PLAN("StalePlan");

    private final String code;

    ToolCode(String code) {
        this.code = code;
    }

    /** The code as it appears in plan.json. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
