package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.store.postgresql.PostgresServer;
import org.junit.jupiter.api.Test;

/** Two emulators on one PostgreSQL database are one account: what one imports the other reads and refuses twice. */
class SharedStoreTest {

    @Test
    void twoEmulatorsOnOneDatabaseAreOneAccount() throws Exception {
        String store = PostgresServer.shared().uri() + "?schema=emulators_" + ProcessHandle.current().pid()
                + "&rateLimit=off";
        try (Emulator first = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(store));
                Emulator second = Emulator.start(EmulatorSettings.defaults().withPort(0).withStore(store))) {
            ImportKeyPairRequest request = new ImportKeyPairRequest();
            request.setKeyName("team_key");
            request.setProjectId(0L);
            request.setPublicKey(Fixtures.text("rsa-2048.pub"));
            TestEmulators.cvm(first.hostAndPort(), "ap-guangzhou").ImportKeyPair(request);
            assertEquals("team_key", TestEmulators.cvm(second.hostAndPort(), "ap-guangzhou").DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()[0]
                    .getKeyName());
            TencentCloudSDKException twice = assertThrows(TencentCloudSDKException.class,
                    () -> TestEmulators.cvm(second.hostAndPort(), "ap-guangzhou").ImportKeyPair(request));
            assertEquals("InvalidKeyPairName.Duplicate", twice.getErrorCode());
        }
    }
}
