package dev.keypairs.emulator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust in one CA certificate file, as a user's Java client is given it: a trust store holding that certificate
 * alone, passed to the client (never the JVM-wide {@code javax.net.ssl.trustStore}).
 *
 * @param trustManager trusts what the CA signed and nothing else
 * @param context an SSL context with that trust manager
 */
public record CaTrust(X509TrustManager trustManager, SSLContext context) {

    /** Trust in the PEM certificate in this file. */
    public static CaTrust of(Path caFile) throws Exception {
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(caFile)) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("keypairs-emulator-ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        X509TrustManager manager = (X509TrustManager) factory.getTrustManagers()[0];
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {manager}, null);
        return new CaTrust(manager, context);
    }
}
