package dev.keypairs.emulator.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.keys.Fixtures;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a non-static {@code @RegisterExtension} field, with settings: an emulator for each test. */
class KeypairsEmulatorExtensionPerTestTest {

    static final Set<String> ENDPOINTS = ConcurrentHashMap.newKeySet();

    @RegisterExtension
    KeypairsEmulatorExtension own = KeypairsEmulatorExtension.withSettings(
            settings -> settings.withStore("memory:per-test-" + System.nanoTime() + "?rateLimit=off"));

    @RepeatedTest(2)
    void eachTestStartsOnAnEmptyAccount(Emulator emulator) throws Exception {
        assertEquals(0L, KeypairsEmulatorExtensionTest.cvm(emulator).DescribeKeyPairs(new DescribeKeyPairsRequest())
                .getTotalCount());
        ImportKeyPairRequest request = new ImportKeyPairRequest();
        request.setKeyName("left_behind");
        request.setProjectId(0L);
        request.setPublicKey(Fixtures.text("rsa-2048.pub"));
        KeypairsEmulatorExtensionTest.cvm(emulator).ImportKeyPair(request);
        assertTrue(ENDPOINTS.add(emulator.store().displayUri()), "a store of its own for each test");
    }
}
