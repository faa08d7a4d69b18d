package dev.keypairs.workflow;

import dev.keypairs.provider.Rules;
import dev.keypairs.render.StoreProblem;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Opening a run's store, in the background or not, and its failures, naming the store redacted. */
final class StoreOpening {

    private final String storeUri;
    private final Rules rules;
    private final CloudCredentials credentials;

    StoreOpening(String storeUri, Rules rules, CloudCredentials credentials) {
        this.storeUri = storeUri;
        this.rules = rules;
        this.credentials = credentials;
    }

    /** Opens the store. */
    KeyPairStore open() throws StoreAccessException {
        try {
            return KeyPairStores.open(storeUri, rules, credentials);
        } catch (StoreException e) {
            throw new StoreAccessException(new StoreProblem.CannotOpen(redacted(), e.getMessage()), e, Setting.STORE);
        }
    }

    /**
     * Opens the store while the caller goes on: opening it (loading its driver and native library) and reading the
     * manifests do not depend on each other, and on a cold JVM each takes a fifth of a second or more.
     */
    CompletableFuture<KeyPairStore> inBackground() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open();
            } catch (StoreAccessException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** The store opened in the background, or its failure to open. */
    static KeyPairStore await(CompletableFuture<KeyPairStore> opening) throws StoreAccessException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreAccessException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** Closes the store once it has opened, after a failure: no handle (an in-memory account's) outlives the goal. */
    static void closeWhenOpen(CompletableFuture<KeyPairStore> opening) {
        opening.thenAccept(StoreOpening::closeQuietly);
    }

    private static void closeQuietly(KeyPairStore store) {
        try {
            store.close();
        } catch (StoreException e) {
            // Closing after a failure: the failure is what the user needs to see.
        }
    }

    /** A call to the opened store that failed, after its retries. */
    StoreAccessException failed(StoreException e) {
        return new StoreAccessException(new StoreProblem.CallFailed(redacted(), e.getMessage()), e, null);
    }

    /** The store's URI with its credentials redacted; null when it cannot be parsed. */
    private String redacted() {
        try {
            return StoreUri.parse(storeUri).redacted();
        } catch (StoreException e) {
            return null;
        }
    }
}
