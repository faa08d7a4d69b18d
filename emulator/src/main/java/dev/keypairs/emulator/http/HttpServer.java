package dev.keypairs.emulator.http;

import dev.keypairs.emulator.journal.Journal;
import java.io.IOException;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.emulator.tls.ServerIdentity;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The emulator's HTTP/1.1 server (Jetty): keep-alive, chunked request bodies, a bounded thread pool and
 * connection count, header and body limits, an idle timeout that closes stalled or half-sent requests, and a
 * graceful stop that lets calls in flight finish; over TLS on the same connector when given a server identity.
 */
public final class HttpServer implements AutoCloseable {

    /** The largest request body read: far above any key pair call (a public key is a few KiB). */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The largest request line and headers together; larger gets HTTP 431. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** How many connections are served at once; more wait in the accept queue. */
    public static final int MAX_CONNECTIONS = 1_024;

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Server server;
    private final ServerConnector connector;
    private final GracefulHandler graceful;

    private HttpServer(Server server, ServerConnector connector, GracefulHandler graceful) {
        this.server = server;
        this.connector = connector;
        this.graceful = graceful;
    }

    /**
     * Starts serving.
     *
     * @param host the address to listen on
     * @param port the port; 0 picks a free one
     * @param idleTimeout how long a connection may send nothing before it is closed
     * @param tls the key and certificates of HTTPS on the port; null for plain HTTP
     * @param routing the providers' APIs
     * @param state the emulator's own endpoints, under {@code /_keypairs/}
     * @param journal where each call the APIs answer is journaled
     * @param internalErrors told of each failure of the emulator itself, with the RequestId answered
     * @throws IOException when the server cannot start; a {@link java.net.BindException} among its causes when the
     *     address cannot be listened on
     */
    public static HttpServer start(String host, int port, Duration idleTimeout, ServerIdentity tls,
            ProviderRouting routing, StateRouting state, Journal journal, BiConsumer<String, Throwable> internalErrors)
            throws IOException {
        Objects.requireNonNull(routing, "routing");
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("keypairs-emulator");
        threads.setDaemon(true);
        // Stopping waits for handler threads, so that the store is closed under no call.
        threads.setStopTimeout(STOP_TIMEOUT.toMillis());
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(true);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        // tccli's one way to plain HTTP, --endpoint http://HOST:PORT, sends that whole URL as the Host header (the
        // Python SDK sets Host to the endpoint as given) and signs it: read, not refused as an unsafe host.
        http.setHttpCompliance(HttpCompliance.RFC9110.with("keypairs", HttpCompliance.Violation.UNSAFE_HOST_HEADER));
        ServerConnector connector = tls == null ? new ServerConnector(server, 1, 1, new HttpConnectionFactory(http))
                : new ServerConnector(server, 1, 1, new SslConnectionFactory(tlsContext(tls), HttpVersion.HTTP_1_1.asString()),
                        new HttpConnectionFactory(secure(http)));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(idleTimeout.toMillis());
        connector.setReuseAddress(true);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        StateAdapter stateAdapter = new StateAdapter(state, MAX_BODY_BYTES);
        GracefulHandler graceful = new GracefulHandler(new EmulatorHandler(routing, stateAdapter, MAX_BODY_BYTES, journal,
                internalErrors));
        server.setHandler(graceful);
        server.setErrorHandler(new ErrorPage(stateAdapter));
        // Draining is done in close(), for calls in flight only: Jetty's own graceful stop would also wait for
        // idle keep-alive connections, which clients hold open for minutes.
        server.setStopTimeout(0);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly(server);
            throw e;
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the HTTP server did not start: " + e.getMessage(), e);
        }
        return new HttpServer(server, connector, graceful);
    }

    /**
     * HTTPS on the same configuration. SNI is neither required nor checked against the Host header: a client
     * connecting to {@code 127.0.0.1} sends no SNI (RFC 6066 names hosts, not addresses), and tccli's Host header is
     * a whole URL; the one certificate is presented to every client.
     */
    private static HttpConfiguration secure(HttpConfiguration http) {
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniRequired(false);
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);
        return http;
    }

    private static SslContextFactory.Server tlsContext(ServerIdentity tls) throws IOException {
        // The key store lives in memory only, under a password made for it: the server key is never written.
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getEncoder().encodeToString(random);
        KeyStore keys;
        try {
            keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("keypairs-emulator", tls.key(), password.toCharArray(),
                    tls.chain().toArray(Certificate[]::new));
        } catch (GeneralSecurityException e) {
            throw new IOException("the server certificate cannot be used: " + e.getMessage(), e);
        }
        SslContextFactory.Server context = new SslContextFactory.Server();
        context.setKeyStore(keys);
        context.setKeyStorePassword(password);
        context.setKeyManagerPassword(password);
        context.setSniRequired(false);
        return context;
    }

    /** How many requests the server received since the start, refused ones included. */
    public long requests() {
        return graceful.getHandler() instanceof EmulatorHandler handler ? handler.requests() : 0;
    }

    /** The port listened on (the one picked when 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops accepting, lets calls in flight finish (up to 5 seconds), then closes every connection. */
    @Override
    public void close() {
        try {
            graceful.shutdown().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A call still running after the timeout is cut off: its transaction rolls back.
        }
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: whatever failed to stop dies with the threads, which are daemons.
        }
    }
}
