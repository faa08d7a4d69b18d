package dev.keypairs.store;

import java.util.Objects;

/**
 * A cloud access key: Alibaba's AccessKeyId and AccessKeySecret, Tencent's SecretId and SecretKey, with the
 * security token of temporary (STS) credentials. Never printed: {@link #toString()} shows the id alone.
 *
 * @param id the AccessKeyId or SecretId
 * @param secret the AccessKeySecret or SecretKey
 * @param securityToken the STS token; null for a long-term key
 */
public record AccessKey(String id, String secret, String securityToken) {

    public AccessKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "AccessKey[id=" + id + ", secret=****" + (securityToken == null ? "" : ", securityToken=****") + "]";
    }
}
