package dev.keypairs.provider;

/** CreateKeyPair: the store generates an RSA-2048 pair, keeps the public half and returns the private key once. */
public sealed interface CreateKeyPairRequest extends KeyPairRequest
        permits AlibabaCreateKeyPairRequest, TencentCreateKeyPairRequest {
}
