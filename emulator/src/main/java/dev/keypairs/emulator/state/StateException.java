package dev.keypairs.emulator.state;

import java.util.Objects;

/** A state request refused: its code (and so its HTTP status) and the message answered. */
public final class StateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final StateCode code;

    /** A refusal with its code and a message that says what to change. */
    public StateException(StateCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Why it was refused. */
    public StateCode code() {
        return code;
    }
}
