package dev.keypairs.store.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.DescribeKeyPairsRequest;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStoreConformanceTest;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.account.Account;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory storage under the account model: the conformance suite, and its scope of one JVM. */
class MemoryKeyPairStoreTest extends KeyPairStoreConformanceTest {

    @Override
    protected String newStoreUri(boolean rateLimited) {
        return "memory:conformance-" + UUID.randomUUID() + (rateLimited ? "" : "?rateLimit=off");
    }

    @Override
    protected boolean sharedBetweenProcesses() {
        return false;
    }

    @Test
    void handlesOnOneNameShareAnAccountUntilTheLastIsClosed() throws Exception {
        String name = "memory:shared-" + UUID.randomUUID();
        KeyPairStore first = KeyPairStores.open(name);
        assertInstanceOf(Account.class, first);
        KeyPairStore second = KeyPairStores.open(name + "?rateLimit=off");
        first.importKeyPair(AlibabaKeyPairRequest.importing("cn-hangzhou", "k1", Fixtures.text("rsa-2048.pub"),
                List.of(), null));
        assertEquals(1, second.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou",
                List.of(), 1, 50)).totalCount());
        first.close();
        assertEquals(1, second.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou",
                List.of(), 1, 50)).totalCount(), "open while a handle is");
        second.close();
        assertThrows(StoreUnavailableException.class, () -> second.describeKeyPairs(DescribeKeyPairsRequest.page(
                Provider.ALIBABA, "cn-hangzhou", List.of(), 1, 50)));
        try (KeyPairStore again = KeyPairStores.open(name)) {
            assertEquals(0, again.describeKeyPairs(DescribeKeyPairsRequest.page(Provider.ALIBABA, "cn-hangzhou",
                    List.of(), 1, 50)).totalCount(), "gone with the last handle");
        }
    }

    @Test
    void anUnknownOptionIsNamedWithTheOnesThereAre() {
        String message = assertThrows(StoreUnavailableException.class,
                () -> KeyPairStores.open("memory:x?busyTimeoutMs=5")).getMessage();
        assertTrue(message.contains("no option 'busyTimeoutMs'") && message.contains("rateLimit, tencentQuota"),
                message);
    }
}
