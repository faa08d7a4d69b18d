package dev.keypairs.cloud;

import dev.keypairs.cloud.client.CredentialSources;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;

/**
 * Opens {@code cloud:} stores (registered for {@link java.util.ServiceLoader}). Nothing of either SDK is loaded until
 * a provider's first call: a run on another store pays nothing for the clouds (performance.md).
 */
public final class CloudKeyPairStoreFactory implements KeyPairStoreFactory {

    /** The URI scheme of the real clouds. */
    public static final String SCHEME = "cloud";

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules) throws StoreException {
        return open(uri, rules, CloudCredentials.NONE);
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules, CloudCredentials credentials)
            throws StoreException {
        return new CloudStore(uri, CloudLocation.of(uri), rules, new CredentialSources(credentials, System.getenv()));
    }
}
