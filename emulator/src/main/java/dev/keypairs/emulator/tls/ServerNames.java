package dev.keypairs.emulator.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.util.IPAddress;

/**
 * The names the server certificate is made for: those clients connect to the emulator by on its own machine, the
 * host names emulator.md uses for the providers' endpoints, and the address it listens on when that is one
 * address (not a wildcard such as {@code 0.0.0.0}, which names no host a client can check).
 */
public final class ServerNames {

    /**
     * Loopback by name and by address (IPv4 and IPv6), and {@code keypairs.test} with every name under it: the
     * Tencent Terraform provider builds its hosts as {@code SERVICE.DOMAIN} ({@code cvm.keypairs.test},
     * {@code tag.keypairs.test}, emulator.md). {@code .test} is reserved for testing (RFC 2606), so no real host
     * is ever covered.
     */
    public static final List<String> ALWAYS = List.of("localhost", "keypairs.test", "*.keypairs.test", "127.0.0.1",
            "::1");

    private ServerNames() {
    }

    /**
     * {@link #ALWAYS}, and the listening host when it names one host or address.
     *
     * @param listenHost {@code keypairs.serve.host}, an address or a name; an IPv6 address may be bracketed
     */
    public static List<String> forHost(String listenHost) {
        List<String> names = new ArrayList<>(ALWAYS);
        String host = listenHost.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return List.copyOf(names);
        }
        if (IPAddress.isValid(host)) {
            InetAddress address = literal(host);
            // A wildcard names no host a client can check; loopback's addresses are there already, in any spelling.
            if (address.isAnyLocalAddress() || address.equals(literal("127.0.0.1")) || address.equals(literal("::1"))) {
                return List.copyOf(names);
            }
        } else if (names.contains(host)) {
            return List.copyOf(names);
        }
        names.add(host);
        return List.copyOf(names);
    }

    /** An address literal, parsed (never looked up: a literal needs no name service). */
    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + address, e);
        }
    }
}
