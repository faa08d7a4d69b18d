package dev.keypairs.emulator.wire;

import java.util.Objects;

/**
 * A request refused before or beside the account model: a protocol-level code and what to change. The
 * provider's API turns it into its own error envelope.
 */
public final class WireException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ProtocolCode code;

    /** A refusal with its code and message. */
    public WireException(ProtocolCode code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The code. */
    public ProtocolCode code() {
        return code;
    }
}
