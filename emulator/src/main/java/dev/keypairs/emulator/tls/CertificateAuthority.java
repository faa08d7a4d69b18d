package dev.keypairs.emulator.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * The emulator's local CA: its certificate and private key, and the server certificates it signs. The choices
 * follow mkcert's (a CA kept for years, trusted once; a leaf under 825 days), with ECDSA P-256 keys where mkcert
 * defaults to RSA: every client the emulator serves speaks ECDSA, and a P-256 key is made in a millisecond, so a
 * fresh server key at every start costs nothing (emulator.md, "HTTPS").
 */
public final class CertificateAuthority {

    /** How long a CA made here is valid: mkcert's ten years. */
    public static final Duration CA_VALIDITY = Duration.ofDays(3_650);
    /**
     * How long a server certificate is valid at most: 825 days, the longest Apple's platforms accept even from a
     * CA the user added (mkcert's "2 years 3 months"). It is made anew at every start, so it never needs renewing.
     */
    public static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    /** Certificates start a day before they are made: a client whose clock lags (a VM, a container) still accepts them. */
    static final Duration BACKDATING = Duration.ofDays(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private CertificateAuthority(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** A new CA, valid from a day before {@code now} for {@link #CA_VALIDITY}. */
    public static CertificateAuthority make(Instant now) {
        KeyPair pair = ecKeyPair();
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "keypairs emulator");
        String user = System.getProperty("user.name");
        if (user != null && !user.isBlank()) {
            // Tells apart the CAs of several users in one trust store, as mkcert's user@host does.
            name.addRDN(BCStyle.OU, user);
        }
        X500Name subject = name.addRDN(BCStyle.CN, "keypairs emulator local CA").build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(BACKDATING)), Date.from(now.plus(CA_VALIDITY)), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new CertificateAuthority(signed(builder, pair.getPrivate()), pair.getPrivate());
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("the JDK cannot make an ECDSA P-256 certificate", e);
        }
    }

    /**
     * A CA read from its files.
     *
     * @throws CaFileException when the certificate is not a CA's, or the key is not the certificate's
     */
    static CertificateAuthority of(X509Certificate certificate, PrivateKey key, String what) throws CaFileException {
        boolean[] usage = certificate.getKeyUsage();
        if (certificate.getBasicConstraints() < 0 || (usage != null && (usage.length < 6 || !usage[5]))) {
            throw new CaFileException(what + " is not a CA certificate (it may not sign certificates)", null);
        }
        if (!signs(key, certificate.getPublicKey())) {
            throw new CaFileException(what + ": the key is not the certificate's", null);
        }
        return new CertificateAuthority(certificate, key);
    }

    /** The CA certificate, the one clients trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey key() {
        return key;
    }

    /** Whether the CA certificate is valid at this instant (not before its start, not after its end). */
    public boolean validAt(Instant now) {
        return !now.isBefore(certificate.getNotBefore().toInstant()) && !now.isAfter(certificate.getNotAfter().toInstant());
    }

    /**
     * A server certificate for these names, signed by this CA, with a key of its own made for it: valid from a day
     * before {@code now} for {@link #SERVER_VALIDITY}, never past the CA's own end.
     *
     * @param names host names ({@code *.} wildcards allowed) and IP addresses, as subject alternative names
     */
    public ServerIdentity issue(List<String> names, Instant now) {
        Objects.requireNonNull(names, "names");
        KeyPair pair = ecKeyPair();
        GeneralName[] alternatives = names.stream()
                .map(name -> new GeneralName(IPAddress.isValid(name) ? GeneralName.iPAddress : GeneralName.dNSName, name))
                .toArray(GeneralName[]::new);
        Instant notAfter = now.plus(SERVER_VALIDITY);
        Instant caEnd = certificate.getNotAfter().toInstant();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "keypairs emulator")
                .addRDN(BCStyle.CN, names.isEmpty() ? "keypairs emulator" : names.get(0)).build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                    Date.from(now.minus(BACKDATING)), Date.from(notAfter.isAfter(caEnd) ? caEnd : notAfter), subject,
                    pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternatives))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(pair.getPublic()));
            // The chain is the server certificate alone: the CA's is what clients hold already (RFC 8446 4.4.2 lets
            // a server leave out the trust anchor, as servers commonly do).
            return new ServerIdentity(pair.getPrivate(), List.of(signed(builder, key)));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("the JDK cannot sign with the CA's " + key.getAlgorithm() + " key", e);
        }
    }

    private static X509Certificate signed(X509v3CertificateBuilder builder, PrivateKey signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder(signatureAlgorithm(signer)).build(signer)));
    }

    /** SHA-256 with the CA key's algorithm: a CA of another tool's (mkcert's RSA one) signs as well as ours. */
    private static String signatureAlgorithm(PrivateKey key) {
        return "SHA256with" + (key.getAlgorithm().equals("EC") ? "ECDSA" : key.getAlgorithm());
    }

    /** Whether the key signs what the public key verifies: the two halves of one pair. */
    private static boolean signs(PrivateKey key, PublicKey publicKey) {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            byte[] probe = new byte[32];
            RANDOM.nextBytes(probe);
            Signature signer = Signature.getInstance(signatureAlgorithm(key));
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm(key));
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an ECDSA P-256 key", e);
        }
    }

    /** A random positive 127-bit serial, as RFC 5280 allows (at most 20 octets) and browsers expect (unpredictable). */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }
}
