package dev.keypairs.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keypairs.MachineAddresses;
import dev.keypairs.emulator.state.Readiness;
import dev.keypairs.emulator.auth.Credentials;
import dev.keypairs.emulator.fault.FaultRule;
import dev.keypairs.emulator.fault.FaultRules;
import dev.keypairs.project.ToolCode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /_keypairs/health} over real HTTP (SPEC §13): ready with the version, the redacted store and the
 * providers; 503 while stopping; the access rule by the caller's real address; outside the providers' faults and
 * count.
 */
class HealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    /** A signed Alibaba call (DescribeRegions with the test key): one the fault rules act on. */
    private static URI signedCall(Emulator emulator) {
        Map<String, String> parameters = WireSigner.rpcParameters("DescribeRegions", Credentials.TEST_ACCESS_KEY_ID);
        parameters.put("Signature", WireSigner.hmacSha1("GET", parameters, Credentials.TEST_SECRET));
        return URI.create(emulator.endpoint() + "/?" + WireSigner.form(parameters));
    }

    @Test
    void healthSaysReadyWithTheVersionTheStoreAndTheProviders() throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            HttpResponse<String> health = get(emulator.endpoint() + "/_keypairs/health");

            assertEquals(200, health.statusCode(), health.body());
            assertEquals("application/json;charset=utf-8", health.headers().firstValue("Content-Type").orElse(null));
            JsonNode document = JSON.readTree(health.body());
            assertEquals(List.of("status", "version", "store", "providers"), fieldNames(document));
            assertEquals("ready", document.get("status").asText());
            assertEquals(projectVersion(), document.get("version").asText());
            assertEquals(emulator.health().store(), document.get("store").asText());
            assertTrue(document.get("store").asText().startsWith("memory:emulator-test-"), health.body());
            assertEquals("[\"alibaba\",\"tencent\"]", document.get("providers").toString());
        }
    }

    @Test
    void theStoreIsShownRedacted() throws Exception {
        try (Emulator emulator = TestEmulators.start("rateLimit=off", settings -> settings.withStore(
                "memory:redacted-health?rateLimit=off&tencentQuota=7"))) {
            // StoreUri's one redaction: a memory store has no password, its options are shown as given.
            assertEquals("memory:redacted-health?rateLimit=off&tencentQuota=7", emulator.health().store());
        }
    }

    @Test
    void theVersionIsTheProjectsAsTheBuildFilledItIn() throws Exception {
        assertEquals(projectVersion(), BuildVersion.current());
        assertFalse(BuildVersion.current().contains("${"));
    }

    @Test
    void healthIsNeitherFaultedNorCountedAsAProviderCall() throws Exception {
        // Every provider request throttled, each one a second late: health is the emulator's, not the account's.
        try (Emulator emulator = TestEmulators.start("", settings -> settings.withFaults(
                FaultRules.NONE.withLatency(Duration.ofSeconds(1))
                        .withThrottling(new FaultRule.Every(1, 1))))) {
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(emulator.endpoint() + "/_keypairs/health").statusCode());
            }
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_000, "no latency put on health");
            assertEquals(0, emulator.requests());
            HttpResponse<String> provider = send(HttpRequest.newBuilder(signedCall(emulator)));
            assertTrue(provider.body().contains("Throttling"), "a provider call still is: " + provider.body());
            assertEquals(1, emulator.requests());
        }
    }

    @Test
    void pathsBesideThePrefixStayTheProvidersAndOtherMethodsAreRefused() throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            HttpResponse<String> bare = get(emulator.endpoint() + "/_keypairs");
            assertTrue(bare.body().contains("\"RequestId\""), "a provider's answer: " + bare.body());

            HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(emulator.endpoint()
                    + "/_keypairs/health")).POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, post.statusCode());
            assertEquals("GET", post.headers().firstValue("Allow").orElse(null));
            assertEquals("MethodNotAllowed", JSON.readTree(post.body()).at("/error/code").asText());

            HttpResponse<String> unknown = get(emulator.endpoint() + "/_keypairs/nothing");
            assertEquals(404, unknown.statusCode());
            assertEquals("UnknownStateEndpoint", JSON.readTree(unknown.body()).at("/error/code").asText());
        }
    }

    @Test
    void healthSays503StoppingWhileCallsInFlightFinish() throws Exception {
        Emulator emulator = TestEmulators.start("", settings -> settings.withFaults(
                FaultRules.NONE.withLatency(Duration.ofMillis(2_000))));
        CompletableFuture<HttpResponse<String>> inFlight = HTTP.sendAsync(HttpRequest.newBuilder(
                signedCall(emulator)).build(), HttpResponse.BodyHandlers.ofString());
        while (emulator.requests() == 0) {
            Thread.sleep(10);
        }
        CompletableFuture<Void> closing = CompletableFuture.runAsync(emulator::close);
        while (emulator.health().status() != Readiness.Status.STOPPING) {
            Thread.sleep(10);
        }
        HttpResponse<String> health = get(emulator.endpoint() + "/_keypairs/health");

        assertEquals(503, health.statusCode(), health.body());
        assertEquals("stopping", JSON.readTree(health.body()).get("status").asText());
        assertNotNull(inFlight.get().body(), "the call in flight was answered");
        closing.get();
    }

    @Test
    void fromAnotherAddressTheTokenIsAskedForAndWithoutOneStateIsLoopbackOnly() throws Exception {
        String address = MachineAddresses.nonLoopback();
        try (Emulator open = TestEmulators.start("", settings -> settings.withHost(address))) {
            HttpResponse<String> refused = get(open.endpoint() + "/_keypairs/health");
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("LoopbackOnly", JSON.readTree(refused.body()).at("/error/code").asText());
        }
        try (Emulator guarded = TestEmulators.start("", settings -> settings.withHost(address)
                .withStateToken("ci-token"))) {
            String health = guarded.endpoint() + "/_keypairs/health";
            HttpResponse<String> without = get(health);
            assertEquals(401, without.statusCode());
            assertEquals("Bearer realm=\"keypairs emulator\"", without.headers().firstValue("WWW-Authenticate")
                    .orElse(null));
            HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(health))
                    .header("Authorization", "Bearer ci-tokem"));
            assertEquals(401, wrong.statusCode());
            assertEquals("StateTokenInvalid", JSON.readTree(wrong.body()).at("/error/code").asText());
            HttpResponse<String> right = send(HttpRequest.newBuilder(URI.create(health))
                    .header("Authorization", "Bearer ci-token"));
            assertEquals(200, right.statusCode(), right.body());
        }
    }

    @Test
    void aWildcardAddressIsReachedOnLoopbackWhereLoopbackNeedsNoToken() throws Exception {
        try (Emulator everywhere = TestEmulators.start("", settings -> settings.withHost("0.0.0.0"))) {
            assertEquals("http://127.0.0.1:" + everywhere.port(), everywhere.localEndpoint());
            assertEquals(200, get(everywhere.localEndpoint() + "/_keypairs/health").statusCode());
        }
        try (Emulator loopback = TestEmulators.start()) {
            assertEquals(loopback.endpoint(), loopback.localEndpoint());
        }
    }

    @Test
    void theProbeWaitsForReadyOverHttp() throws Exception {
        try (Emulator emulator = TestEmulators.start()) {
            Duration took = new ReadinessProbe().await(emulator.endpoint(), Duration.ofSeconds(10));
            assertTrue(took.toMillis() < 10_000, took.toString());
            assertEquals(0, emulator.requests(), "the probe is no provider call");
        }
    }

    @Test
    void theProbeOfAStartedEmulatorBesideLoopbackSendsItsTokenOrReadsReadinessFromIt() throws Exception {
        String address = MachineAddresses.nonLoopback();
        try (Emulator open = TestEmulators.start("", settings -> settings.withHost(address))) {
            EmulatorException refused = assertThrows(EmulatorException.class,
                    () -> new ReadinessProbe().await(open.endpoint(), Duration.ofMillis(300)));
            assertTrue(refused.getMessage().contains("(last: HTTP 403)"), refused.getMessage());
            // Health refuses every caller there (LoopbackOnly): the answer proves the address; the emulator says ready.
            ReadinessProbe.of(open, null).await(open.endpoint(), Duration.ofSeconds(10));
        }
        try (Emulator guarded = TestEmulators.start("", settings -> settings.withHost(address)
                .withStateToken("ci-token"))) {
            ReadinessProbe.of(guarded, "ci-token").await(guarded.endpoint(), Duration.ofSeconds(10));
            EmulatorException wrong = assertThrows(EmulatorException.class,
                    () -> ReadinessProbe.of(guarded, "not-the-token").await(guarded.endpoint(), Duration.ofMillis(300)));
            assertEquals(ToolCode.EMULATOR_NOT_READY, wrong.code());
            assertTrue(wrong.getMessage().contains("(last: HTTP 401)"), wrong.getMessage());
        }
    }

    @Test
    void theProbeGivesUpWithACodeNamingTheLastFailure() throws Exception {
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = socket.getLocalPort();
        }
        EmulatorException refused = assertThrows(EmulatorException.class, () -> new ReadinessProbe()
                .await("http://127.0.0.1:" + free, Duration.ofMillis(300)));
        assertEquals(ToolCode.EMULATOR_NOT_READY, refused.code());
        assertTrue(refused.getMessage().startsWith("the emulator did not answer ready at http://127.0.0.1:" + free
                + "/_keypairs/health within 0 s (last: ConnectException"), refused.getMessage());
    }

    private static List<String> fieldNames(JsonNode document) {
        List<String> names = new java.util.ArrayList<>();
        document.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The version the parent pom gives, which the build filled into version.properties. */
    private static String projectVersion() throws Exception {
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(parent.find());
        return parent.group(1);
    }
}
