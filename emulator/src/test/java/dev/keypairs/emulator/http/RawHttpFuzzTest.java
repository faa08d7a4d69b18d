package dev.keypairs.emulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.Emulator;
import dev.keypairs.emulator.TestEmulators;
import dev.keypairs.emulator.WireSigner;
import dev.keypairs.emulator.auth.Credentials;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded, bounded fuzzing through the whole server: valid raw HTTP requests of both providers with bytes
 * flipped, cut, doubled or inserted anywhere (request line, headers, body), sent on sockets to a running
 * emulator. Each answer is a status line the emulator or Jetty documents, or a closed connection; none carries
 * a stack trace; nothing fails inside; and the emulator serves a signed request after them all.
 */
class RawHttpFuzzTest {

    static final long SEED = 20261202L;
    static final int ROUNDS = 400;
    static final Pattern STATUS = Pattern.compile("HTTP/1\\.1 (200|400|403|404|405|408|413|414|431|501|505) .*",
            Pattern.DOTALL);

    @Test
    void mutatedRawRequestsGetACodedAnswerOrAClose() throws Exception {
        Random random = new Random(SEED);
        try (Emulator emulator = TestEmulators.start("rateLimit=off",
                settings -> settings.withIdleTimeout(Duration.ofMillis(500)))) {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] request = mutate(random, random.nextBoolean() ? alibaba(emulator) : tencent(emulator));
                String answer = exchange(emulator, request);
                assertTrue(answer.isEmpty() || STATUS.matcher(answer).matches(), "round " + round + ": " + answer);
                assertFalse(answer.contains("\tat ") || answer.contains("Exception"), answer);
            }
            String after = exchange(emulator, alibaba(emulator));
            assertTrue(after.startsWith("HTTP/1.1 200"), after);
        }
        assertEquals(List.of(), TestEmulators.LOGGED, "nothing failed inside the emulator");
    }

    static byte[] alibaba(Emulator emulator) {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeRegions", Credentials.TEST_ACCESS_KEY_ID);
        parameters.put("Signature", WireSigner.hmacSha1("POST", parameters, Credentials.TEST_SECRET));
        String body = WireSigner.form(parameters);
        return ("POST / HTTP/1.1\r\nHost: " + emulator.hostAndPort() + "\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] tencent(Emulator emulator) {
        long now = Instant.now().getEpochSecond();
        String body = "{\"Limit\":5,\"Filters\":[{\"Name\":\"key-name\",\"Values\":[\"a\"]}]}";
        String authorization = WireSigner.tc3("POST", "", "application/json", emulator.hostAndPort(), "cvm",
                WireSigner.sha256Hex(body.getBytes(StandardCharsets.UTF_8)), now, Credentials.TEST_ACCESS_KEY_ID,
                Credentials.TEST_SECRET);
        return ("POST / HTTP/1.1\r\nHost: " + emulator.hostAndPort() + "\r\nContent-Type: application/json\r\n"
                + "Authorization: " + authorization + "\r\nX-TC-Action: DescribeKeyPairs\r\nX-TC-Version: 2017-03-12\r\n"
                + "X-TC-Region: ap-guangzhou\r\nX-TC-Timestamp: " + now + "\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    /** One to four byte-level mutations anywhere in the request. */
    static byte[] mutate(Random random, byte[] request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = request;
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            int at = random.nextInt(bytes.length);
            out.reset();
            switch (random.nextInt(5)) {
                case 0 -> {
                    bytes = bytes.clone();
                    bytes[at] = (byte) random.nextInt(256);
                    continue;
                }
                case 1 -> out.write(bytes, 0, at);
                case 2 -> {
                    out.write(bytes, 0, at);
                    out.write(bytes, at, bytes.length - at);
                    out.write(bytes, at, bytes.length - at);
                }
                case 3 -> {
                    out.write(bytes, 0, at);
                    byte[] noise = new byte[1 + random.nextInt(64)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                    out.write(bytes, at, bytes.length - at);
                }
                default -> {
                    out.write(bytes, 0, at);
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, at, bytes.length - at);
                }
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }

    static String exchange(Emulator emulator, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.port())) {
            socket.setSoTimeout(5_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // The server may answer and close before the rest is sent.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                // A reset after the answer ends the read as a close does.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
