package dev.keypairs.provider;

/**
 * A region of a provider's public catalogue.
 *
 * @param id the region id used in the API and in manifests, e.g. {@code cn-hangzhou}
 * @param displayName the provider's English name for it, e.g. {@code China (Hangzhou)}
 */
public record Region(String id, String displayName) {
}
