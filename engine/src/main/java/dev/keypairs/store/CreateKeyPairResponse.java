package dev.keypairs.store;

import dev.keypairs.keys.PrivateKeyPem;

/**
 * What CreateKeyPair returns, once.
 *
 * @param requestId a fresh UUID
 * @param keyPairName the name
 * @param keyPairFingerPrint the MD5 fingerprint of the generated public key
 * @param privateKeyBody the generated private key, unencrypted PKCS#8 PEM; prints as a placeholder
 */
public record CreateKeyPairResponse(String requestId, String keyPairName, String keyPairFingerPrint,
        PrivateKeyPem privateKeyBody) {
}
