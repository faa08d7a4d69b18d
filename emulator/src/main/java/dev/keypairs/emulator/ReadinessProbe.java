package dev.keypairs.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.state.HealthEndpoint;
import dev.keypairs.emulator.state.StateCode;
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
    /** {@code keypairs.serve.stateToken}, sent as a bearer token; null: none. */
    private final String stateToken;
    /** The emulator probed, when this JVM started it; null otherwise. */
    private final Emulator started;

    /** A probe over plain HTTP, with the JDK's client. */
    public ReadinessProbe() {
        this(client().build());
    }

    /** A probe with this client (another TLS context, a proxy-free one). */
    public ReadinessProbe(HttpClient http) {
        this(http, null, null);
    }

    private ReadinessProbe(HttpClient http, String stateToken, Emulator started) {
        this.http = Objects.requireNonNull(http, "http");
        this.stateToken = stateToken;
        this.started = started;
    }

    /**
     * The probe of an emulator this JVM started: over HTTPS ({@code keypairs.serve.tls}) trusting
     * its CA certificate alone, as a client is told to, and never the JVM's trust store or a trust-all manager, else
     * plain; with its {@code keypairs.serve.stateToken} as a bearer token, which health asks of a caller not
     * on loopback. Listening on an address of this machine other than loopback without a token, health refuses every
     * caller there ({@code LoopbackOnly}, SPEC §13): that answer proves the address answers, and readiness is then
     * read from the emulator itself.
     *
     * @param emulator the emulator started
     * @param stateToken the token it was started with; null for none
     * @throws EmulatorException {@link ToolCode#INVALID_TLS_CA} when the CA certificate cannot be read
     */
    public static ReadinessProbe of(Emulator emulator, String stateToken) throws EmulatorException {
        HttpClient http = emulator.caCertificate().isPresent() ? trustingClient(emulator.caCertificate().get())
                : client().build();
        return new ReadinessProbe(http, stateToken, emulator);
    }

    /**
     * A probe over HTTPS that trusts the certificates this CA signed and nothing else.
     *
     * @param caCertificate the PEM file {@code keypairs.serve.tls.ca} names
     * @throws EmulatorException {@link ToolCode#INVALID_TLS_CA} when it cannot be read as a certificate
     */
    public static ReadinessProbe trusting(Path caCertificate) throws EmulatorException {
        return new ReadinessProbe(trustingClient(caCertificate));
    }

    /** A client that trusts the certificates this CA signed and nothing else. */
    private static HttpClient trustingClient(Path caCertificate) throws EmulatorException {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("keypairs-emulator-ca", ca);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return client().sslContext(tls).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new EmulatorException(ToolCode.INVALID_TLS_CA, "keypairs.serve.tls.ca: " + caCertificate
                    + " cannot be read as a CA certificate to trust (" + e.getMessage() + ")", e);
        }
    }

    /** The JDK's client, giving up on a connection after two seconds. */
    private static HttpClient.Builder client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
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
                HttpRequest.Builder request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET();
                if (stateToken != null) {
                    request.header("Authorization", "Bearer " + stateToken);
                }
                HttpResponse<String> answer = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String status = status(answer.body());
                if (answer.statusCode() == 200 && "ready".equals(status)
                        || started != null && refusedAsNotLoopback(answer) && started.health().ready()) {
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

    /** Whether health refused the probe for its address alone: the emulator answered there. */
    private static boolean refusedAsNotLoopback(HttpResponse<String> answer) {
        if (answer.statusCode() != StateCode.LOOPBACK_ONLY.status()) {
            return false;
        }
        try {
            return StateCode.LOOPBACK_ONLY.code().equals(JSON.readTree(answer.body()).at("/error/code").asText());
        } catch (IOException notJson) {
            return false;
        }
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
