package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.emulator.tls.CaFiles;
import dev.keypairs.emulator.tls.CertificateAuthority;
import dev.keypairs.project.ToolCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keypairs.serve.tls=true}: HTTPS on the port itself, with a server certificate signed by a local CA made at
 * the first start, kept and reused; clients that trust the CA file are served, others refused at the handshake, and
 * plain HTTP or a broken handshake on the port harms nothing.
 */
class HttpsTest {

    static Emulator https(Path caFile) throws EmulatorException {
        return TestEmulators.start("rateLimit=off", settings -> settings.withTls(true, caFile));
    }

    static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theFirstStartWritesTheCaFilePrintsItsLineBeforeTheListeningLineAndTheNextStartReusesIt(@TempDir Path directory)
            throws Exception {
        Path ca = directory.resolve("trust").resolve("emulator-ca.pem");
        byte[] first;
        byte[] firstKey;
        try (EmulatorProcess emulator = EmulatorProcess.fromClassPath("--port", "0", "--store", "memory:https-main",
                "--tls", "true", "--tls-ca", ca.toString())) {
            List<String> output = emulator.output();
            String caLine = Emulator.CA_CERTIFICATE + ca.toAbsolutePath();
            assertTrue(output.contains(caLine), output.toString());
            assertEquals(output.indexOf(caLine) + 1, output.size() - 1, "the CA line comes right before the"
                    + " listening line, the last: " + output);
            assertTrue(emulator.endpoint().matches("https://127\\.0\\.0\\.1:\\d+"), emulator.endpoint());
            assertEquals(1, output.stream().filter(line -> line.startsWith(Emulator.LISTENING)).count(), output.toString());
            first = Files.readAllBytes(ca);
            Path key = CaFiles.keyFile(ca);
            firstKey = Files.readAllBytes(key);
            assertTrue(new String(first, StandardCharsets.US_ASCII).startsWith("-----BEGIN CERTIFICATE-----"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
                    "the CA's key is its owner's alone");
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ca.getParent())),
                    "a directory made for the key is its owner's alone");
            HttpResponse<String> answer = get(trusting(ca), emulator.endpoint() + "/?Action=DescribeRegions");
            assertTrue(answer.body().contains("RequestId"), answer.body());
            assertEquals(143, emulator.terminate(), "the JVM's exit on SIGTERM, after the shutdown hook");
        }
        HttpClient trustingTheFirst = trusting(ca);
        try (Emulator again = https(ca)) {
            assertArrayEquals(first, Files.readAllBytes(ca), "a restart reuses the CA: the trusted file is unchanged");
            assertArrayEquals(firstKey, Files.readAllBytes(CaFiles.keyFile(ca)));
            assertTrue(get(trustingTheFirst, again.endpoint() + "/").body().contains("RequestId"));
        }
    }

    @Test
    void theServerCertificateIsSignedByTheCaForLoopbackAndTheHostNamesOfTheDocs(@TempDir Path directory)
            throws Exception {
        Path ca = directory.resolve("ca.pem");
        try (Emulator emulator = https(ca)) {
            assertEquals(ca, emulator.caCertificate().orElseThrow());
            assertEquals("keypairs emulator CA certificate: " + ca, emulator.caCertificateLine().orElseThrow());
            assertEquals("https://127.0.0.1:" + emulator.port(), emulator.endpoint());
            assertEquals("127.0.0.1:" + emulator.port(), emulator.hostAndPort());
            assertEquals("keypairs emulator listening on https://127.0.0.1:" + emulator.port(), emulator.listeningLine());
            X509Certificate[] chain = handshake(ca, emulator.port());
            X509Certificate server = chain[0];
            List<String> names = new ArrayList<>();
            for (List<?> name : server.getSubjectAlternativeNames()) {
                names.add(name.get(0) + " " + name.get(1));
            }
            // 2 is a DNS name, 7 an IP address (RFC 5280's GeneralName tags).
            assertEquals(List.of("2 localhost", "2 keypairs.test", "2 *.keypairs.test", "7 127.0.0.1",
                    "7 0:0:0:0:0:0:0:1"), names);
            assertEquals(List.of("1.3.6.1.5.5.7.3.1"), server.getExtendedKeyUsage(), "for TLS servers");
            assertEquals(-1, server.getBasicConstraints(), "not a CA");
            assertEquals("EC", server.getPublicKey().getAlgorithm());
            assertTrue(Duration.between(server.getNotBefore().toInstant(), server.getNotAfter().toInstant())
                    .compareTo(Duration.ofDays(826)) <= 0, "825 days at most, as Apple's platforms require");
            X509Certificate caCertificate = (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(Files.newInputStream(ca));
            assertEquals(1, chain.length, "the server's certificate alone: clients hold the CA's");
            assertEquals(caCertificate.getSubjectX500Principal(), server.getIssuerX500Principal());
            server.verify(caCertificate.getPublicKey());
            assertTrue(caCertificate.getBasicConstraints() >= 0);
            // A client checking the host name (java.net.http does) is served by name as by address.
            assertTrue(get(trusting(ca), "https://localhost:" + emulator.port() + "/").body().contains("RequestId"));
        }
    }

    @Test
    void theCaLineNamesTheFileByItsAbsolutePathToBeCopiedFromAnywhere() throws Exception {
        Path relative = Path.of("target", "https-test-" + System.nanoTime(), "ca.pem");
        try (Emulator emulator = https(relative)) {
            assertEquals(relative.toAbsolutePath(), emulator.caCertificate().orElseThrow());
            assertEquals(Emulator.CA_CERTIFICATE + relative.toAbsolutePath(), emulator.caCertificateLine().orElseThrow());
            assertTrue(Files.isRegularFile(relative));
        }
        try (Emulator plain = TestEmulators.start()) {
            assertTrue(plain.caCertificateLine().isEmpty(), "no CA line over HTTP");
            assertTrue(plain.endpoint().startsWith("http://127.0.0.1:"), plain.endpoint());
        }
    }

    @Test
    void aClientNotTrustingTheCaIsRefusedAtTheHandshakeAndOneTrustingItIsServed(@TempDir Path directory)
            throws Exception {
        Path ca = directory.resolve("ca.pem");
        try (Emulator emulator = https(ca)) {
            IOException refused = assertThrows(IOException.class, () -> get(HttpClient.newHttpClient(),
                    emulator.endpoint() + "/"));
            assertTrue(causedBy(refused, SSLHandshakeException.class), refused.toString());
            HttpResponse<String> served = get(trusting(ca), emulator.endpoint() + "/?Action=DescribeRegions");
            assertEquals(400, served.statusCode(), served.body());
            assertTrue(served.body().contains("\"Code\":\"MissingParameter\""), served.body());
        }
    }

    @Test
    void plainHttpAndBrokenHandshakesOnTheTlsPortAreClosedAndTheNextRequestIsServed(@TempDir Path directory)
            throws Exception {
        Path ca = directory.resolve("ca.pem");
        int logged = TestEmulators.LOGGED.size();
        try (Emulator emulator = https(ca)) {
            String plain = exchange(emulator.port(), ("GET /?Action=DescribeRegions HTTP/1.1\r\nHost: 127.0.0.1:"
                    + emulator.port() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertFalse(plain.contains("HTTP/1.1"), "no plain answer, only the connection closed: " + plain);
            // A ClientHello's record header, then garbage.
            byte[] broken = new byte[64];
            broken[0] = 0x16;
            broken[1] = 0x03;
            broken[2] = 0x01;
            broken[3] = 0x00;
            broken[4] = 0x3b;
            exchange(emulator.port(), broken);
            assertTrue(get(trusting(ca), emulator.endpoint() + "/").body().contains("RequestId"),
                    "the next request is served");
        }
        assertEquals(logged, TestEmulators.LOGGED.size(), "nothing failed inside the emulator: "
                + TestEmulators.LOGGED);
    }

    @Test
    void emulatorsStartingAtOnceShareOneCa(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Emulator> emulators = new ArrayList<>();
        try {
            List<Future<Emulator>> starts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(threads.submit((Callable<Emulator>) () -> https(ca)));
            }
            for (Future<Emulator> start : starts) {
                emulators.add(start.get());
            }
            for (Emulator emulator : emulators) {
                assertTrue(get(trusting(ca), emulator.endpoint() + "/").body().contains("RequestId"),
                        "each is trusted through the one CA file");
            }
        } finally {
            emulators.forEach(Emulator::close);
            threads.shutdownNow();
        }
    }

    @Test
    void anExpiredCaIsReplacedByANewOne(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        Clock elevenYearsAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(11 * 365)), ZoneOffset.UTC);
        TestEmulators.start("", settings -> settings.withTls(true, ca).withClock(elevenYearsAgo)).close();
        byte[] expired = Files.readAllBytes(ca);
        try (Emulator emulator = https(ca)) {
            assertFalse(java.util.Arrays.equals(expired, Files.readAllBytes(ca)), "a new CA, to be trusted once again");
            assertTrue(get(trusting(ca), emulator.endpoint() + "/").body().contains("RequestId"));
        }
    }

    @Test
    void caFilesThatCannotBeUsedAreRefusedNamingTheSetting(@TempDir Path directory) throws Exception {
        Path ca = directory.resolve("ca.pem");
        Files.writeString(ca, "not a certificate\n");
        Files.writeString(CaFiles.keyFile(ca), "not a key\n");
        Files.setPosixFilePermissions(CaFiles.keyFile(ca), PosixFilePermissions.fromString("rw-------"));
        assertRefused(ca, "is not a PEM certificate");

        Path lone = directory.resolve("lone.pem");
        CertificateAuthority made = CertificateAuthority.make(Instant.now());
        Files.writeString(lone, "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(made.certificate().getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        assertRefused(lone, "has no key beside it");

        Path other = directory.resolve("other.pem");
        https(other).close();
        Files.copy(lone, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertRefused(other, "the key is not the certificate's");

        Path shared = directory.resolve("shared.pem");
        https(shared).close();
        Files.setPosixFilePermissions(CaFiles.keyFile(shared), PosixFilePermissions.fromString("rw-r--r--"));
        assertRefused(shared, "may be read by others (rw-r--r--): chmod 600 it");

        Path underAFile = directory.resolve("a-file");
        Files.writeString(underAFile, "");
        assertRefused(underAFile.resolve("ca.pem"), "cannot create the directory");
    }

    private static void assertRefused(Path ca, String why) {
        EmulatorException refused = assertThrows(EmulatorException.class, () -> https(ca).close());
        assertEquals(ToolCode.INVALID_TLS_CA, refused.code());
        assertTrue(refused.getMessage().startsWith("keypairs.serve.tls.ca: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
    }

    static HttpClient trusting(Path ca) throws Exception {
        return HttpClient.newBuilder().sslContext(CaTrust.of(ca).context()).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static X509Certificate[] handshake(Path ca, int port) throws Exception {
        try (SSLSocket socket = (SSLSocket) CaTrust.of(ca).context().getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            return (X509Certificate[]) socket.getSession().getPeerCertificates();
        }
    }

    /** Sends raw bytes and reads until the server closes the connection (it must, within 10 seconds). */
    private static String exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                in.transferTo(received);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server held the connection open: " + received, e);
            } catch (IOException reset) {
                // A reset is a close too.
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
