package dev.keypairs.store.sqlite;

import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.account.Account;
import dev.keypairs.store.account.AccountOptions;

/**
 * Opens {@code sqlite:PATH[?OPTION=VALUE&...]} stores: the account model over a {@link SqliteStorage}
 * (registered for {@link java.util.ServiceLoader}, so {@code KeyPairStores.open("sqlite:...", rules)} finds it).
 * The options are the account's ({@link AccountOptions}) and the storage's ({@link SqliteStoreOptions}).
 */
public final class SqliteKeyPairStoreFactory implements KeyPairStoreFactory {

    /** The URI scheme of the embedded store. */
    public static final String SCHEME = "sqlite";


    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules) throws StoreException {
        AccountOptions.Split options = AccountOptions.parse(SCHEME, uri.options(), SqliteStoreOptions.NAMES);
        return new Account(SqliteStorage.open(uri, SqliteStoreOptions.parse(options.storage())), rules,
                options.account());
    }
}
