package dev.keypairs.provider;

import java.util.Arrays;
import java.util.Optional;

/** The clouds whose key pair APIs keypairs reproduces. */
public enum Provider {
    /** Alibaba Cloud ECS: ImportKeyPair, CreateKeyPair. */
    ALIBABA("alibaba"),
    /** Tencent Cloud CVM: ImportKeyPair. */
    TENCENT("tencent");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    /** The provider's key in manifests and addresses, e.g. {@code alibaba}. */
    public String id() {
        return id;
    }

    /** The provider with this manifest key, if any. */
    public static Optional<Provider> fromId(String id) {
        return Arrays.stream(values()).filter(provider -> provider.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
