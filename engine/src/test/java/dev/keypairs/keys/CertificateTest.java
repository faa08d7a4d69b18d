package dev.keypairs.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenSSH certificates keep their certified key; v00 certificates are built here from the documented layout. */
class CertificateTest {

    @ParameterizedTest
    @CsvSource({
        "rsa-2048-cert.pub, rsa-2048.pub, ssh-rsa-cert-v01@openssh.com",
        "rsa-3072-cert.pub, rsa-3072.pub, ssh-rsa-cert-v01@openssh.com",
        "dsa-1024-cert.pub, dsa-1024.pub, ssh-dss-cert-v01@openssh.com",
        "ecdsa-256-cert.pub, ecdsa-256.pub, ecdsa-sha2-nistp256-cert-v01@openssh.com",
        "ecdsa-384-cert.pub, ecdsa-384.pub, ecdsa-sha2-nistp384-cert-v01@openssh.com",
        "ecdsa-521-cert.pub, ecdsa-521.pub, ecdsa-sha2-nistp521-cert-v01@openssh.com",
        "ed25519-cert.pub, ed25519.pub, ssh-ed25519-cert-v01@openssh.com",
    })
    void v01CertificateKeepsItsCertifiedKey(String certificateFile, String keyFile, String type) {
        PublicKey certificate = Fixtures.key(certificateFile);
        PublicKey plain = Fixtures.key(keyFile);

        assertEquals(type, certificate.type().wireName());
        assertEquals(CertificateFormat.V01, certificate.type().certificateFormat());
        assertTrue(certificate.isCertificate());
        assertEquals(plain.blob(), certificate.certifiedKey(), "the certified key is the plain key");
        assertNotEquals(plain.blob(), certificate.blob(), "a certificate is not its key");
        assertFalse(certificate.sameKeyAs(plain));
        assertEquals(plain.fingerprints(), certificate.fingerprints());
    }

    @Test
    void reSignedCertificateIsAnotherKeyWithTheSameFingerprint() {
        PublicKey first = Fixtures.key("rsa-2048-cert.pub");
        PublicKey resigned = Fixtures.key("rsa-2048-resigned-cert.pub");

        assertFalse(first.sameKeyAs(resigned), "a re-signed certificate has another blob");
        assertEquals(first.fingerprints(), resigned.fingerprints());
    }

    @Test
    void rsaV00CertificateBuiltFromTheDocumentedLayout() throws Exception {
        PublicKey plain = Fixtures.key("rsa-2048.pub");
        byte[] certificate = v00Certificate("ssh-rsa-cert-v00@openssh.com", plain, 2, 1);

        PublicKey read = PublicKeyReader.read("ssh-rsa-cert-v00@openssh.com "
                + Base64.getEncoder().encodeToString(certificate) + " legacy");

        assertEquals(KeyType.SSH_RSA_CERT_V00, read.type());
        assertEquals("RSA-CERT", read.type().label());
        assertEquals(plain.blob(), read.certifiedKey());
        assertEquals(plain.fingerprints(), read.fingerprints());
        assertEquals(2048, read.bits());
        assertEquals("legacy", read.comment());
    }

    @Test
    void dsaV00CertificateBuiltFromTheDocumentedLayout() throws Exception {
        PublicKey plain = Fixtures.key("dsa-1024.pub");
        byte[] certificate = v00Certificate("ssh-dss-cert-v00@openssh.com", plain, 4, 2);

        PublicKey read = PublicKeyReader.read("ssh-dss-cert-v00@openssh.com "
                + Base64.getEncoder().encodeToString(certificate));

        assertEquals(KeyType.SSH_DSS_CERT_V00, read.type());
        assertEquals(plain.fingerprints(), read.fingerprints());
        assertEquals(1024, read.bits());
    }

    @Test
    void truncatedOrPaddedV00CertificateIsRefused() {
        byte[] certificate = v00Certificate("ssh-rsa-cert-v00@openssh.com", Fixtures.key("rsa-2048.pub"), 2, 1);
        byte[] truncated = Arrays.copyOf(certificate, certificate.length - 3);
        byte[] padded = Arrays.copyOf(certificate, certificate.length + 2);

        assertEquals(KeyProblem.TRUNCATED, problemOf("ssh-rsa-cert-v00@openssh.com", truncated));
        assertEquals(KeyProblem.TRAILING_BYTES, problemOf("ssh-rsa-cert-v00@openssh.com", padded));
    }

    @Test
    void unknownCertificateTypeIsRefused() {
        byte[] certificate = v00Certificate("ssh-rsa-cert-v00@openssh.com", Fixtures.key("rsa-2048.pub"), 2, 3);
        assertEquals(KeyProblem.INVALID_KEY, problemOf("ssh-rsa-cert-v00@openssh.com", certificate));
    }

    @Test
    void v01LayoutReadAsV00IsRefused() {
        PublicKey v01 = Fixtures.key("rsa-2048-cert.pub");
        byte[] blob = v01.blob().bytes();
        byte[] relabelled = relabel(blob, "ssh-rsa-cert-v00@openssh.com");
        assertThrows(KeyFormatException.class, () -> PublicKeyReader.readBlob(relabelled, Optional.empty(), ""));
    }

    private static KeyProblem problemOf(String type, byte[] blob) {
        String line = type + " " + Base64.getEncoder().encodeToString(blob);
        return assertThrows(KeyFormatException.class, () -> PublicKeyReader.read(line)).problem();
    }

    /**
     * A v00 certificate (PROTOCOL.certkeys of OpenSSH 5.4; key.c 1.89 cert_parse): type name, the key's own
     * fields, uint32 type, key id, valid principals, valid after, valid before, critical options, nonce,
     * reserved, signature key, signature. Current ssh-keygen no longer writes it.
     */
    static byte[] v00Certificate(String type, PublicKey plain, int keyFields, int certificateType) {
        return v00Certificate(type, plain, keyFields, certificateType, 0L, 0x7fff_ffffL);
    }

    /** A v00 certificate as above, valid after and before the given uint64 seconds. */
    static byte[] v00Certificate(String type, PublicKey plain, int keyFields, int certificateType, long validAfter,
            long validBefore) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SshWireReader.writeString(out, type.getBytes(StandardCharsets.US_ASCII));
        byte[] plainBlob = plain.blob().bytes();
        int offset = 4 + plainBlob[3];
        for (int i = 0; i < keyFields; i++) {
            int length = ((plainBlob[offset] & 0xFF) << 24) | ((plainBlob[offset + 1] & 0xFF) << 16)
                    | ((plainBlob[offset + 2] & 0xFF) << 8) | (plainBlob[offset + 3] & 0xFF);
            out.write(plainBlob, offset, 4 + length);
            offset += 4 + length;
        }
        writeUint32(out, certificateType);
        SshWireReader.writeString(out, "legacy-id".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream principals = new ByteArrayOutputStream();
        SshWireReader.writeString(principals, "alice".getBytes(StandardCharsets.UTF_8));
        SshWireReader.writeString(out, principals.toByteArray());
        writeUint64(out, validAfter);
        writeUint64(out, validBefore);
        SshWireReader.writeString(out, new byte[0]);
        SshWireReader.writeString(out, new byte[32]);
        SshWireReader.writeString(out, new byte[0]);
        SshWireReader.writeString(out, Fixtures.key("ca-rsa.pub").blob().bytes());
        ByteArrayOutputStream signature = new ByteArrayOutputStream();
        SshWireReader.writeString(signature, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        SshWireReader.writeString(signature, new byte[256]);
        SshWireReader.writeString(out, signature.toByteArray());
        return out.toByteArray();
    }

    private static void writeUint64(ByteArrayOutputStream out, long value) {
        writeUint32(out, (int) (value >>> 32));
        writeUint32(out, (int) value);
    }

    private static void writeUint32(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static byte[] relabel(byte[] blob, String type) {
        int nameLength = ((blob[0] & 0xFF) << 24) | ((blob[1] & 0xFF) << 16) | ((blob[2] & 0xFF) << 8) | (blob[3] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SshWireReader.writeString(out, type.getBytes(StandardCharsets.US_ASCII));
        out.write(blob, 4 + nameLength, blob.length - 4 - nameLength);
        byte[] result = out.toByteArray();
        assertArrayEquals(Arrays.copyOfRange(blob, 4 + nameLength, blob.length),
                Arrays.copyOfRange(result, 4 + type.length(), result.length));
        return result;
    }
}
