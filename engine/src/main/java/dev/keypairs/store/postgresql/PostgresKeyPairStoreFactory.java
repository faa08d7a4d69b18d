package dev.keypairs.store.postgresql;

import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.account.Account;
import dev.keypairs.store.account.AccountOptions;

/**
 * Opens {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE[?schema=NAME&...]} stores: the account model
 * over a {@link PostgresStorage} (registered for {@link java.util.ServiceLoader}).
 */
public final class PostgresKeyPairStoreFactory implements KeyPairStoreFactory {

    /** The URI scheme of the shared store. */
    public static final String SCHEME = "postgresql";

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules) throws StoreException {
        AccountOptions.Split options = AccountOptions.parse(SCHEME, uri.options(), PostgresStoreOptions.NAMES);
        return new Account(PostgresStorage.open(uri, PostgresLocation.of(uri),
                PostgresStoreOptions.parse(options.storage())), rules, options.account());
    }
}
