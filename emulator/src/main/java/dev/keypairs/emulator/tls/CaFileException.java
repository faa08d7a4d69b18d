package dev.keypairs.emulator.tls;

/**
 * The CA files cannot be used: unreadable, unwritable, not PEM, not a CA, a key that is not the certificate's, or
 * a key others may read. The message names the file and what to do; the caller adds the setting's name.
 */
public final class CaFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A refusal with what is wrong and what to do. */
    public CaFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
