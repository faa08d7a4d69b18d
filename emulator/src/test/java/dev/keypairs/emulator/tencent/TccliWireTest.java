package dev.keypairs.emulator.tencent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.keys.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * tccli, TencentCloud's command line (Python; PyPI is out of reach of this build, so its requests are rebuilt
 * byte for byte from the sources of TencentCloud/tencentcloud-cli and tencentcloud-sdk-python): its only way to
 * plain HTTP is an endpoint with the scheme, {@code --endpoint http://127.0.0.1:PORT}, which the Python SDK's
 * {@code ApiRequest._handle_host} takes as the URL and its {@code ProxyConnection} sends as the Host header
 * too, and which both signatures sign as the host. tccli 3.0.1419.1 and later sign TC3 (a JSON body,
 * {@code action_caller.py} and the generated {@code cvm_client.py}); earlier versions signature version 1,
 * {@code HmacSHA256}, a POST form ({@code signMethod="HmacSHA256"} in the generated {@code cvm_client.py}). The
 * Python SDK itself, given {@code HttpProfile(protocol="http", endpoint="127.0.0.1:PORT")}, sends the endpoint
 * without the scheme.
 */
class TccliWireTest {

    static final String REGION = "ap-guangzhou";
    static final String RSA = Fixtures.text("rsa-2048.pub").strip();
    static final String REQUEST_CLIENT = "SDK_PYTHON_3.1.155_CLI_3.1.155.1";

    Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void tccliSignsTc3WithTheEndpointsSchemeInTheHostAndIsAnswered() throws Exception {
        String endpoint = "http://" + emulator.hostAndPort();
        JsonNode imported = tc3(endpoint, "ImportKeyPair",
                "{\"KeyName\": \"from_tccli\", \"ProjectId\": 0, \"PublicKey\": \"" + RSA + "\"}", Credentials.TEST_SECRET);
        String keyId = imported.at("/Response/KeyId").asText();
        assertTrue(keyId.matches("skey-[a-z0-9]{8}"), imported.toString());
        JsonNode described = tc3(endpoint, "DescribeKeyPairs", "{\"KeyIds\": [\"" + keyId + "\"]}", Credentials.TEST_SECRET);
        assertEquals("from_tccli", described.at("/Response/KeyPairSet/0/KeyName").asText(), described.toString());
        JsonNode wrong = tc3(endpoint, "DescribeKeyPairs", "{}", "not-the-secret");
        assertEquals("AuthFailure.SignatureFailure", wrong.at("/Response/Error/Code").asText(), wrong.toString());
    }

    @Test
    void thePythonSdkGivenProtocolHttpSendsTheEndpointWithoutTheScheme() throws Exception {
        JsonNode regions = tc3(emulator.hostAndPort(), "DescribeRegions", "{}", Credentials.TEST_SECRET);
        assertTrue(regions.at("/Response/TotalCount").asInt() > 0, regions.toString());
    }

    @Test
    void tccliBefore3_0_1419SignsVersionOneHmacSha256AndIsAnswered() throws Exception {
        String endpoint = "http://" + emulator.hostAndPort();
        Map<String, String> importing = new LinkedHashMap<>();
        importing.put("KeyName", "from_old_tccli");
        importing.put("ProjectId", "0");
        importing.put("PublicKey", RSA);
        JsonNode imported = v1(endpoint, "ImportKeyPair", importing, Credentials.TEST_SECRET);
        String keyId = imported.at("/Response/KeyId").asText();
        assertTrue(keyId.matches("skey-[a-z0-9]{8}"), imported.toString());
        JsonNode described = v1(endpoint, "DescribeKeyPairs", Map.of("KeyIds.0", keyId), Credentials.TEST_SECRET);
        assertEquals("from_old_tccli", described.at("/Response/KeyPairSet/0/KeyName").asText(), described.toString());
        JsonNode wrong = v1(endpoint, "DescribeKeyPairs", Map.of(), "not-the-secret");
        assertEquals("AuthFailure.SignatureFailure", wrong.at("/Response/Error/Code").asText(), wrong.toString());
    }

    /**
     * A POST as {@code AbstractClient._build_req_with_tc3_signature} builds it: {@code json.dumps} of the
     * parameters, Host the endpoint as given, service {@code cvm}, {@code content-type;host} signed.
     */
    JsonNode tc3(String endpoint, String action, String json, String secret) throws IOException {
        long timestamp = Instant.now().getEpochSecond();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-TC-Action", action);
        headers.put("X-TC-RequestClient", REQUEST_CLIENT);
        headers.put("X-TC-Timestamp", String.valueOf(timestamp));
        headers.put("X-TC-Version", TencentCvmApi.VERSION);
        headers.put("X-TC-Region", REGION);
        headers.put("X-TC-Language", "zh-CN");
        headers.put("Authorization", WireSigner.tc3("POST", "", "application/json", endpoint, "cvm",
                WireSigner.sha256Hex(body), timestamp, Credentials.TEST_ACCESS_KEY_ID, secret));
        return post(endpoint, headers, body);
    }

    /**
     * A POST as {@code AbstractClient._build_req_with_old_signature} builds it: the action's parameters
     * flattened, the common ones added (a Nonce up to {@code sys.maxsize}), {@code _format_sign_string} over the
     * endpoint as given, {@code urlencode} of them all.
     */
    JsonNode v1(String endpoint, String action, Map<String, String> actionParameters, String secret)
            throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>(actionParameters);
        parameters.put("Action", action);
        parameters.put("RequestClient", REQUEST_CLIENT);
        parameters.put("Nonce", String.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)));
        parameters.put("Timestamp", String.valueOf(Instant.now().getEpochSecond()));
        parameters.put("Version", TencentCvmApi.VERSION);
        parameters.put("Region", REGION);
        parameters.put("SecretId", Credentials.TEST_ACCESS_KEY_ID);
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("Language", "zh-CN");
        parameters.put("Signature", WireSigner.tencentV1("POST", endpoint, parameters, "HmacSHA256", secret));
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded");
        return post(endpoint, headers, WireSigner.tencentForm(parameters).getBytes(StandardCharsets.UTF_8));
    }

    /** The request as python-requests sends it, Host set by the SDK to the endpoint; the answer's JSON. */
    JsonNode post(String endpoint, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder("POST / HTTP/1.1\r\n");
        head.append("Host: ").append(endpoint).append("\r\n");
        head.append("User-Agent: python-requests/2.32.3\r\nAccept-Encoding: gzip, deflate\r\nAccept: */*\r\n")
                .append("Connection: keep-alive\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String response = readResponse(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 200 "), response);
            return new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }

    /** One response: its head, then as many body bytes as its Content-Length says (the connection stays open). */
    static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
            bytes.write(b);
        }
        String head = bytes.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        bytes.write(in.readNBytes(length));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
