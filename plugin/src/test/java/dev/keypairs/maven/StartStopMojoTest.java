package dev.keypairs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.keypairs.MachineAddresses;
import dev.keypairs.keys.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keypairs:start} and {@code keypairs:stop} (goals.md): one emulator a project, found through the plugin's
 * context of that project, its endpoint and port set as project properties; start twice refused; stop without start
 * says so; stop closes it.
 */
class StartStopMojoTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Maven's log, kept. */
    static final class Lines extends SystemStreamLog {
        final List<String> info = new ArrayList<>();
        final List<String> warn = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            info.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warn.add(content.toString());
        }
    }

    private static StartMojo start(Map<Object, Object> context, Properties properties, String store, Lines log) {
        StartMojo start = new StartMojo();
        start.host = "127.0.0.1";
        start.port = "0";
        start.latency = "0";
        start.timeout = "10";
        start.store = store;
        start.projectProperties = properties;
        start.setPluginContext(context);
        start.setLog(log);
        return start;
    }

    private static StopMojo stop(Map<Object, Object> context, Lines log) {
        StopMojo stop = new StopMojo();
        stop.setPluginContext(context);
        stop.setLog(log);
        return stop;
    }

    private static int health(String endpoint) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/_keypairs/health")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void startServesSetsTheEndpointAndPortAndStopClosesIt() throws Exception {
        Map<Object, Object> context = new HashMap<>();
        Properties properties = new Properties();
        Lines log = new Lines();
        start(context, properties, "memory:start-mojo-test", log).execute();

        String endpoint = properties.getProperty("keypairs.emulator.endpoint");
        String port = properties.getProperty("keypairs.emulator.port");
        assertEquals("http://127.0.0.1:" + port, endpoint);
        assertEquals(200, health(endpoint));
        assertTrue(log.info.contains("keypairs emulator listening on " + endpoint), log.info.toString());
        assertTrue(log.info.get(0).startsWith("keypairs emulator accepts the test key"), log.info.toString());

        stop(context, log).execute();
        assertEquals("keypairs emulator stopped after 0 requests", log.info.get(log.info.size() - 1));
        assertThrows(ConnectException.class, () -> health(endpoint), "closed");
        assertEquals(Map.of(), context, "forgotten: a later start in the project may start another");
    }

    @Test
    void overHttpsStartTrustsTheEmulatorsCaAndLogsTheSeedAndCaLinesAsServeDoes(@TempDir Path directory)
            throws Exception {
        Path seed = Files.writeString(directory.resolve("seed.yaml"), "alibaba:\n  cn-hangzhou:\n    keyPairs:\n"
                + "      - {name: from-the-seed, publicKey: \"" + Fixtures.text("rsa-2048.pub").strip() + "\"}\n");
        Map<Object, Object> context = new HashMap<>();
        Properties properties = new Properties();
        Lines log = new Lines();
        StartMojo start = start(context, properties, "memory:start-mojo-tls", log);
        start.tls = true;
        start.tlsCa = directory.resolve("ca/emulator-ca.pem").toFile();
        start.seed = List.of(seed.toString());
        start.execute();
        try {
            String endpoint = properties.getProperty("keypairs.emulator.endpoint");
            assertEquals("https://127.0.0.1:" + properties.getProperty("keypairs.emulator.port"), endpoint);
            Path ca = directory.resolve("ca/emulator-ca.pem").toAbsolutePath();
            assertEquals(List.of("keypairs emulator seeded the store from " + seed.toAbsolutePath()
                    + ": imported 1, created 0, replaced 0, updated 0, deleted 0; 0 already as declared",
                    "keypairs emulator CA certificate: " + ca, "keypairs emulator listening on " + endpoint),
                    log.info.subList(1, 4), "as keypairs:serve prints them, before the listening line");
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(ca)).build();
            assertEquals(200, trusting.send(HttpRequest.newBuilder(URI.create(endpoint + "/_keypairs/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            stop(context, log).execute();
        }
    }

    /** Trust in the one CA certificate of this file, as a test is given it. */
    private static SSLContext trusting(Path caFile) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caFile)) {
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    @Test
    void startTwiceInOneProjectIsRefusedAndTheFirstKeepsServing() throws Exception {
        Map<Object, Object> context = new HashMap<>();
        Properties properties = new Properties();
        Lines log = new Lines();
        start(context, properties, "memory:start-twice", log).execute();
        String endpoint = properties.getProperty("keypairs.emulator.endpoint");
        try {
            MojoFailureException refused = assertThrows(MojoFailureException.class,
                    () -> start(context, new Properties(), "memory:start-twice-2", log).execute());
            assertEquals("EmulatorAlreadyStarted: keypairs:start ran twice in this project; the emulator it started"
                    + " first still serves at " + endpoint + ". Run keypairs:stop between the two, or keep one"
                    + " execution of keypairs:start.", refused.getMessage());
            assertEquals(200, health(endpoint));
        } finally {
            stop(context, log).execute();
        }
    }

    @Test
    void twoProjectsEachRunTheirOwn() throws Exception {
        Map<Object, Object> first = new HashMap<>();
        Map<Object, Object> second = new HashMap<>();
        Properties firstProperties = new Properties();
        Properties secondProperties = new Properties();
        Lines log = new Lines();
        start(first, firstProperties, "memory:module-a", log).execute();
        start(second, secondProperties, "memory:module-b", log).execute();
        try {
            assertNotEquals(firstProperties.getProperty("keypairs.emulator.port"),
                    secondProperties.getProperty("keypairs.emulator.port"));
            stop(first, log).execute();
            assertEquals(200, health(secondProperties.getProperty("keypairs.emulator.endpoint")), "the other serves on");
        } finally {
            stop(second, log).execute();
        }
    }

    @Test
    void stopWithoutStartSaysSoAndDoesNothing() {
        Lines log = new Lines();
        stop(new HashMap<>(), log).execute();
        assertEquals(List.of("keypairs:stop: no emulator was started in this project (keypairs:start did not run"
                + " before it, or was skipped); nothing to stop."), log.warn);
    }

    @Test
    void aTimeoutIsWholeSeconds() throws Exception {
        assertEquals(60, StartMojo.seconds("60").toSeconds());
        for (String wrong : List.of("0", "-1", "3601", "1.5", "soon")) {
            MojoFailureException refused = assertThrows(MojoFailureException.class, () -> StartMojo.seconds(wrong));
            assertTrue(refused.getMessage().startsWith("InvalidSetting: keypairs.start.timeout is '" + wrong + "'"),
                    refused.getMessage());
        }
    }

    @Test
    void aStartThatCannotListenLeavesNothingBehind() throws Exception {
        Map<Object, Object> context = new HashMap<>();
        Lines log = new Lines();
        MojoFailureException refused = assertThrows(MojoFailureException.class,
                () -> start(context, new Properties(), "cloud:", log).execute());
        assertTrue(refused.getMessage().startsWith("StoreNotEmulated: "), refused.getMessage());
        assertEquals(Map.of(), context);
    }

    @Test
    void theSessionsEndStopsAnEmulatorNoStopStoppedThenHandsTheEventOn() throws Exception {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        List<String> handedOn = new ArrayList<>();
        request.setExecutionListener(new AbstractExecutionListener() {
            @Override
            public void sessionEnded(ExecutionEvent event) {
                handedOn.add("sessionEnded");
            }
        });
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        Map<Object, Object> context = new HashMap<>();
        Properties properties = new Properties();
        Lines log = new Lines();
        StartMojo start = start(context, properties, "memory:session-end", log);
        start.session = session;
        start.execute();
        String endpoint = properties.getProperty("keypairs.emulator.endpoint");
        assertEquals(200, health(endpoint));

        request.getExecutionListener().sessionEnded(null);

        assertEquals(List.of("keypairs emulator stopped after 0 requests, as the build ended (keypairs:stop did not"
                + " run)"), log.warn);
        assertEquals(List.of("sessionEnded"), handedOn, "Maven's own listener still logs the summary");
        assertThrows(ConnectException.class, () -> health(endpoint));
        BackgroundEmulator stopped = (BackgroundEmulator) context.get(BackgroundEmulator.CONTEXT_KEY);
        assertFalse(Runtime.getRuntime().removeShutdownHook(stopped.hook()),
                "no hook left behind: a JVM that outlives the build (the Maven daemon) keeps none per build");
    }

    @Test
    void onAnAddressBesideLoopbackStartIsReadyWithATokenAndWithout() throws Exception {
        String address = MachineAddresses.nonLoopback();
        for (String token : new String[] {null, "ci-token"}) {
            Map<Object, Object> context = new HashMap<>();
            Properties properties = new Properties();
            Lines log = new Lines();
            StartMojo start = start(context, properties, "memory:beside-loopback", log);
            start.host = address;
            start.stateToken = token;
            start.execute();

            // Health refuses a caller there without the token (LoopbackOnly, SPEC 13); start waited for ready anyway.
            assertEquals("http://" + address + ":" + properties.getProperty("keypairs.emulator.port"),
                    properties.getProperty("keypairs.emulator.endpoint"), "token " + token);
            assertEquals(token == null ? 403 : 401, health(properties.getProperty("keypairs.emulator.endpoint")));
            stop(context, log).execute();
        }
    }

    @Test
    void afterKeypairsStopTheSessionsEndSaysNothing() throws Exception {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        Map<Object, Object> context = new HashMap<>();
        Lines log = new Lines();
        StartMojo start = start(context, new Properties(), "memory:session-end-after-stop", log);
        start.session = session;
        start.execute();
        stop(context, log).execute();

        request.getExecutionListener().sessionEnded(null);

        assertEquals(List.of(), log.warn);
        assertEquals("keypairs emulator stopped after 0 requests", log.info.get(log.info.size() - 1));
    }
}
