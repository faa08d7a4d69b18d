package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import org.junit.jupiter.api.Test;

/** A test that fails on purpose, after one real call to the emulator. */
class FailingIT {

    @Test
    void expectsAKeyPairNobodyCreated() throws Exception {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(System.getProperty("keypairs.emulator.endpoint").substring("http://".length()));
        http.setProtocol(HttpProfile.REQ_HTTP);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        CvmClient cvm = new CvmClient(new Credential("keypairs-test", "keypairs-test-secret"), "ap-guangzhou", profile);
        assertEquals(1L, cvm.DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount(), "fails on purpose");
    }
}
