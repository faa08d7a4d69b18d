package dev.keypairs.store;

import dev.keypairs.keys.PrivateKeyPem;

/**
 * What CreateKeyPair returns, once.
 *
 * @param requestId a fresh UUID
 * @param keyPairName the name
 * @param keyPairFingerPrint the MD5 fingerprint of the generated public key
 * @param keyId Tencent's {@code KeyId}; null for Alibaba
 * @param privateKeyBody the generated private key: Alibaba's unencrypted PKCS#8 PEM, Tencent's PKCS#1 PEM;
 *     prints as a placeholder
 */
public record CreateKeyPairResponse(String requestId, String keyPairName, String keyPairFingerPrint, String keyId,
        PrivateKeyPem privateKeyBody) {
}
