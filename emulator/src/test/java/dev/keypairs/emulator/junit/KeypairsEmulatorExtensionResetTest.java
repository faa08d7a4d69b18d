package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.keys.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ResetBetweenTests}: the tests of a class share its emulator, yet each starts on empty accounts and an empty
 * journal, those of its {@code @Nested} classes too. (Without it, {@link KeypairsEmulatorExtensionTest}'s second test
 * sees what the first imported.)
 */
@ExtendWith(KeypairsEmulatorExtension.class)
@ResetBetweenTests
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeypairsEmulatorExtensionResetTest {

    static final Map<String, Emulator> SEEN = new ConcurrentHashMap<>();

    static long keyPairs(Emulator emulator) throws Exception {
        return KeypairsEmulatorExtensionTest.cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest())
                .getTotalCount();
    }

    static void importKeyPair(Emulator emulator, String name) throws Exception {
        ImportKeyPairRequest request = new ImportKeyPairRequest();
        request.setKeyName(name);
        request.setProjectId(0L);
        request.setPublicKey(Fixtures.text("rsa-2048.pub"));
        KeypairsEmulatorExtensionTest.cvm(emulator).ImportKeyPair(request);
    }

    /** The actions of the calls journaled, oldest first. */
    static List<String> journaled(Emulator emulator) {
        return emulator.journal().calls().stream().map(JournalEntry::action).toList();
    }

    @Test
    @Order(1)
    void aTestImportsAndItsJournalShowsItsCalls(Emulator emulator) throws Exception {
        SEEN.put("first", emulator);
        assertEquals(0L, keyPairs(emulator));
        importKeyPair(emulator, "left_behind");
        assertEquals(1L, keyPairs(emulator));
        assertEquals(List.of("DescribeKeyPairs", "ImportKeyPair", "DescribeKeyPairs"), journaled(emulator));
    }

    @Test
    @Order(2)
    void theNextTestOfTheClassSharesTheEmulatorButNotItsKeyPairsOrJournal(Emulator emulator) throws Exception {
        assertSame(SEEN.get("first"), emulator, "one emulator for the class");
        assertEquals(List.of(), journaled(emulator), "the journal starts empty");
        assertEquals(0L, keyPairs(emulator), "the account was emptied");
        assertEquals(List.of("DescribeKeyPairs"), journaled(emulator));
        importKeyPair(emulator, "left_again");
    }

    @Nested
    class WithoutTheAnnotationOfItsOwn {

        @Test
        void aNestedClassIsResetByItsEnclosingClasssAnnotation(Emulator emulator) throws Exception {
            assertSame(SEEN.get("first"), emulator, "the enclosing class's emulator");
            assertEquals(0L, keyPairs(emulator), "what the enclosing class's tests imported is gone");
        }
    }
}
