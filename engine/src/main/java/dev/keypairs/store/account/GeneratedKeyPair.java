package dev.keypairs.store.account;

import dev.keypairs.keys.KeyFormatException;
import dev.keypairs.keys.PrivateKeyPem;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.keys.PublicKeyReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.util.OpenSSHPublicKeyUtil;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * A key pair made for CreateKeyPair: RSA-2048, as the providers make it. The public half is read back through
 * {@link PublicKeyReader}, so it is checked and fingerprinted like any imported key; the private half exists
 * only as the PEM handed to the caller.
 *
 * @param publicKey the public key, to store
 * @param privateKey the private key as unencrypted PEM, to return once
 */
record GeneratedKeyPair(PublicKey publicKey, PrivateKeyPem privateKey) {

    private static final int BITS = 2048;
    private static final BigInteger F4 = BigInteger.valueOf(65_537);
    /** Miller–Rabin certainty for 2048-bit keys, as Bouncy Castle's own JCA generator uses. */
    private static final int CERTAINTY = 112;

    /** The PEM form each provider returns the private key in (semantics.md). */
    enum PemFormat {
        /** Alibaba Cloud: {@code -----BEGIN PRIVATE KEY-----}, as its CreateKeyPair reference says. */
        PKCS8("PRIVATE KEY"),
        /** Tencent Cloud: {@code -----BEGIN RSA PRIVATE KEY-----}, as its CreateKeyPair reference's example shows. */
        PKCS1("RSA PRIVATE KEY");

        private final String pemType;

        PemFormat(String pemType) {
            this.pemType = pemType;
        }
    }

    /** A new pair from the given randomness, its private key in the given form. */
    static GeneratedKeyPair generate(SecureRandom random, PemFormat format) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(F4, random, BITS, CERTAINTY));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        try {
            byte[] blob = OpenSSHPublicKeyUtil.encodePublicKey(pair.getPublic());
            PublicKey publicKey = PublicKeyReader.read("ssh-rsa " + Base64.getEncoder().encodeToString(blob));
            PrivateKeyInfo info = PrivateKeyInfoFactory.createPrivateKeyInfo(pair.getPrivate());
            byte[] der = format == PemFormat.PKCS8 ? info.getEncoded() : info.parsePrivateKey().toASN1Primitive()
                    .getEncoded();
            StringWriter pem = new StringWriter();
            try (PemWriter writer = new PemWriter(pem)) {
                writer.writeObject(new PemObject(format.pemType, der));
            } finally {
                Arrays.fill(der, (byte) 0);
            }
            return new GeneratedKeyPair(publicKey, new PrivateKeyPem(pem.toString()));
        } catch (KeyFormatException e) {
            throw new IllegalStateException("a freshly generated RSA key does not read back: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a generated private key failed", e);
        }
    }
}
