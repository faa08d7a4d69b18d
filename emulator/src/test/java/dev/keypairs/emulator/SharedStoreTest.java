package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest;
import dev.keypairs.emulator.auth.Credentials;
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
            cvm(first).ImportKeyPair(request);
            assertEquals("team_key", cvm(second).DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet()[0]
                    .getKeyName());
            TencentCloudSDKException twice = assertThrows(TencentCloudSDKException.class,
                    () -> cvm(second).ImportKeyPair(request));
            assertEquals("InvalidKeyPairName.Duplicate", twice.getErrorCode());
        }
    }

    private static CvmClient cvm(Emulator emulator) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(emulator.hostAndPort());
        http.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new CvmClient(new Credential(Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET), "ap-guangzhou",
                profile);
    }
}
