package dev.keypairs.store;

import java.util.ServiceLoader;
import java.util.TreeSet;

/** Opens a store by URI, through the {@link KeyPairStoreFactory} registered for its scheme. */
public final class KeyPairStores {

    private KeyPairStores() {
    }

    /**
     * Opens the store the URI names.
     *
     * @throws StoreUnavailableException when the URI is malformed, no store handles its scheme, or the store
     *     cannot be opened; the message says which
     */
    public static KeyPairStore open(String uri) throws StoreException {
        StoreUri parsed = StoreUri.parse(uri);
        TreeSet<String> known = new TreeSet<>();
        for (KeyPairStoreFactory factory : ServiceLoader.load(KeyPairStoreFactory.class,
                KeyPairStores.class.getClassLoader())) {
            if (factory.scheme().equals(parsed.scheme())) {
                return factory.open(parsed);
            }
            known.add(factory.scheme());
        }
        throw new StoreUnavailableException("no store handles '" + parsed.scheme() + ":' URIs (" + parsed.redacted()
                + "); known schemes: " + String.join(", ", known), null);
    }
}
