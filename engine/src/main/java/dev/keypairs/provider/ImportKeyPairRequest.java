package dev.keypairs.provider;

import dev.keypairs.keys.KeyReading;

/** ImportKeyPair: the caller gives the public key. */
public sealed interface ImportKeyPairRequest extends KeyPairRequest
        permits AlibabaImportKeyPairRequest, TencentImportKeyPairRequest {

    /** The public key text ({@code PublicKeyBody} / {@code PublicKey}); null when missing. */
    String publicKeyText();

    /**
     * The key read from {@link #publicKeyText()} by whoever made the request (a plan reads each declared key once);
     * null when the provider's rules are to read it.
     */
    KeyReading reading();

    /** The key text as read: the reading the request carries, or a fresh one. Only for a text that is given. */
    default KeyReading readKey() {
        KeyReading reading = reading();
        return reading != null ? reading : KeyReading.of(publicKeyText());
    }
}
