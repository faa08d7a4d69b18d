package dev.keypairs.store.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.AlibabaKeyPairRequest;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.store.AlibabaDescribeKeyPairsRequest;
import dev.keypairs.store.StoredKeyPair;
import dev.keypairs.store.memory.MemoryStorage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every Alibaba key pair is given its {@code KeyPairId} when it is inserted, imported or created, and keeps it in
 * the storage; rows without one (written before ids were given) are served as before.
 */
class AccountKeyPairIdTest {

    private static final String HANGZHOU = "cn-hangzhou";

    @Test
    void importAndCreateKeepAnIdThatOnlyCreateAnswers() throws Exception {
        MemoryStorage storage = MemoryStorage.open("ids-" + UUID.randomUUID(), "memory:ids");
        try (Account account = new Account(storage, Rules.builtIn(), new AccountOptions(500, false))) {
            assertNull(account.importKeyPair(AlibabaKeyPairRequest.importing(HANGZHOU, "imported",
                    Fixtures.text("rsa-2048.pub"), List.of(), null)).keyId(), "ImportKeyPair answers no id");
            String created = account.createKeyPair(AlibabaKeyPairRequest.creating(HANGZHOU, "created", List.of(), null))
                    .keyId();
            assertTrue(created.matches("ssh-[a-z0-9]{18}"), created);

            Optional<StoredKeyPair> imported = storage.read(Provider.ALIBABA, HANGZHOU, rows -> rows.byName("imported"));
            assertTrue(imported.orElseThrow().keyId().matches("ssh-[a-z0-9]{18}"), imported.toString());
            assertEquals(created, storage.read(Provider.ALIBABA, HANGZHOU, rows -> rows.byName("created"))
                    .orElseThrow().keyId());
        }
    }

    @Test
    void aRowWithoutAnIdIsServed() throws Exception {
        MemoryStorage storage = MemoryStorage.open("old-" + UUID.randomUUID(), "memory:old");
        try (Account account = new Account(storage, Rules.builtIn(), new AccountOptions(500, false))) {
            storage.write(Provider.ALIBABA, HANGZHOU, rows -> {
                rows.insert(new StoredKeyPair(Provider.ALIBABA, HANGZHOU, "older", "ssh-rsa AAAA", "00:11", null,
                        Map.of(), null, null, Instant.EPOCH));
                return null;
            });
            account.createKeyPair(AlibabaKeyPairRequest.creating(HANGZHOU, "newer", List.of(), null));
            assertEquals(List.of("newer", "older"), account.describeKeyPairs(new AlibabaDescribeKeyPairsRequest(
                    HANGZHOU, null, null, null, List.of(), false, 1, 10)).keyPairs().stream()
                    .map(StoredKeyPair::name).toList());
        }
    }
}
