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
 * @param account the store URI of the account the key's calls are served from, as the credentials file wrote it
 *     ({@code account=STORE-URI}); null for the emulator's own store, {@code keypairs.store}. Never printed: it may
 *     hold a password
 */
public record AccessKey(Provider provider, String id, String secret, boolean readOnly, String account) {

    /** A key that may make every call, on the emulator's own store. */
    public AccessKey(Provider provider, String id, String secret) {
        this(provider, id, secret, false, null);
    }

    /** A key on the emulator's own store. */
    public AccessKey(Provider provider, String id, String secret, boolean readOnly) {
        this(provider, id, secret, readOnly, null);
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
