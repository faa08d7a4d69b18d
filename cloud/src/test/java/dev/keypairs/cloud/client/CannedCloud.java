package dev.keypairs.cloud.client;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An endpoint on this machine answering each request with the next canned JSON answer, and keeping every request as it
 * came: what an SDK puts on the wire, and what it makes of an answer, without a cloud or the emulator.
 */
public final class CannedCloud implements AutoCloseable {

    /**
     * A request as it came.
     *
     * @param path the path and query
     * @param headers the headers, by lowercase name
     * @param body the body, as text
     */
    public record Request(String path, Map<String, String> headers, String body) {

        /** A header's value; null when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();

    /** Starts on a free port of the loopback address. */
    public CannedCloud() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Answer answer;
            synchronized (this) {
                requests.add(new Request(exchange.getRequestURI().toString(), headers, body));
                answer = answers.isEmpty() ? new Answer(200, "{}") : answers.poll();
            }
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    private record Answer(int status, String json) {
    }

    /** Queues the answers of the next requests, in order, each with HTTP 200; a request beyond them gets {@code {}}. */
    public synchronized CannedCloud answering(String... json) {
        for (String answer : json) {
            answers.add(new Answer(200, answer));
        }
        return this;
    }

    /** Queues the answer of the next request with this HTTP status (Alibaba's refusals come with a 4xx or 5xx). */
    public synchronized CannedCloud answering(int status, String json) {
        answers.add(new Answer(status, json));
        return this;
    }

    /** The requests so far, in order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Client settings sending every call here, over plain HTTP. */
    public ClientSettings settings() {
        return new ClientSettings(Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    /** {@code 127.0.0.1:PORT}. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
