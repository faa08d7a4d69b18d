package dev.keypairs.emulator;

import dev.keypairs.project.ToolCode;
import java.util.Objects;

/** The emulator could not start: its code says which setting to change, and nothing was left running. */
public final class EmulatorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ToolCode code;

    /** A failure with its code and a message that says what to change. */
    public EmulatorException(ToolCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** What failed. */
    public ToolCode code() {
        return code;
    }

    /**
     * The message as every front end shows it, its code first as in every coded message of keypairs:
     * {@code Code: message}.
     */
    public String codedMessage() {
        return code.code() + ": " + getMessage();
    }
}
