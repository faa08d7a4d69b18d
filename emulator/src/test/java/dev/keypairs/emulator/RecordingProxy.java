package dev.keypairs.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between an SDK and the emulator that keeps the last request's bytes, so that a test can send a
 * genuine SDK request a second time, byte for byte (a replay).
 */
public final class RecordingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int emulatorPort;
    private final AtomicReference<byte[]> last = new AtomicReference<>();
    private final Thread acceptor;

    /** Relays to the emulator on this loopback port. */
    public RecordingProxy(int emulatorPort) throws IOException {
        this.emulatorPort = emulatorPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::accept, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code 127.0.0.1:PORT} of the relay, as the SDKs' endpoint settings take it. */
    public String hostAndPort() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket client = server.accept(); Socket upstream = new Socket(InetAddress.getLoopbackAddress(), emulatorPort)) {
                InputStream in = client.getInputStream();
                OutputStream out = client.getOutputStream();
                while (true) {
                    byte[] request = readMessage(in);
                    if (request == null) {
                        break;
                    }
                    last.set(request);
                    upstream.getOutputStream().write(request);
                    upstream.getOutputStream().flush();
                    byte[] response = readMessage(upstream.getInputStream());
                    if (response == null) {
                        break;
                    }
                    out.write(response);
                    out.flush();
                }
            } catch (IOException e) {
                // The SDK or the test closed the connection: wait for the next one.
            }
        }
    }

    /** Sends the last request again on a connection of its own, and answers the raw response. */
    public String replayLast() throws IOException {
        byte[] request = last.get();
        if (request == null) {
            throw new IllegalStateException("no request was relayed");
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulatorPort)) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return new String(readMessage(socket.getInputStream()), StandardCharsets.UTF_8);
        }
    }

    /** One HTTP/1.1 message: the head, then a body by Content-Length or chunked; null at end of stream. */
    static byte[] readMessage(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        String head = readHead(in, message);
        if (head == null) {
            return null;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.contains("\r\ntransfer-encoding: chunked")) {
            while (true) {
                String sizeLine = readLine(in, message);
                int size = Integer.parseInt(sizeLine.strip().split(";")[0], 16);
                if (size == 0) {
                    readLine(in, message);
                    break;
                }
                message.write(in.readNBytes(size + 2));
            }
        } else {
            int at = lower.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                int end = lower.indexOf("\r\n", at + 2);
                int length = Integer.parseInt(head.substring(at + "\r\ncontent-length:".length(), end).strip());
                message.write(in.readNBytes(length));
            }
        }
        return message.toByteArray();
    }

    private static String readHead(InputStream in, ByteArrayOutputStream into) throws IOException {
        StringBuilder head = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return head.length() == 0 ? null : head.toString();
            }
            into.write(b);
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                return head.toString();
            }
        }
    }

    private static String readLine(InputStream in, ByteArrayOutputStream into) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            into.write(b);
            if (b == '\n') {
                break;
            }
            line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
