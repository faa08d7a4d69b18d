package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.RawHttp;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad HTTP on raw sockets: each gets a coded error or a closed connection within its timeout, no answer carries
 * a stack trace or a server banner, and a normal request is served right after.
 */
class HostileHttpTest {

    static final Duration IDLE = Duration.ofSeconds(1);

    Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = TestEmulators.start("rateLimit=off", settings -> settings.withIdleTimeout(IDLE));
    }

    @AfterEach
    void stop() {
        emulator.close();
        assertEquals(List.of(), TestEmulators.LOGGED, "no failure inside the emulator");
    }

    /** What came back on one connection: the raw response, or "" when it was closed with nothing. */
    String exchange(byte[] request, Duration wait) throws IOException {
        return RawHttp.exchange(emulator.port(), request, wait);
    }

    /** A signed DescribeRegions on a connection of its own: the emulator still serves. */
    void assertStillServes() throws Exception {
        String answer = exchange(signedGet().getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"Regions\""), answer);
    }

    String signedGet() {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeRegions", Credentials.TEST_ACCESS_KEY_ID);
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, Credentials.TEST_SECRET));
        return "GET /?" + WireSigner.form(parameters) + " HTTP/1.1\r\nHost: " + emulator.hostAndPort()
                + "\r\nConnection: close\r\n\r\n";
    }

    static void assertNoInternals(String answer) {
        assertFalse(answer.contains("\tat "), answer);
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.toLowerCase().contains("jetty"), answer);
        assertFalse(answer.contains("<html"), answer);
    }

    static void assertCoded(String answer, String status, String code) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertTrue(answer.contains("\"Code\":\"" + code + "\""), answer);
        assertNoInternals(answer);
    }

    @Test
    void garbageBytesGetACodedErrorOrAClose() throws Exception {
        for (String garbage : List.of("\u0000\u0001\u0002GARBAGE\r\n\r\n", "GET\r\n\r\n", "HELLO / HTTP/9.9\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a\r\nHost b\r\n\r\n", "\r\n\r\n\r\n", "G".repeat(70_000))) {
            String answer = exchange(garbage.getBytes(StandardCharsets.ISO_8859_1), Duration.ofSeconds(5));
            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4") || answer.startsWith("HTTP/1.1 505"), answer);
            assertFalse(answer.contains("\"Code\":\"InternalError\""), answer);
            assertNoInternals(answer);
            assertStillServes();
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() throws Exception {
        String declared = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-TC-Action: ImportKeyPair\r\n"
                + "Content-Length: " + (HttpServer.MAX_BODY_BYTES + 1) + "\r\n\r\n{";
        String answer = exchange(declared.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"Code\":\"RequestSizeLimitExceeded\"") && answer.contains("1048576 bytes"), answer);
        assertNoInternals(answer);

        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.writeBytes(("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 17; i++) {
            chunked.writeBytes(("10000\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String chunkedAnswer = exchange(chunked.toByteArray(), Duration.ofSeconds(5));
        assertCoded(chunkedAnswer, "413", "InvalidParameter");

        String inXml = "POST /?Format=XML HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + (HttpServer.MAX_BODY_BYTES + 1) + "\r\n\r\n";
        String xmlAnswer = exchange(inXml.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(xmlAnswer.startsWith("HTTP/1.1 413") && xmlAnswer.contains("<Error><RequestId>")
                && xmlAnswer.contains("<Code>InvalidParameter</Code>"), xmlAnswer);
        assertStillServes();
    }

    @Test
    void malformedJsonAndFormsGetCodedErrors() throws Exception {
        long now = Instant.now().getEpochSecond();
        String body = "{\"KeyIds\": [\"skey-1\",";
        String authorization = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET);
        String json = "POST / HTTP/1.1\r\nHost: " + emulator.hostAndPort() + "\r\nContent-Type: application/json\r\n"
                + "Authorization: " + authorization + "\r\nX-TC-Action: DescribeKeyPairs\r\nX-TC-Version: 2017-03-12\r\n"
                + "X-TC-Region: ap-guangzhou\r\nX-TC-Timestamp: " + now + "\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
        assertCoded(exchange(json.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5)), "200", "InvalidParameter");

        String form = "POST /?Action=DescribeRegions HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 10\r\nConnection: close\r\n\r\nA=%zz&B=%4";
        assertCoded(exchange(form.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5)), "400", "InvalidParameter");
        String twice = "GET /?Action=A&Action=B HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        assertCoded(exchange(twice.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5)), "400", "InvalidParameter");
        String put = "PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        assertCoded(exchange(put.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5)), "405", "UnsupportedHTTPMethod");
        assertStillServes();
    }

    @Test
    void aHeaderFloodIsRefused() throws Exception {
        String big = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(HttpServer.MAX_HEADER_BYTES) + "\r\n\r\n";
        String answer = exchange(big.getBytes(StandardCharsets.US_ASCII), Duration.ofSeconds(5));
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 431"), answer);
        assertNoInternals(answer);

        StringBuilder many = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        String manyAnswer = exchange(many.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII),
                Duration.ofSeconds(5));
        assertTrue(manyAnswer.isEmpty() || manyAnswer.startsWith("HTTP/1.1 431"), manyAnswer);
        assertNoInternals(manyAnswer);
        assertStillServes();
    }

    @Test
    void aRequestLeftHalfSentIsClosedWithinTheIdleTimeout() throws Exception {
        for (String half : List.of("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc",
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc",
                "GET / HTTP/1.1\r\nHost: x\r\nX-Partial: ")) {
            long started = System.nanoTime();
            String answer;
            try {
                answer = exchange(half.getBytes(StandardCharsets.US_ASCII), IDLE.multipliedBy(5));
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the half-sent request was still open after " + IDLE.multipliedBy(5), e);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(IDLE.multipliedBy(4)) < 0, "closed after " + took);
            assertTrue(answer.isEmpty() || answer.contains("\"Code\":\"InvalidHttpRequest\""), answer);
            assertNoInternals(answer);
        }
        assertStillServes();
    }

    @Test
    void twoHundredConcurrentConnectionsAreAllServed() throws Exception {
        // Connections opened one after another idle while the rest open: the default timeout, not this class's.
        emulator.close();
        emulator = TestEmulators.start();
        int clients = 200;
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port());
                socket.setSoTimeout(20_000);
                sockets.add(socket);
            }
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (Socket socket : sockets) {
                    answers.add(pool.submit(() -> {
                        socket.getOutputStream().write(signedGet().getBytes(StandardCharsets.US_ASCII));
                        socket.getOutputStream().flush();
                        return RawHttp.readAll(socket.getInputStream());
                    }));
                }
                for (Future<String> answer : answers) {
                    String response = answer.get();
                    assertTrue(response.startsWith("HTTP/1.1 200"), "answered: '" + response + "'");
                }
            } finally {
                pool.shutdownNow();
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        assertStillServes();
    }
}
