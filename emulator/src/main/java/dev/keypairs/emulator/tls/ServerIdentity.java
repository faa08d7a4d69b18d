package dev.keypairs.emulator.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What the server presents in a TLS handshake: its private key (kept in memory only, never written) and its
 * certificate chain, the server certificate first (and intermediate CAs after it, if any: the trusted CA's own
 * certificate is left out, as clients hold it already).
 *
 * @param key the server certificate's private key
 * @param chain the server certificate, then any intermediates
 */
public record ServerIdentity(PrivateKey key, List<X509Certificate> chain) {

    public ServerIdentity {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain holds at least the server's certificate");
        }
    }
}
