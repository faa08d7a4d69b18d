package dev.keypairs.provider;

import java.util.Objects;

/**
 * A tag on an Alibaba Cloud key pair ({@code Tag.N.Key}, {@code Tag.N.Value}).
 *
 * @param key the tag key
 * @param value the tag value, possibly empty
 */
public record Tag(String key, String value) {

    public Tag {
        Objects.requireNonNull(key, "key");
        value = value == null ? "" : value;
    }
}
