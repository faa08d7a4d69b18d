package dev.keypairs.emulator.fault;

import dev.keypairs.project.ToolCode;
import java.util.Objects;

/**
 * A fault rules document refused, with the code a caller answers it with ({@code UnknownField},
 * {@code ConflictingFields}, {@code UnknownProvider}, {@code InvalidSetting}) and a message naming the field and
 * what it takes. Answered as HTTP 400 by the state endpoint, and as a start-up refusal for
 * {@code keypairs.serve.faults}.
 */
public final class FaultRulesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ToolCode code;

    /** A refusal with its code and message. */
    public FaultRulesException(ToolCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The code. */
    public ToolCode code() {
        return code;
    }
}
