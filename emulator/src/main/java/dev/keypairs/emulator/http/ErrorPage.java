package dev.keypairs.emulator.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keypairs.emulator.state.StateRouting;
import dev.keypairs.emulator.wire.Documents;
import dev.keypairs.emulator.wire.ProtocolCode;
import dev.keypairs.emulator.wire.WireResponse;
import dev.keypairs.provider.Provider;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What the server answers for HTTP it could not hand to a provider (a malformed request line, headers over the
 * limit, a request that came while the emulator stops): a coded error in Alibaba's envelope (a state request
 * refused as the emulator stops: the state endpoints' own answer), the status Jetty
 * chose, the reason phrase and nothing more, so that no exception text or stack trace ever reaches a client.
 */
final class ErrorPage implements Request.Handler {

    private final StateAdapter state;

    ErrorPage(StateAdapter state) {
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() < 400 ? 400 : response.getStatus();
        if (status == 503 && StateRouting.owns(request.getHttpURI().getPath())) {
            // Stopping: health still answers ("stopping"), in the state endpoints' JSON, not a provider's envelope.
            state.answerWhileStopping(request, response, callback);
            return true;
        }
        // 503 is the graceful stop refusing new requests while calls in flight finish.
        ProtocolCode code = status == 500 ? ProtocolCode.INTERNAL
                : status == 503 ? ProtocolCode.UNAVAILABLE : ProtocolCode.MALFORMED_HTTP;
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        ObjectNode body = Documents.object();
        body.put("RequestId", requestId);
        body.put("HostId", "");
        body.put("Code", code.code(Provider.ALIBABA));
        body.put("Message", "HTTP " + status + " " + HttpStatus.getMessage(status) + (status == 503
                ? ": the emulator is stopping." : ": the request cannot be read."));
        body.put("Recommend", "");
        byte[] bytes = Documents.json(body);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, WireResponse.JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }
}
