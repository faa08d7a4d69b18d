package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsResponse;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpClientType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.cvm.v20170312.CvmClient;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The providers' official Java SDKs over HTTPS, each given the emulator's CA file the way it takes one for a single
 * client (never the JVM-wide trust store): Tencent's a socket factory and trust manager, Alibaba's Tea SDK the CA
 * as PEM text, Alibaba's classic SDK trust managers (on its per-client HTTP client: the default one is the JVM's).
 */
class HttpsSdkTest {

    static final String KEY = Fixtures.text("rsa-2048.pub");

    @Test
    void tencentsJavaSdkTrustingTheCaFileImportsAndDescribes(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        try (Emulator emulator = HttpsTest.https(ca)) {
            CaTrust trust = CaTrust.of(ca);
            HttpProfile http = new HttpProfile();
            http.setEndpoint(emulator.hostAndPort());
            http.setProtocol(HttpProfile.REQ_HTTPS);
            http.setSslSocketFactory(trust.context().getSocketFactory());
            http.setX509TrustManager(trust.trustManager());
            ClientProfile profile = new ClientProfile();
            profile.setHttpProfile(http);
            CvmClient cvm = new CvmClient(new Credential(Credentials.TEST_ACCESS_KEY_ID, Credentials.TEST_SECRET),
                    "ap-guangzhou", profile);
            com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest request =
                    new com.tencentcloudapi.cvm.v20170312.models.ImportKeyPairRequest();
            request.setKeyName("over_tls");
            request.setProjectId(0L);
            request.setPublicKey(KEY);
            assertTrue(cvm.ImportKeyPair(request).getKeyId().matches("skey-[a-z0-9]{8}"));
            assertEquals(1L, cvm.DescribeKeyPairs(new com.tencentcloudapi.cvm.v20170312.models.DescribeKeyPairsRequest())
                    .getTotalCount());
        }
    }

    @Test
    void alibabasTeaSdkGivenTheCaAsPemImportsAndDescribes(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        try (Emulator emulator = HttpsTest.https(ca)) {
            Client ecs = new Client(new Config().setAccessKeyId(Credentials.TEST_ACCESS_KEY_ID)
                    .setAccessKeySecret(Credentials.TEST_SECRET).setEndpoint(emulator.hostAndPort()).setProtocol("https")
                    .setCa(Files.readString(ca)).setRegionId("cn-hangzhou").setConnectTimeout(5_000)
                    .setReadTimeout(10_000));
            ecs.importKeyPair(new ImportKeyPairRequest().setRegionId("cn-hangzhou").setKeyPairName("over-tls")
                    .setPublicKeyBody(KEY));
            assertEquals(1, ecs.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId("cn-hangzhou")).getBody()
                    .getTotalCount());
        }
    }

    @Test
    void alibabasClassicSdkGivenTrustManagersOnItsPerClientHttpClientDescribes(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        try (Emulator emulator = HttpsTest.https(ca)) {
            DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", Credentials.TEST_ACCESS_KEY_ID,
                    Credentials.TEST_SECRET);
            HttpClientConfig config = HttpClientConfig.getDefault();
            config.setProtocolType(ProtocolType.HTTPS);
            // The default client (Apache's) is one per JVM, set up by the first DefaultAcsClient made (ClassicSdkTest's,
            // in this JVM): trust given to a later one is ignored. The HttpURLConnection client is one per client.
            config.setClientType(HttpClientType.Compatible);
            config.setX509TrustManagers(new X509TrustManager[] {CaTrust.of(ca).trustManager()});
            profile.setHttpClientConfig(config);
            com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsRequest request =
                    new com.aliyuncs.ecs.model.v20140526.DescribeKeyPairsRequest();
            request.setSysEndpoint(emulator.hostAndPort());
            request.setSysProtocol(ProtocolType.HTTPS);
            DescribeKeyPairsResponse answer = new DefaultAcsClient(profile).getAcsResponse(request);
            assertEquals(0, answer.getTotalCount());
        }
    }
}
