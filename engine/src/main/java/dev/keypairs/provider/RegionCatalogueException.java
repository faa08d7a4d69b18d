package dev.keypairs.provider;

/** A region catalogue file could not be read; the message names the file and the line. */
public final class RegionCatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Provider provider;

    RegionCatalogueException(Provider provider, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
    }

    /** Whose catalogue it is: the front ends name the setting that gave the file. */
    public Provider provider() {
        return provider;
    }
}
