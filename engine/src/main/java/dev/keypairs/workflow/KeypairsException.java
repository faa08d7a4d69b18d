package dev.keypairs.workflow;

import dev.keypairs.provider.Code;

/**
 * A goal failed because of something the user can fix. It carries its code and its typed particulars; its message,
 * made from them by {@code dev.keypairs.render}, says what is wrong and what to do, and front ends show it as it is.
 */
public abstract sealed class KeypairsException extends Exception
        permits InvalidManifestsException, PlanErrorsException, ChangesPendingException, PolicyWarningsException, StoreAccessException,
        InvalidConfigurationException, StalePlanException, ApplyFailedException, NotApprovedException {

    private static final long serialVersionUID = 1L;

    private final transient Code code;
    private final Setting setting;

    KeypairsException(Code code, String message, Throwable cause, Setting setting) {
        super(message, cause);
        this.code = code;
        this.setting = setting;
    }

    /** The failure's code: keypairs' own ({@code ToolCode}), or the provider's that refused a store call. */
    public Code code() {
        return code;
    }

    /** The setting to change to mend the failure, where one is the cause; null otherwise. */
    public Setting setting() {
        return setting;
    }
}
