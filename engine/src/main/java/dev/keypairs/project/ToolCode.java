package dev.keypairs.project;

import dev.keypairs.provider.Code;

/**
 * Every code keypairs itself reports where no provider code applies: in plan.json's errors, apply.json's
 * failures and the goals' failures (goals.md). Provider codes ({@link dev.keypairs.provider.ApiCode}) are used
 * wherever one applies, {@code MissingParameter} among them.
 */
public enum ToolCode implements Code {
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
     * before the store is called (apply.md).
     */
    FILE_EXISTS("FileExists"),
    /** A planned create whose {@code privateKeyFile} cannot be created (a parent that is a file, no permission). */
    FILE_NOT_WRITABLE("FileNotWritable"),
    /** A replace or destroy of a key pair declared with {@code protect: true}. */
    PROTECTED("Protected"),
    /** A saved plan whose basis no longer matches the manifests or the store. */
    STALE_PLAN("StalePlan"),
    /**
     * A saved plan made for another configuration (another execution, other manifests, another store) than the
     * goal's: refused before anything is read.
     */
    OTHER_CONFIGURATION("OtherConfiguration"),
    /** A store that could not be used for a call, even after the retries its failure allows. */
    STORE_UNAVAILABLE("StoreUnavailable"),
    /** A setting given but left empty ({@code -Dkeypairs.store=}): an error, never the default. */
    EMPTY_SETTING("EmptySetting"),
    /**
     * A {@code keypairs.*} property no goal of the plugin knows ({@code -Dkeypairs.stor=}): an error naming the
     * closest known one, never ignored as Maven ignores an unknown {@code -D}.
     */
    UNKNOWN_SETTING("UnknownSetting"),
    /** A destroy that was not approved: declined at the prompt, or in batch mode without auto-approval. */
    NOT_APPROVED("NotApproved"),
    /** Manifests with problems found by {@code keypairs:validate}; each problem has its own code. */
    INVALID_MANIFESTS("InvalidManifests"),
    /** A plan with errors: nothing was applied; each error has its own code. */
    PLAN_ERRORS("PlanErrors"),
    /** {@code keypairs.failOnChanges}: a plan that would change something (drift). */
    CHANGES_PENDING("ChangesPending"),
    /** {@code keypairs.failOnWarnings}: the key policy warns of a declared key pair (policy.md). */
    POLICY_WARNINGS("PolicyWarnings"),
    /** An apply some of whose actions failed (each with its own code); the others were applied. */
    APPLY_FAILED("ApplyFailed"),
    /** A run interrupted before it finished: running it again finishes it. */
    INTERRUPTED("Interrupted"),
    /** {@code keypairs:export} without {@code keypairs.export.regions}: it never guesses which regions to read. */
    NO_EXPORT_REGIONS("NoExportRegions"),
    /** A region glob that matches no region of the provider's catalogue. */
    NO_SUCH_REGION("NoSuchRegion"),
    /** A region glob naming a provider keypairs does not know. */
    UNKNOWN_PROVIDER("UnknownProvider"),
    /** A created key pair whose private key could not be written to its {@code privateKeyFile}. */
    PRIVATE_KEY_FILE_NOT_WRITTEN("PrivateKeyFileNotWritten"),
    /** {@code keypairs:serve} on a store it cannot emulate: {@code cloud:} is the real clouds, not an account. */
    STORE_NOT_EMULATED("StoreNotEmulated"),
    /** {@code keypairs:serve} on a host and port it cannot listen on: taken, not local, or not allowed. */
    PORT_UNAVAILABLE("PortUnavailable"),
    /** {@code keypairs.serve.credentials} naming a file that cannot be read or has a line not in its form. */
    INVALID_CREDENTIALS_FILE("InvalidCredentialsFile"),
    /**
     * {@code keypairs:start}: the emulator started but {@code /_keypairs/health} did not answer ready within the
     * timeout (the address does not reach it, or something held it).
     */
    EMULATOR_NOT_READY("EmulatorNotReady"),
    /** {@code keypairs:start} run twice in one project without {@code keypairs:stop} between. */
    EMULATOR_ALREADY_STARTED("EmulatorAlreadyStarted"),
    /**
     * {@code keypairs.serve.tls.ca} naming files the emulator cannot use as its CA: unreadable or unwritable, not a
     * PEM CA certificate and its key, a certificate without its key, or a key others may read.
     */
    INVALID_TLS_CA("InvalidTlsCa"),
    /** A setting whose value is not one it takes, e.g. a port that is not a number from 0 to 65535. */
    INVALID_SETTING("InvalidSetting"),
    /** {@code cloud:} with no credentials for a provider it must call, in any of the three ways (clouds.md). */
    MISSING_CREDENTIALS("MissingCredentials");

    private final String code;

    ToolCode(String code) {
        this.code = code;
    }

    /** The code as it appears in plan.json. */
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
