package dev.keypairs.workflow;

/** A goal's parameters are unusable (a region catalogue that cannot be read, an unwritable output directory). */
public final class InvalidConfigurationException extends KeypairsException {

    private static final long serialVersionUID = 1L;

    InvalidConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    InvalidConfigurationException(String message, Throwable cause, Setting setting) {
        super(message, cause, setting);
    }
}
