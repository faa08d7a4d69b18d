package dev.keypairs.emulator.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA's two files: made once, read after, replaced only when nobody can trust them. */
class CaFilesTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void theKeyIsKeptBesideTheCertificateAsMkcertNamesIt() {
        assertEquals(Path.of("/x/emulator-ca-key.pem"), CaFiles.keyFile(Path.of("/x/emulator-ca.pem")));
        assertEquals(Path.of("/x/rootCA-key.pem"), CaFiles.keyFile(Path.of("/x/rootCA.pem")));
        assertEquals(Path.of("/x/ca.crt-key.pem"), CaFiles.keyFile(Path.of("/x/ca.crt")));
    }

    @Test
    void aCaIsMadeOnceAndReadAfter(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("ca.pem");
        CertificateAuthority made = CaFiles.loadOrMake(file, NOW);
        CertificateAuthority read = CaFiles.loadOrMake(file, NOW.plus(Duration.ofDays(100)));
        assertEquals(made.certificate(), read.certificate());
        assertEquals(made.key(), read.key());
        X509Certificate ca = made.certificate();
        assertEquals(NOW.minus(Duration.ofDays(1)), ca.getNotBefore().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(3_650)), ca.getNotAfter().toInstant(), "mkcert's ten years");
        assertEquals(0, ca.getBasicConstraints(), "a CA that signs servers, not other CAs");
        assertTrue(ca.getKeyUsage()[5], "keyCertSign");
        assertEquals("EC", ca.getPublicKey().getAlgorithm());
        assertTrue(Files.readString(CaFiles.keyFile(file)).startsWith("-----BEGIN PRIVATE KEY-----"), "PKCS #8");
        try (var left = Files.list(directory)) {
            assertEquals(List.of("ca-key.pem", "ca.pem", "ca.pem.lock"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void aKeyWithoutItsCertificateIsReplacedForNobodyTrustsIt(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("ca.pem");
        CertificateAuthority first = CaFiles.loadOrMake(file, NOW);
        Files.delete(file);
        CertificateAuthority second = CaFiles.loadOrMake(file, NOW);
        assertNotEquals(first.certificate(), second.certificate());
        assertEquals(second.certificate(), CaFiles.loadOrMake(file, NOW).certificate());
    }

    @Test
    void theServerCertificateNeverOutlivesItsCa(@TempDir Path directory) throws Exception {
        CertificateAuthority ca = CaFiles.loadOrMake(directory.resolve("ca.pem"), NOW);
        Instant late = NOW.plus(Duration.ofDays(3_600));
        X509Certificate server = ca.issue(ServerNames.ALWAYS, late).chain().get(0);
        assertEquals(ca.certificate().getNotAfter(), server.getNotAfter(), "cut at the CA's end");
        X509Certificate early = ca.issue(ServerNames.ALWAYS, NOW).chain().get(0);
        assertEquals(NOW.plus(Duration.ofDays(825)), early.getNotAfter().toInstant());
        assertFalse(ca.validAt(NOW.plus(Duration.ofDays(3_651))));
    }

    @Test
    void anotherToolsRsaCaIsUsedAsItIs(@TempDir Path directory) throws Exception {
        // mkcert's files: rootCA.pem and rootCA-key.pem (PKCS #8), an RSA key, mode 0400.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("O=mkcert development CA,CN=mkcert me@host");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.TEN, Date.from(NOW.minus(Duration.ofDays(1))), Date.from(NOW.plus(Duration.ofDays(3650))),
                name, pair.getPublic()).addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        Path file = directory.resolve("rootCA.pem");
        Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()));
        Path key = Files.writeString(CaFiles.keyFile(file), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
        byte[] before = Files.readAllBytes(file);

        CertificateAuthority ca = CaFiles.loadOrMake(file, NOW);
        X509Certificate server = ca.issue(ServerNames.ALWAYS, NOW).chain().get(0);
        server.verify(certificate.getPublicKey());
        assertEquals("SHA256withRSA", server.getSigAlgName());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(file).length));
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
