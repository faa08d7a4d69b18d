package dev.keypairs.cloud.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one provider's SDK client is set up (clouds.md): the endpoint every call goes to, when one is given
 * ({@code cloud:http://HOST:PORT} or {@code ?alibabaEndpoint=}), else the provider's public endpoint of each region
 * as its SDK resolves it; and the connect and read timeouts. The SDKs never retry: keypairs does.
 *
 * @param endpoint an {@code http} or {@code https} URI of a host and port alone; empty for the public endpoints
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout how long an answer may take once the request is sent
 */
public record ClientSettings(Optional<URI> endpoint, Duration connectTimeout, Duration readTimeout) {

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** The endpoint's {@code HOST:PORT} (the port as given, if given), as the SDKs take it. */
    public Optional<String> hostAndPort() {
        return endpoint.map(uri -> uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
    }

    /** Whether the endpoint is plain HTTP (the emulator, a proxy on this machine). */
    public boolean plainHttp() {
        return endpoint.map(uri -> uri.getScheme().equals("http")).orElse(false);
    }
}
