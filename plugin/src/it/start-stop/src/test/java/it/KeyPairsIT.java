package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tencent Cloud's official SDK against the emulator keypairs:start started for this build. */
class KeyPairsIT {

    @Test
    void createsAndListsAKeyPairThroughTheEmulatorTheBuildStarted() throws Exception {
        String endpoint = System.getProperty("keypairs.emulator.endpoint");
        assertNotNull(endpoint, "failsafe passes keypairs.emulator.endpoint");
        assertTrue(endpoint.matches("http://127\\.0\\.0\\.1:\\d+"), endpoint);
        Files.writeString(Path.of("target", "endpoint.txt"), endpoint);

        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint.substring("http://".length()));
        http.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CvmClient cvm = new CvmClient(new Credential("keypairs-test", "keypairs-test-secret"), "ap-guangzhou", profile);

        CreateKeyPairRequest create = new CreateKeyPairRequest();
        create.setKeyName("it_key");
        create.setProjectId(0L);
        KeyPair created = cvm.CreateKeyPair(create).getKeyPair();
        assertTrue(created.getKeyId().matches("skey-[a-z0-9]{8}"), created.getKeyId());
        assertTrue(created.getPrivateKey().startsWith("-----BEGIN RSA PRIVATE KEY-----"));

        KeyPair[] listed = cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getKeyPairSet();
        assertEquals(1, Arrays.stream(listed).filter(pair -> pair.getKeyName().equals("it_key")).count());
    }
}
