package dev.keypairs.provider;

/** A region catalogue file could not be read; the message names the file and the line. */
public final class RegionCatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    RegionCatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
