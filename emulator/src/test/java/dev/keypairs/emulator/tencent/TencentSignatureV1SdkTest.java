package dev.keypairs.emulator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import com.tencentcloudapi.cvm.v20170312.models.DeleteKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest;
import com.tencentcloudapi.cvm.v20170312.models.DescribeRegionsRequest;
import com.tencentcloudapi.cvm.v20170312.models.KeyPair;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.EmulatorSettings;
import dev.keypairs.emulator.TestEmulators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tencent's signature version 1 through {@code com.tencentcloudapi:tencentcloud-sdk-java-cvm} with
 * {@code ClientProfile.setSignMethod("HmacSHA1")} or {@code "HmacSHA256"}, POST (a form body) and GET (a query):
 * served, and refused with the codes TC3's refusals have, a read-only key's writes included.
 */
class TencentSignatureV1SdkTest {

    static final String GUANGZHOU = "ap-guangzhou";

    @TempDir
    Path directory;
    Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        Path credentials = Files.writeString(directory.resolve("credentials"),
                "tencent AKIDwriter writer-secret\ntencent AKIDreader reader-secret read-only\n");
        emulator = TestEmulators.start("rateLimit=off", settings -> settings.withCredentialsFile(credentials));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    CvmClient client(String secretId, String secretKey, String signMethod, String reqMethod) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(emulator.hostAndPort());
        http.setProtocol(HttpProfile.REQ_HTTP);
        http.setReqMethod(reqMethod);
        ClientProfile profile = new ClientProfile();
        profile.setSignMethod(signMethod);
        profile.setHttpProfile(http);
        return new CvmClient(new Credential(secretId, secretKey), GUANGZHOU, profile);
    }

    static DescribeKeyPairsRequest byName(String name) {
        return TencentSdkTest.describing(request -> {
            request.setFilters(new com.tencentcloudapi.cvm.v20170312.models.Filter[] {
                TencentSdkTest.filter("key-name", name)});
            return request;
        });
    }

    @Test
    void eachMethodOverPostAndGetIsServed() throws Exception {
        String keyId = client("AKIDwriter", "writer-secret", ClientProfile.SIGN_SHA256, HttpProfile.REQ_POST)
                .ImportKeyPair(TencentSdkTest.importing("signed_v1", TencentSdkTest.RSA, 0L)).getKeyId();
        assertTrue(keyId.matches("skey-[a-z0-9]{8}"), keyId);
        for (String signMethod : List.of(ClientProfile.SIGN_SHA1, ClientProfile.SIGN_SHA256)) {
            for (String reqMethod : List.of(HttpProfile.REQ_POST, HttpProfile.REQ_GET)) {
                KeyPair[] found = client("AKIDwriter", "writer-secret", signMethod, reqMethod)
                        .DescribeKeyPairs(byName("signed_v1")).getKeyPairSet();
                assertEquals(List.of(keyId), List.of(found[0].getKeyId()), signMethod + " " + reqMethod);
            }
        }
    }

    @Test
    void aWrongSecretOrAnUnknownIdIsRefusedAsTc3s() {
        for (String signMethod : List.of(ClientProfile.SIGN_SHA1, ClientProfile.SIGN_SHA256)) {
            for (String reqMethod : List.of(HttpProfile.REQ_POST, HttpProfile.REQ_GET)) {
                TencentSdkTest.refused("AuthFailure.SignatureFailure", () -> client("AKIDwriter", "wrong", signMethod,
                        reqMethod).DescribeRegions(new DescribeRegionsRequest()));
                TencentSdkTest.refused("AuthFailure.SecretIdNotFound", () -> client("AKIDnobody", "writer-secret",
                        signMethod, reqMethod).DescribeRegions(new DescribeRegionsRequest()));
            }
        }
    }

    @Test
    void aReadOnlyKeyReadsButMayNotWrite() throws Exception {
        CvmClient reader = client("AKIDreader", "reader-secret", ClientProfile.SIGN_SHA256, HttpProfile.REQ_POST);
        assertEquals(0L, reader.DescribeKeyPairs(new DescribeKeyPairsRequest()).getTotalCount());
        DeleteKeyPairsRequest delete = new DeleteKeyPairsRequest();
        delete.setKeyIds(new String[] {"skey-abcdefgh"});
        TencentSdkTest.refused("UnauthorizedOperation", () -> reader.DeleteKeyPairs(delete));
    }
}
