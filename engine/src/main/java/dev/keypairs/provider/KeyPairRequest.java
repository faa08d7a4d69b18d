package dev.keypairs.provider;

import java.util.List;

/**
 * The parameters of one ImportKeyPair or CreateKeyPair call, as the provider's API takes them. Each provider
 * and each call has its own record, so a parameter the call does not have cannot be given.
 */
public sealed interface KeyPairRequest
        permits ImportKeyPairRequest, CreateKeyPairRequest, AlibabaKeyPairRequest, TencentKeyPairRequest {

    /** The provider whose API takes the request. */
    Provider provider();

    /** The region id ({@code RegionId} / {@code Region}); null when missing. */
    String regionId();

    /** The key pair name ({@code KeyPairName} / {@code KeyName}); null when missing. */
    String name();

    /**
     * The tags to set with the key pair: Alibaba's {@code Tag.N}, Tencent's {@code TagSpecification} (resource
     * type {@code keypair}); empty for none.
     */
    List<Tag> tags();
}
