package dev.keypairs.store;

/**
 * Opens stores of one URI scheme ({@code sqlite}, ...). Implementations are registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services/dev.keypairs.store.KeyPairStoreFactory}.
 */
public interface KeyPairStoreFactory {

    /** The URI scheme this factory opens, e.g. {@code sqlite}. */
    String scheme();

    /** Opens the store the URI names, creating it where the scheme allows. */
    KeyPairStore open(StoreUri uri) throws StoreException;
}
