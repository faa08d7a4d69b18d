package dev.keypairs.store;

import dev.keypairs.provider.Rules;

/**
 * Opens stores of one URI scheme ({@code sqlite}, ...). Implementations are registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.keypairs.store.KeyPairStoreFactory}.
 */
public interface KeyPairStoreFactory {

    /** The URI scheme this factory opens, e.g. {@code sqlite}. */
    String scheme();

    /**
     * Opens the store the URI names, creating it where the scheme allows.
     *
     * @param uri the store URI
     * @param rules each provider's rules, with the region catalogue in force for this run
     */
    KeyPairStore open(StoreUri uri, Rules rules) throws StoreException;

    /**
     * Opens the store with the cloud credentials the front end found; only {@code cloud:} uses them, the other
     * stores open as {@link #open(StoreUri, Rules)} does.
     *
     * @param uri the store URI
     * @param rules each provider's rules, with the region catalogue in force for this run
     * @param credentials the credentials given, asked before the environment and the SDKs' chains
     */
    default KeyPairStore open(StoreUri uri, Rules rules, CloudCredentials credentials)
            throws StoreException {
        return open(uri, rules);
    }
}
