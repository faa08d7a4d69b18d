package dev.keypairs.manifest;

import dev.keypairs.project.Address;
import dev.keypairs.project.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A key pair a manifest declares, with its file's {@code defaults} applied underneath.
 *
 * @param address {@code PROVIDER/REGION/NAME}
 * @param key where the key comes from
 * @param tags Alibaba tags, defaults first, the entry's own overriding key by key; empty for Tencent
 * @param resourceGroupId Alibaba resource group; null when not declared (then left as the store has it)
 * @param projectId Tencent project, 0 unless declared; null for Alibaba
 * @param protect whether a replace or destroy is refused
 * @param source the position of the entry in its manifest
 * @param fieldSources the position of each field the entry (or its defaults) gives, by field name
 * @param complete false when the entry has manifest errors of its own: its readable fields are still checked by
 *     the providers' rules, so one run reports every mistake, but it is never planned
 */
public record DeclaredKeyPair(Address address, KeySource key, Map<String, String> tags, String resourceGroupId,
        Long projectId, boolean protect, Source source, Map<String, Source> fieldSources, boolean complete) {

    public DeclaredKeyPair {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(key, "key");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        fieldSources = Map.copyOf(fieldSources);
    }

    /** The position of a field, or of the entry when the field is not written. */
    public Source sourceOf(String field) {
        return fieldSources.getOrDefault(field, source);
    }
}
