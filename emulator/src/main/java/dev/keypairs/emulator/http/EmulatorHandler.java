package dev.keypairs.emulator.http;

import dev.keypairs.emulator.journal.Journal;
import dev.keypairs.emulator.journal.JournalEntry;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.emulator.wire.CallFacts;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.ProviderApi;
import dev.keypairs.emulator.wire.WireException;
import dev.keypairs.emulator.wire.WireRequest;
import dev.keypairs.emulator.wire.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads each request into a {@link WireRequest} (the body up to the limit), lets the provider's API answer it,
 * and writes the answer with its length. A body declared over the limit is refused unread, one that grows over
 * it is refused once the limit has arrived, a body that stops coming is
 * refused when the idle timeout passes, and either way the connection is closed after the answer. Every answer of a
 * provider's API is journaled, with the facts the API learnt of the call.
 */
final class EmulatorHandler extends Handler.Abstract {

    private final ProviderRouting routing;
    private final int maxBodyBytes;
    private final BiConsumer<String, Throwable> internalErrors;
    private final Journal journal;
    private final StateAdapter state;
    private final AtomicLong requests = new AtomicLong();

    EmulatorHandler(ProviderRouting routing, StateAdapter state, int maxBodyBytes, Journal journal,
            BiConsumer<String, Throwable> internalErrors) {
        super(InvocationType.BLOCKING);
        this.routing = routing;
        this.state = state;
        this.maxBodyBytes = maxBodyBytes;
        this.journal = journal;
        this.internalErrors = internalErrors;
    }

    /** How many requests were received. */
    long requests() {
        return requests.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (StateRouting.owns(request.getHttpURI().getPath())) {
            // The emulator's own endpoints: not a provider's call, so neither counted nor journaled.
            state.answer(request, response, callback);
            return true;
        }
        requests.incrementAndGet();
        Instant at = journal.now();
        long started = System.nanoTime();
        WireResponse answer = providerAnswer(request, response);
        journal(answer, at, started);
        byte[] bytes = answer.body();
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    /** Journals a provider's answer, with what the API learnt of the call (only its provider, if it read nothing). */
    private void journal(WireResponse answer, Instant at, long started) {
        CallFacts call = answer.call();
        if (call != null) {
            journal.add(new JournalEntry(at, call.provider(), call.action(), call.region(), call.accessKeyId(),
                    call.account(), answer.code(), answer.status(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    /** The answer of the provider's API the request is routed to; never throws. */
    private WireResponse providerAnswer(Request request, Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        WireRequest head = new WireRequest(request.getMethod(), request.getHttpURI().getPath(),
                request.getHttpURI().getQuery(), headers, null);
        ProviderApi api = routing.apiFor(head);
        try {
            return answer(request, head, headers, api, response);
        } catch (RuntimeException | Error failure) {
            String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
            internalErrors.accept(requestId, failure);
            close(response);
            return api.refuse(head, new WireException(ProtocolCode.INTERNAL,
                    "The request processing has failed due to some unknown error (RequestId " + requestId + ")."));
        }
    }

    private WireResponse answer(Request request, WireRequest head, Map<String, List<String>> headers, ProviderApi api,
            Response response) {
        if (request.getLength() > maxBodyBytes) {
            close(response);
            return api.refuse(head, tooLarge());
        }
        byte[] body;
        try {
            body = readBody(request);
        } catch (IOException stalled) {
            // The body stopped coming (the idle timeout passed) or the client went away: say so, then close.
            close(response);
            return api.refuse(head, new WireException(ProtocolCode.INCOMPLETE_REQUEST, "The request body did not"
                    + " arrive whole: the connection was idle too long or closed while it was sent."));
        }
        if (body == null) {
            close(response);
            return api.refuse(head, tooLarge());
        }
        // Routed again with the body: a form body's parameters may claim a scheme (Tencent's signature version 1).
        WireRequest whole = new WireRequest(head.method(), head.path(), head.rawQuery(), headers, body);
        return routing.apiFor(whole).answer(whole);
    }

    /** The body, or null when it is longer than the limit (what was read of it is dropped). */
    private byte[] readBody(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private WireException tooLarge() {
        return new WireException(ProtocolCode.BODY_TOO_LARGE, "The request body is larger than " + maxBodyBytes
                + " bytes, the most the emulator reads; no key pair call needs that much.");
    }

    private static void close(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
}
