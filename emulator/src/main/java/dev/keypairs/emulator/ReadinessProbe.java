package dev.keypairs.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.emulator.state.HealthEndpoint;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.project.ToolCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

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
