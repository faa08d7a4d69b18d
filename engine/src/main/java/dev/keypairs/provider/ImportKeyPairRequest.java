package dev.keypairs.provider;

/** ImportKeyPair: the caller gives the public key. */
public sealed interface ImportKeyPairRequest extends KeyPairRequest
        permits AlibabaImportKeyPairRequest, TencentImportKeyPairRequest {

    /** The public key text ({@code PublicKeyBody} / {@code PublicKey}); null when missing. */
    String publicKeyText();
}
