package dev.keypairs.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.keypairs.project.ToolCode;
import dev.keypairs.render.StoreProblem;
import dev.keypairs.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;

/** A store failure's code: the store's own where it gives one, else that the store is unavailable. */
class StoreAccessExceptionTest {

    @Test
    void aStoreFailureWithACodeOfItsOwnKeepsIt() {
        StoreUnavailableException missing = new StoreUnavailableException(ToolCode.MISSING_CREDENTIALS,
                "no alibaba credentials were found");

        StoreAccessException failed = new StoreAccessException(new StoreProblem.CallFailed("cloud:",
                missing.getMessage()), missing, Setting.STORE);

        assertEquals("MissingCredentials: no alibaba credentials were found", missing.getMessage());
        assertEquals(ToolCode.MISSING_CREDENTIALS, failed.code());
    }

    @Test
    void anyOtherStoreFailureIsTheStoreBeingUnavailable() {
        StoreUnavailableException locked = new StoreUnavailableException("the sqlite store x stayed locked", null);

        StoreAccessException failed = new StoreAccessException(new StoreProblem.CallFailed("sqlite:x",
                locked.getMessage()), locked, Setting.STORE);

        assertEquals(ToolCode.STORE_UNAVAILABLE, failed.code());
    }
}
