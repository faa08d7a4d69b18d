package dev.keypairs.workflow;

import java.nio.file.Path;

/** The configurations the workflow tests run goals with: a project against a store, every other option default. */
final class Configurations {

    private Configurations() {
    }

    /** The project's {@code keypairs.yaml} against this store. */
    static Configuration of(Path base, String storeUri) {
        return Configuration.of(base).withStore(storeUri);
    }

    /** As {@link #of}, for a plan that fails when anything would change (drift detection). */
    static Configuration failingOnChanges(Path base, String storeUri) {
        return of(base, storeUri).withFailOnChanges(true);
    }
}
