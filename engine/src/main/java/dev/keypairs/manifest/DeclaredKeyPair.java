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
 * @param tags the key pair's tags (Alibaba's, Tencent's), defaults first, the entry's own overriding key by key
 * @param resourceGroupId Alibaba resource group; null when not declared (then left as the store has it)
 * @param projectId Tencent project, 0 unless declared; null for Alibaba
 * @param protect whether a replace or destroy is refused
 * @param source the position of the entry in its manifest
 * @param fieldSources the position of each field the entry (or its defaults) gives, by field name
 * @param complete false when the entry has manifest errors of its own: its readable fields are still checked by
 *     the providers' rules, so one run reports every mistake, but it is never planned
 * @param renamedFrom the name the key pair had in the same region ({@code renamedFrom}), never its own name; null
 *     when not given
 */
public record DeclaredKeyPair(Address address, KeySource key, Map<String, String> tags, String resourceGroupId,
        Long projectId, boolean protect, Source source, Map<String, Source> fieldSources, boolean complete,
        String renamedFrom) {

    public DeclaredKeyPair {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(key, "key");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        fieldSources = Map.copyOf(fieldSources);
    }

    /** A key pair declared without {@code renamedFrom}. */
    public DeclaredKeyPair(Address address, KeySource key, Map<String, String> tags, String resourceGroupId,
            Long projectId, boolean protect, Source source, Map<String, Source> fieldSources, boolean complete) {
        this(address, key, tags, resourceGroupId, projectId, protect, source, fieldSources, complete, null);
    }

    /** The address it had ({@code renamedFrom} in its region); null when it was not renamed. */
    public Address renamedFromAddress() {
        return renamedFrom == null ? null : address.regionAddress().keyPair(renamedFrom);
    }

    /** This declaration marked as having problems of its own: checked, never planned. */
    DeclaredKeyPair incomplete() {
        return new DeclaredKeyPair(address, key, tags, resourceGroupId, projectId, protect, source, fieldSources,
                false, renamedFrom);
    }

    /** The position of a field, or of the entry when the field is not written. */
    public Source sourceOf(String field) {
        return fieldSources.getOrDefault(field, source);
    }
}
