package dev.keypairs.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.state.HealthEndpoint;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.project.ToolCode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Waits until an emulator says it is ready, the way a build or a container check waits: real HTTP GETs of
 * {@code /_keypairs/health} until one answers 200 with {@code "status": "ready"}, so that what is proven is what a
 * client will meet (the address resolves, the port answers, the emulator is ready), not just that a start call
 * returned.
 */
public final class ReadinessProbe {

    private static final Duration PAUSE = Duration.ofMillis(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    /** A probe over plain HTTP, with the JDK's client. */
    public ReadinessProbe() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    /** A probe with this client (another TLS context, a proxy-free one). */
    public ReadinessProbe(HttpClient http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /**
     * The probe of a started emulator: over HTTPS ({@code keypairs.serve.tls}) trusting its CA certificate alone, as a
     * client is told to, and never the JVM's trust store or a trust-all manager; else plain.
     *
     * @throws EmulatorException {@link ToolCode#INVALID_TLS_CA} when the CA certificate cannot be read
     */
    public static ReadinessProbe of(Emulator emulator) throws EmulatorException {
        return emulator.caCertificate().isPresent() ? trusting(emulator.caCertificate().get()) : new ReadinessProbe();
    }

    /**
     * A probe over HTTPS that trusts the certificates this CA signed and nothing else.
     *
     * @param caCertificate the PEM file {@code keypairs.serve.tls.ca} names
     * @throws EmulatorException {@link ToolCode#INVALID_TLS_CA} when it cannot be read as a certificate
     */
    public static ReadinessProbe trusting(Path caCertificate) throws EmulatorException {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("keypairs-emulator-ca", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return new ReadinessProbe(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(tls)
                    .build());
        } catch (IOException | GeneralSecurityException e) {
            throw new EmulatorException(ToolCode.INVALID_TLS_CA, "keypairs.serve.tls.ca: " + caCertificate
                    + " cannot be read as a CA certificate to trust (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Asks health until it answers ready.
     *
     * @param endpoint the emulator's base URL, e.g. {@code http://127.0.0.1:8089}
     * @param timeout how long to keep asking
     * @return how long it took
     * @throws EmulatorException {@link ToolCode#EMULATOR_NOT_READY} when no ready answer came in time, naming the
     *     last answer or failure
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Duration await(String endpoint, Duration timeout) throws EmulatorException, InterruptedException {
        URI health = URI.create(endpoint + StateRouting.PREFIX + HealthEndpoint.NAME);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String last = "no answer";
        do {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String status = status(answer.body());
                if (answer.statusCode() == 200 && "ready".equals(status)) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                last = "HTTP " + answer.statusCode() + (status == null ? "" : ", status " + status);
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            Thread.sleep(PAUSE.toMillis());
        } while (System.nanoTime() < deadline);
        throw new EmulatorException(ToolCode.EMULATOR_NOT_READY, "the emulator did not answer ready at " + health
                + " within " + timeout.toSeconds() + " s (last: " + last + ")", null);
    }

    /** The {@code status} field of a health answer; null when the answer is not one. */
    private static String status(String body) {
        try {
            JsonNode status = JSON.readTree(body).get("status");
            return status == null || !status.isTextual() ? null : status.asText();
        } catch (IOException notJson) {
            return null;
        }
    }
}
