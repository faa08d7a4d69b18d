package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Over the wire, each request is refused in the envelope of the provider whose scheme it claims: Tencent's
 * signature version 1 (its parameters, in a POST form) and an unknown TC3 variant in Tencent's (HTTP 200,
 * {@code Response.Error}), an unsigned request still in Alibaba's.
 */
class ClaimedSchemeTest {

    Emulator emulator;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    HttpResponse<String> form(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String tencentCode(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return new ObjectMapper().readTree(response.body()).at("/Response/Error/Code").asText();
    }

    Map<String, String> v1(String method) {
        return WireSigner.tencentV1Parameters("DescribeRegions", "ap-guangzhou", Credentials.TEST_ACCESS_KEY_ID, method);
    }

    @Test
    void aVersionOneRequestIsTencentsFromItsFormBody() throws Exception {
        Map<String, String> signed = v1("HmacSHA256");
        signed.put("Signature", WireSigner.tencentV1("POST", emulator.hostAndPort(), signed, "HmacSHA256",
                Credentials.TEST_SECRET));
        HttpResponse<String> served = form(WireSigner.tencentForm(signed));
        assertEquals(200, served.statusCode(), served.body());
        JsonNode regions = new ObjectMapper().readTree(served.body()).at("/Response/RegionSet");
        assertEquals(true, regions.size() > 0, served.body());

        Map<String, String> unsigned = v1("HmacSHA256");
        assertEquals("AuthFailure.InvalidAuthorization", tencentCode(form(WireSigner.tencentForm(unsigned))),
                "was Alibaba's MissingParameter AccessKeyId, HTTP 400");
        Map<String, String> md5 = v1("HmacMD5");
        md5.put("Signature", WireSigner.tencentV1("POST", emulator.hostAndPort(), md5, "HmacMD5",
                Credentials.TEST_SECRET));
        assertEquals("AuthFailure.SignatureFailure", tencentCode(form(WireSigner.tencentForm(md5))));
    }

    @Test
    void anUnknownTc3VariantIsTencentsToRefuse() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/"))
                .header("Content-Type", "application/json")
                .header("Authorization", "TC3-HMAC-SHA1 Credential=keypairs-test/2026-12-01/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("AuthFailure.InvalidAuthorization", tencentCode(response));
    }

    @Test
    void anUnsignedRequestIsStillAlibabas() throws Exception {
        HttpResponse<String> response = form("Action=DescribeRegions&Version=2014-05-26");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("MissingParameter", new ObjectMapper().readTree(response.body()).at("/Code").asText());
    }
}
