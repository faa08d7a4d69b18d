package dev.keypairs.store;

/**
 * What ImportKeyPair returns.
 *
 * @param requestId a fresh UUID
 * @param keyPairName the name (Alibaba); also filled for Tencent, for symmetry
 * @param keyPairFingerPrint the MD5 fingerprint, 16 bytes in colon hex (Alibaba); null for Tencent
 * @param keyId {@code skey-} and 8 lowercase alphanumerics (Tencent); null for Alibaba
 */
public record ImportKeyPairResponse(String requestId, String keyPairName, String keyPairFingerPrint, String keyId) {
}
