package dev.keypairs.emulator.account;

import dev.keypairs.emulator.auth.AccessKey;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;

/**
 * The accounts an emulator serves: its own store ({@code keypairs.store}, the default account) and one store for each
 * other {@code account=STORE-URI} its credentials file names, each opened once at start and closed with the
 * emulator. An account is a store of its own, so each keeps its store's guarantees (a SQLite file shared with other
 * processes, a PostgreSQL schema with other machines, a memory name within the JVM), and {@code keypairs:apply}
 * reaches an account by naming the same store. Keys naming the same STORE-URI, as written, share its account; so do
 * those naming {@code keypairs.store}'s and those naming none.
 *
 * <p>Every call of the APIs runs through {@link #serve}, on its key's account; {@link #reset} empties an account
 * once the calls in flight on it have finished, and the calls that come meanwhile wait for it.
 */
public final class Accounts implements AutoCloseable {

    /** What a call does on its account's store. */
    @FunctionalInterface
    public interface Call<T> {
        /** Runs the call on the account's store. */
        T on(KeyPairStore store) throws WireException, StoreException;
    }

    /** Work on an account's store that is not a call of the APIs but counts as one for a reset (a seed). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        /** Does the work on the account's store. */
        T on(KeyPairStore store) throws E;
    }

    private final EmulatedAccount defaultAccount;
    /** Every account by its URI as written, the default's first. */
    private final Map<String, EmulatedAccount> byUri;

    private Accounts(Map<String, EmulatedAccount> byUri, EmulatedAccount defaultAccount) {
        this.byUri = byUri;
        this.defaultAccount = defaultAccount;
    }

    /**
     * Opens the accounts: {@code keypairs.store} first, then each other store the keys name, in the order of the
     * file. Nothing is opened unless none is {@code cloud:}; when one cannot be opened, those opened are closed.
     *
     * @param credentials the keys, each naming its account or none
     * @param storeUri {@code keypairs.store}, the default account
     * @param rules the providers' rules, region catalogues included, that every account's store uses
     * @throws OpeningException {@code StoreNotEmulated} for a {@code cloud:} store, {@code StoreUnavailable} for
     *     one that cannot be opened: naming the setting, or the credentials file's line, never a secret
     */
    public static Accounts open(Credentials credentials, String storeUri, Rules rules) throws OpeningException {
        Objects.requireNonNull(storeUri, "storeUri");
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(storeUri, "keypairs.store");
        for (AccessKey key : credentials.keys()) {
            if (key.account() != null) {
                settings.putIfAbsent(key.account(), "keypairs.serve.credentials: " + credentials.origin(key)
                        + ": account=");
            }
        }
        for (Map.Entry<String, String> account : settings.entrySet()) {
            refuseTheClouds(account.getKey(), account.getValue());
        }
        Map<String, EmulatedAccount> opened = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> account : settings.entrySet()) {
                String uri = account.getKey();
                try {
                    StoreUri parsed = StoreUri.parse(uri);
                    opened.put(uri, new EmulatedAccount(parsed, KeyPairStores.open(uri, rules), uri.equals(storeUri)));
                } catch (StoreException e) {
                    throw new OpeningException(ToolCode.STORE_UNAVAILABLE, account.getValue()
                            + (account.getValue().endsWith("=") ? shown(uri) + ": " : ": ") + e.getMessage(), e);
                }
            }
        } catch (OpeningException | RuntimeException e) {
            opened.values().forEach(Accounts::closeQuietly);
            throw e;
        }
        return new Accounts(opened, opened.get(storeUri));
    }

    /** {@code cloud:} is the real clouds, never an emulated account: refused before any store is opened. */
    private static void refuseTheClouds(String uri, String setting) throws OpeningException {
        // Schemes are case-insensitive (StoreUri lowercases them): CLOUD: is the real clouds too.
        if (uri.regionMatches(true, 0, "cloud:", 0, "cloud:".length())) {
            String shown = shown(uri);
            throw new OpeningException(ToolCode.STORE_NOT_EMULATED, (setting.endsWith("=") ? setting + shown
                    : setting + " is " + shown) + ", the real clouds; the emulator serves an emulated account:"
                    + " sqlite:PATH, postgresql://HOST/DATABASE or memory:NAME", null);
        }
    }

    /** A URI as it may be shown: redacted, or just its scheme when it does not parse. */
    private static String shown(String uri) {
        try {
            return StoreUri.parse(uri).redacted();
        } catch (StoreException unparsed) {
            int colon = uri.indexOf(':');
            return colon > 0 ? uri.substring(0, colon + 1) : "(a store URI without a scheme)";
        }
    }

    /** The default account: the emulator's own store, {@code keypairs.store}, that of the keys naming none. */
    public EmulatedAccount defaultAccount() {
        return defaultAccount;
    }

    /** Every account, the default first, then in the order the credentials file names them. */
    public List<EmulatedAccount> all() {
        return List.copyOf(byUri.values());
    }

    /**
     * The account of a name, as the state endpoints' {@code ?account=NAME} gives it: its store URI as written, or
     * redacted as every output shows it (where two URIs differ only in their secrets, the first of them).
     */
    public Optional<EmulatedAccount> find(String name) {
        EmulatedAccount exact = byUri.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return byUri.values().stream().filter(account -> account.isNamed(name)).findFirst();
    }

    /** The account a key's calls are served from. */
    public EmulatedAccount of(AccessKey key) {
        if (key.account() == null) {
            return defaultAccount;
        }
        EmulatedAccount account = byUri.get(key.account());
        if (account == null) {
            throw new IllegalArgumentException(key + " names an account these accounts were not opened with");
        }
        return account;
    }

    /**
     * Runs a call of the API on the store of the key's account, while no reset of that account runs.
     *
     * @param key the key that signed the call
     * @param call the call
     * @return what the call answers
     */
    public <T> T serve(AccessKey key, Call<T> call) throws WireException, StoreException {
        EmulatedAccount account = of(key);
        Lock shared = account.calls().readLock();
        shared.lock();
        try {
            return call.on(account.store());
        } finally {
            shared.unlock();
        }
    }

    /**
     * Runs work on an account's store as a call in flight: a reset of that account waits for it, and it waits for a
     * reset running (a seed never lands half in the emptied account, half in the old).
     *
     * @param account one of these accounts
     * @param work the work
     * @return what the work answers
     */
    public <T, E extends Exception> T serve(EmulatedAccount account, Work<T, E> work) throws E {
        if (byUri.get(account.uri().raw()) != account) {
            throw new IllegalArgumentException(account + " is not one of these accounts");
        }
        Lock shared = account.calls().readLock();
        shared.lock();
        try {
            return work.on(account.store());
        } finally {
            shared.unlock();
        }
    }

    /**
     * Empties an account: every key pair of every region of both providers, and the rate window, as a new account;
     * the credentials stay. It waits for the calls in flight on the account (and, in the store, for the writes of
     * other processes), and the calls that come meanwhile wait for it.
     *
     * @throws StoreException when the store cannot be emptied (it stays as it was)
     */
    public void reset(EmulatedAccount account) throws StoreException {
        if (byUri.get(account.uri().raw()) != account) {
            throw new IllegalArgumentException(account + " is not one of these accounts");
        }
        Lock alone = account.calls().writeLock();
        alone.lock();
        try {
            account.store().clear();
        } finally {
            alone.unlock();
        }
    }

    /** Empties every account, one after the other (see {@link #reset(EmulatedAccount)}). */
    public void resetAll() throws StoreException {
        for (EmulatedAccount account : byUri.values()) {
            reset(account);
        }
    }

    /** Closes every account's store; calls after it fail. */
    @Override
    public void close() {
        byUri.values().forEach(Accounts::closeQuietly);
    }

    private static void closeQuietly(EmulatedAccount account) {
        try {
            account.store().close();
        } catch (StoreException e) {
            // Nothing is pending: every call committed or rolled back in its own transaction.
        }
    }

    /** The accounts could not be opened: the code says what to change, and nothing was left open. */
    public static final class OpeningException extends Exception {

        private static final long serialVersionUID = 1L;

        private final ToolCode code;

        OpeningException(ToolCode code, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        /** What failed: {@code StoreNotEmulated} or {@code StoreUnavailable}. */
        public ToolCode code() {
            return code;
        }
    }
}
