package dev.keypairs.emulator.http;

import dev.keypairs.emulator.state.StateCode;
import dev.keypairs.emulator.state.StateException;
import dev.keypairs.emulator.state.StateRequest;
import dev.keypairs.emulator.state.StateResponse;
import dev.keypairs.emulator.state.StateRouting;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Hands a request under {@code /_keypairs/} to the state routing and writes its answer: the caller's address
 * decides loopback (the socket's peer, never a header a client could forge), and the body is read only if the
 * endpoint asks, within the limit provider calls have.
 */
final class StateAdapter {

    private final StateRouting routing;
    private final int maxBodyBytes;

    StateAdapter(StateRouting routing, int maxBodyBytes) {
        this.routing = routing;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Answers the request; the state endpoints are outside faults and the count of provider requests. */
    void answer(Request request, Response response, Callback callback) {
        write(routing.answer(stateRequest(request, response)), response, callback);
    }

    /** Answers a request the server refused because it is stopping: health says so, the others are refused. */
    void answerWhileStopping(Request request, Response response, Callback callback) {
        write(routing.answerWhileStopping(stateRequest(request, response)), response, callback);
    }

    private StateRequest stateRequest(Request request, Response response) {
        return new StateRequest(request.getMethod(), request.getHttpURI().getPath(), request.getHttpURI().getQuery(),
                fromLoopback(request), request.getHeaders().get(HttpHeader.AUTHORIZATION),
                () -> body(request, response));
    }

    private static void write(StateResponse answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, StateResponse.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    /** Whether the peer's address is a loopback one (127.0.0.0/8, ::1, or an IPv4-mapped 127.x). */
    static boolean fromLoopback(Request request) {
        SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
        return peer instanceof InetSocketAddress inet && inet.getAddress() != null
                && inet.getAddress().isLoopbackAddress();
    }

    private byte[] body(Request request, Response response) throws StateException {
        if (request.getLength() > maxBodyBytes) {
            close(response);
            throw tooLarge();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                close(response);
                throw tooLarge();
            }
            return body;
        } catch (IOException stalled) {
            close(response);
            throw new StateException(StateCode.INCOMPLETE_REQUEST, "The request body did not arrive whole: the"
                    + " connection was idle too long or closed while it was sent.");
        }
    }

    private StateException tooLarge() {
        return new StateException(StateCode.REQUEST_TOO_LARGE, "The request body is larger than " + maxBodyBytes
                + " bytes, the most the emulator reads.");
    }

    private static void close(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
}
