package dev.keypairs.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP written by hand on a socket of its own, for what no HTTP client sends: a declared body larger than the one
 * sent, bytes that are not HTTP. A client that really writes a refused body races the emulator's close after its
 * answer (the answer may be lost to the reset), so a test of the refusal declares the length and sends little.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** What came back on one connection to the loopback {@code port}: the raw response, or "" when closed with nothing. */
    public static String exchange(int port, byte[] request, Duration wait) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(Math.toIntExact(wait.toMillis()));
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException closedWhileSending) {
                // The server may close before the whole flood is sent: read what it said.
            }
            return readAll(socket.getInputStream());
        }
    }

    /** Everything until the server closes; a reset after the answer ends the read as a close does. */
    public static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                response.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // The answer, if any, is already in response.
        }
        return response.toString(StandardCharsets.UTF_8);
    }
}
