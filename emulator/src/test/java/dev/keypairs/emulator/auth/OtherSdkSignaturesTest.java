package dev.keypairs.emulator.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.keys.Fixtures;
import dev.keypairs.provider.Provider;
import dev.keypairs.store.DescribeKeyPairsRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Requests signed as the providers' other official SDKs sign them (Node.js, Go, Python), which differ from the
 * Java SDKs in small ways: each genuine form is accepted, and a request whose signed parts were changed is not.
 */
class OtherSdkSignaturesTest {

    static final String HANGZHOU = "cn-hangzhou";
    static final String AK = Credentials.TEST_ACCESS_KEY_ID;
    static final String SECRET = Credentials.TEST_SECRET;

    Emulator emulator;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI root(String query) {
        return URI.create(emulator.endpoint() + "/" + (query.isEmpty() ? "" : "?" + query));
    }

    // ---- Alibaba HMAC-SHA1 ----

    @Test
    void popCoreSendsEveryParameterSignatureIncludedInAFormBody() throws Exception {
        Map<String, String> parameters = WireSigner.rpcParameters("ImportKeyPair", AK);
        parameters.put("RegionId", HANGZHOU);
        parameters.put("KeyPairName", "from-node");
        parameters.put("PublicKeyBody", Fixtures.text("rsa-2048.pub").strip());
        parameters.put("Signature", WireSigner.hmacSha1("POST", parameters, SECRET));
        HttpResponse<String> response = send(HttpRequest.newBuilder(root(""))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WireSigner.form(parameters))));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"KeyPairName\":\"from-node\""), response.body());
        assertEquals(1, emulator.store().describeKeyPairs(DescribeKeyPairsRequest.page(
                Provider.ALIBABA, HANGZHOU, List.of(), 1, 10)).totalCount());
    }

    @Test
    void goSendsSpacesAsPlusAndSignsAnEmptySignatureType() throws Exception {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeKeyPairs", AK);
        parameters.put("RegionId", HANGZHOU);
        parameters.put("SignatureType", "");
        parameters.put("KeyPairName", "no such key");
        parameters.put("Format", "json");
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, SECRET));
        String query = WireSigner.form(parameters).replace("%20", "+");
        HttpResponse<String> response = send(HttpRequest.newBuilder(root(query)).GET());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"TotalCount\":0"), response.body());
    }

    @Test
    void aParameterChangedAfterSigningDoesNotMatch() throws Exception {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeKeyPairs", AK);
        parameters.put("RegionId", HANGZHOU);
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, SECRET));
        parameters.put("RegionId", "cn-shanghai");
        HttpResponse<String> response = send(HttpRequest.newBuilder(root(WireSigner.form(parameters))).GET());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"Code\":\"SignatureDoesNotMatch\""), response.body());
        assertTrue(response.body().contains("server string to sign is:GET&%2F&"), response.body());
        assertTrue(response.body().contains("\"HostId\":\"" + emulator.hostAndPort() + "\"")
                && response.body().contains("\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch\""),
                "Alibaba's whole error envelope: " + response.body());

        Map<String, String> posted = WireSigner.rpcParameters("DescribeKeyPairs", AK);
        posted.put("RegionId", HANGZHOU);
        posted.put("Signature", WireSigner.hmacSha1("GET", posted, SECRET));
        HttpResponse<String> methodChanged = send(HttpRequest.newBuilder(root(""))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WireSigner.form(posted))));
        assertTrue(methodChanged.body().contains("\"Code\":\"SignatureDoesNotMatch\""), "the method is signed");
    }

    // ---- Alibaba ACS3 ----

    @Test
    void pythonSignsEveryHeaderItSends() throws Exception {
        byte[] body = new byte[0];
        Map<String, String> signed = WireSigner.acs3Headers(emulator.hostAndPort(), "DescribeKeyPairs", body);
        signed.put("accept", "application/json");
        signed.put("user-agent", "AlibabaCloud (Linux; x86_64) Python/3.11.7 Core/2.13 python-requests/2.31");
        signed.put("x-acs-credentials-provider", "static_ak");
        Map<String, String> query = Map.of("RegionId", HANGZHOU, "IncludePublicKey", "True");
        HttpResponse<String> response = send(acs3Request(query, signed, WireSigner.acs3("POST", query, signed, body,
                AK, SECRET)));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"TotalCount\":0"), response.body());
    }

    @Test
    void aSignedHeaderChangedInTransitDoesNotMatch() throws Exception {
        byte[] body = new byte[0];
        Map<String, String> signed = WireSigner.acs3Headers(emulator.hostAndPort(), "DescribeRegions", body);
        signed.put("user-agent", "signed-agent");
        String authorization = WireSigner.acs3("POST", Map.of(), signed, body, AK, SECRET);
        signed.put("user-agent", "another-agent");
        HttpResponse<String> response = send(acs3Request(Map.of(), signed, authorization));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"Code\":\"SignatureDoesNotMatch\""), response.body());
    }

    @Test
    void aSignatureThatLeavesOutAHeaderTheEmulatorReadsIsIncomplete() throws Exception {
        byte[] body = new byte[0];
        Map<String, String> all = WireSigner.acs3Headers(emulator.hostAndPort(), "DescribeRegions", body);
        Map<String, String> signed = new LinkedHashMap<>(all);
        signed.remove("x-acs-date");
        HttpResponse<String> response = send(acs3Request(Map.of(), all,
                WireSigner.acs3("POST", Map.of(), signed, body, AK, SECRET)));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("\"Code\":\"IncompleteSignature\""), response.body());
        assertTrue(response.body().contains("x-acs-date"), response.body());
    }

    private HttpRequest.Builder acs3Request(Map<String, String> query, Map<String, String> headers,
            String authorization) {
        StringBuilder encoded = new StringBuilder();
        query.forEach((name, value) -> encoded.append(encoded.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(root(encoded.toString()))
                .POST(HttpRequest.BodyPublishers.noBody()).header("authorization", authorization);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        return request;
    }

    // ---- Tencent TC3 ----

    @Test
    void nodeSignsTheHostWithoutItsPortAndTheEndpointsFirstLabelAsService() throws Exception {
        String body = "{\"KeyName\":\"from_node\",\"ProjectId\":0,\"PublicKey\":"
                + "\"" + Fixtures.text("rsa-2048.pub").strip() + "\"}";
        long now = Instant.now().getEpochSecond();
        String authorization = WireSigner.tc3("POST", "", "application/json", "127.0.0.1", "127",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        HttpResponse<String> response = send(tc3Request("ImportKeyPair", now, authorization, "application/json",
                body, null));
        assertTrue(response.body().matches("\\{\"Response\":\\{\"KeyId\":\"skey-[a-z0-9]{8}\",\"RequestId\":\"[^\"]+\"}}"),
                response.body());
    }

    @Test
    void goSignsServiceCvmAndPythonMaySignAnUnsignedPayload() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "{\"Limit\": 5}";
        String goStyle = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        HttpResponse<String> go = send(tc3Request("DescribeKeyPairs", now, goStyle, "application/json", body, null));
        assertTrue(go.body().contains("\"TotalCount\":0"), go.body());

        String pythonStyle = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex("UNSIGNED-PAYLOAD".getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        HttpResponse<String> python = send(tc3Request("DescribeKeyPairs", now, pythonStyle, "application/json", body,
                "UNSIGNED-PAYLOAD"));
        assertTrue(python.body().contains("\"TotalCount\":0"), python.body());
    }

    @Test
    void aGetQueryIsSignedAsSentInTheOrderSent() throws Exception {
        long now = Instant.now().getEpochSecond();
        String query = "Limit=3&Filters.0.Name=key-name&Filters.0.Values.0=a%20b&Offset=0";
        String authorization = WireSigner.tc3("GET", query, "application/x-www-form-urlencoded", "127.0.0.1", "127",
                WireSigner.sha256Hex(new byte[0]), now, AK, SECRET);
        HttpResponse<String> response = send(HttpRequest.newBuilder(root(query)).GET()
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", authorization)
                .header("X-TC-Action", "DescribeKeyPairs").header("X-TC-Version", "2017-03-12")
                .header("X-TC-Region", "ap-guangzhou").header("X-TC-Timestamp", String.valueOf(now)));
        assertTrue(response.body().contains("\"TotalCount\":0"), response.body());
    }

    @Test
    void aTencentRequestSignedForAnotherHostOrBodyFails() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "{}";
        String otherHost = WireSigner.tc3("POST", "", "application/json", "cvm.tencentcloudapi.com", "cvm",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        assertTrue(send(tc3Request("DescribeRegions", now, otherHost, "application/json", body, null)).body()
                .contains("\"Code\":\"AuthFailure.SignatureFailure\""));
        String otherBody = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex("{\"Limit\":1}".getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        assertTrue(send(tc3Request("DescribeRegions", now, otherBody, "application/json", body, null)).body()
                .contains("\"Code\":\"AuthFailure.SignatureFailure\""));
        String farFuture = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, AK, SECRET);
        HttpResponse<String> noTime = send(HttpRequest.newBuilder(root("")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", farFuture)
                .header("X-TC-Action", "DescribeRegions").header("X-TC-Version", "2017-03-12")
                .header("X-TC-Timestamp", "99999999999999999"));
        assertTrue(noTime.body().contains("\"Code\":\"InvalidParameter\""), noTime.body());
        HttpResponse<String> malformed = send(tc3Request("DescribeRegions", now, "TC3-HMAC-SHA256 nonsense",
                "application/json", body, null));
        assertEquals(200, malformed.statusCode());
        assertTrue(malformed.body().contains("\"Code\":\"AuthFailure.InvalidAuthorization\""), malformed.body());
    }

    private HttpRequest.Builder tc3Request(String action, long timestamp, String authorization, String contentType,
            String body, String contentSha256) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root(""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType)
                .header("Authorization", authorization).header("X-Tc-Action", action)
                .header("X-TC-Version", "2017-03-12").header("X-TC-Region", "ap-guangzhou")
                .header("X-TC-Timestamp", String.valueOf(timestamp));
        if (contentSha256 != null) {
            request.header("X-TC-Content-SHA256", contentSha256);
        }
        return request;
    }

    @Test
    void theKeysOfACredentialsFileAreTheOnlyOnesAccepted() throws Exception {
        Path file = Files.createTempFile("credentials", ".txt");
        try {
            Files.writeString(file, "# team keys\nalibaba LTAIteam team-secret\n\ntencent AKIDteam t-secret\n");
            try (Emulator teamOnly = TestEmulators.start("rateLimit=off", settings -> settings.withCredentialsFile(file))) {
                assertTrue(teamOnly.credentialsLine().contains("2 access keys"), teamOnly.credentialsLine());
                assertFalse(teamOnly.credentialsLine().contains("team-secret"));
                Map<String, String> parameters = WireSigner.rpcParameters("DescribeRegions", "LTAIteam");
                parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, "team-secret"));
                HttpResponse<String> team = send(HttpRequest.newBuilder(URI.create(teamOnly.endpoint() + "/?"
                        + WireSigner.form(parameters))).GET());
                assertEquals(200, team.statusCode(), team.body());
                Map<String, String> test = WireSigner.rpcParameters("DescribeRegions", AK);
                test.put("Signature", WireSigner.hmacSha1("GET", test, SECRET));
                HttpResponse<String> testPair = send(HttpRequest.newBuilder(URI.create(teamOnly.endpoint() + "/?"
                        + WireSigner.form(test))).GET());
                assertEquals(404, testPair.statusCode());
                assertTrue(testPair.body().contains("InvalidAccessKeyId.NotFound"));
            }
        } finally {
            Files.delete(file);
        }
    }
}
