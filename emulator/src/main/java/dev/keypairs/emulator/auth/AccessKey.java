package dev.keypairs.emulator.auth;

import dev.keypairs.provider.Provider;
import java.util.Objects;

/**
 * An access key the emulator accepts: Alibaba's AccessKeyId and AccessKeySecret, Tencent's SecretId and
 * SecretKey. The secret never prints.
 *
 * @param provider whose key it is
 * @param id the AccessKeyId / SecretId
 * @param secret the AccessKeySecret / SecretKey
 */
public record AccessKey(Provider provider, String id, String secret) {

    public AccessKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return provider.id() + " " + id + " (secret not shown)";
    }
}
