package dev.keypairs.store;

import dev.keypairs.keys.PrivateKeyPem;
import java.time.Instant;

/**
 * What CreateKeyPair returns, once.
 *
 * @param requestId a fresh UUID
 * @param keyPairName the name
 * @param keyPairFingerPrint the MD5 fingerprint of the generated public key
 * @param keyId Tencent's {@code KeyId}, Alibaba's {@code KeyPairId} ({@code ssh-…}); null when a store answers
 *     none
 * @param privateKeyBody the generated private key: Alibaba's unencrypted PKCS#8 PEM, Tencent's PKCS#1 PEM;
 *     prints as a placeholder
 * @param publicKey the public key kept, in the OpenSSH one-line form, when the store answers it (Tencent's
 *     CreateKeyPair does; Alibaba's does not, and a cloud store then answers null)
 * @param createdAt when the key pair was created, when the store answers it; null otherwise
 */
public record CreateKeyPairResponse(String requestId, String keyPairName, String keyPairFingerPrint, String keyId,
        PrivateKeyPem privateKeyBody, String publicKey, Instant createdAt) {
}
