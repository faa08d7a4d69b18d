package dev.keypairs.store.sqlite;

import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.nio.file.Path;

/**
 * Opens {@code sqlite:PATH[?OPTION=VALUE&...]} stores (registered for {@link java.util.ServiceLoader}, so
 * {@code KeyPairStores.open("sqlite:...")} finds it). The options are {@link SqliteStoreOptions}.
 */
public final class SqliteKeyPairStoreFactory implements KeyPairStoreFactory {

    /** The URI scheme of the embedded store. */
    public static final String SCHEME = "sqlite";

    /** The default store: {@code sqlite:${user.home}/.keypairs/store.db}. */
    public static String defaultUri() {
        return SCHEME + ":" + Path.of(System.getProperty("user.home"), ".keypairs", "store.db");
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri) throws StoreException {
        return SqliteKeyPairStore.open(uri);
    }
}
