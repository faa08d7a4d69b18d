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
 * @param readOnly whether the key may only read (Describe* calls), as a key whose RAM or CAM policy grants no
 *     more: its other calls are refused {@code Forbidden.RAM} / {@code UnauthorizedOperation}
 */
public record AccessKey(Provider provider, String id, String secret, boolean readOnly) {

    /** A key that may make every call. */
    public AccessKey(Provider provider, String id, String secret) {
        this(provider, id, secret, false);
    }

    public AccessKey {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return provider.id() + " " + id + (readOnly ? " read-only" : "") + " (secret not shown)";
    }
}
