package dev.keypairs.store;

import dev.keypairs.provider.Rules;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Opens a store by URI, through the {@link KeyPairStoreFactory} registered for its scheme. */
public final class KeyPairStores {

    /** The embedded store in the user's home, every goal's default: {@code sqlite:${user.home}/.keypairs/store.db}. */
    public static final String DEFAULT_URI = "sqlite:" + Path.of(System.getProperty("user.home"), ".keypairs", "store.db");

    private KeyPairStores() {
    }

    /**
     * Opens the store the URI names, with the providers' built-in region catalogues.
     *
     * @throws StoreUnavailableException when the URI is malformed, no store handles its scheme, or the store
     *     cannot be opened; the message says which
     */
    public static KeyPairStore open(String uri) throws StoreException {
        return open(uri, Rules.builtIn());
    }

    /**
     * Opens the store the URI names, with these rules: the region catalogues in force reach the store, so a
     * region the run knows is a region the store knows.
     *
     * @throws StoreUnavailableException when the URI is malformed, no store handles its scheme, or the store
     *     cannot be opened; the message says which
     */
    public static KeyPairStore open(String uri, Rules rules) throws StoreException {
        return open(uri, rules, CloudCredentials.NONE);
    }

    /**
     * Opens the store the URI names, with these rules and, for {@code cloud:}, the credentials the front end found.
     *
     * @throws StoreUnavailableException when the URI is malformed, no store handles its scheme, or the store
     *     cannot be opened; the message says which
     */
    public static KeyPairStore open(String uri, Rules rules, CloudCredentials credentials)
            throws StoreException {
        StoreUri parsed = StoreUri.parse(uri);
        TreeSet<String> known = new TreeSet<>();
        for (KeyPairStoreFactory factory : ServiceLoader.load(KeyPairStoreFactory.class,
                KeyPairStores.class.getClassLoader())) {
            if (factory.scheme().equals(parsed.scheme())) {
                return factory.open(parsed, rules, credentials);
            }
            known.add(factory.scheme());
        }
        throw new StoreUnavailableException("no store handles '" + parsed.scheme() + ":' URIs (" + parsed.redacted()
                + "); known schemes: " + String.join(", ", known), null);
    }
}
