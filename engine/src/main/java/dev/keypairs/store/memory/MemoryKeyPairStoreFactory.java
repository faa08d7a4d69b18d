package dev.keypairs.store.memory;

import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreFactory;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import dev.keypairs.store.account.Account;
import dev.keypairs.store.account.AccountOptions;
import java.util.Set;

/**
 * Opens {@code memory:NAME[?OPTION=VALUE&...]} stores: the account model over a {@link MemoryStorage}, one
 * account per name in this JVM. The options are the account's ({@link AccountOptions}).
 */
public final class MemoryKeyPairStoreFactory implements KeyPairStoreFactory {

    /** The URI scheme of the in-memory store. */
    public static final String SCHEME = "memory";

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public KeyPairStore open(StoreUri uri, Rules rules) throws StoreException {
        AccountOptions.Split options = AccountOptions.parse(SCHEME, uri.options(), Set.of());
        return new Account(MemoryStorage.open(uri.location(), uri.redacted()), rules, options.account());
    }
}
