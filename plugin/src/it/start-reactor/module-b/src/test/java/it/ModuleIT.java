package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.CreateKeyPairRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The module's own emulator, through Tencent Cloud's official SDK: it creates a key pair named after the module. */
class ModuleIT {

    @Test
    void createsInItsOwnEmulator() throws Exception {
        String endpoint = System.getProperty("keypairs.emulator.endpoint");
        String module = System.getProperty("module");
        Files.writeString(Path.of("target", "endpoint.txt"), endpoint);
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint.substring("http://".length()));
        http.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CvmClient cvm = new CvmClient(new Credential("keypairs-test", "keypairs-test-secret"), "ap-guangzhou", profile);
        CreateKeyPairRequest request = new CreateKeyPairRequest();
        request.setKeyName(module.replace('-', '_'));
        request.setProjectId(0L);
        cvm.CreateKeyPair(request);
        DescribeKeyPairsRequest describe = new DescribeKeyPairsRequest();
        assertEquals(1, Arrays.stream(cvm.DescribeKeyPairs(describe).getKeyPairSet())
                .filter(pair -> pair.getKeyName().equals(module.replace('-', '_'))).count());
    }
}
