package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.keys.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension as a user adds it with {@code @ExtendWith}: one emulator for the class. */
@ExtendWith(KeypairsEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeypairsEmulatorExtensionTest {

    static final List<Emulator> SEEN = new ArrayList<>();

    static CvmClient cvm(Emulator emulator) {
        return TestEmulators.cvm(emulator.hostAndPort(), "ap-guangzhou");
    }

    @Test
    @Order(1)
    void aTestGetsARunningEmulatorOnLoopback(Emulator emulator) throws Exception {
        assertTrue(emulator.endpoint().startsWith("http://127.0.0.1:"), emulator.endpoint());
        ImportKeyPairRequest request = new ImportKeyPairRequest();
        request.setKeyName("from_a_user_test");
        request.setProjectId(0L);
        request.setPublicKey(Fixtures.text("rsa-2048.pub"));
        cvm(emulator).ImportKeyPair(request);
        SEEN.add(emulator);
    }

    @Test
    @Order(2)
    void theClassSharesOneEmulator(Emulator emulator) throws Exception {
        assertSame(SEEN.get(0), emulator);
        assertEquals(1L, cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount());
    }

    @AfterAll
    static void theEmulatorIsStillUpUntilTheClassEnds(Emulator emulator) throws Exception {
        assertEquals(1L, cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount());
    }
}
