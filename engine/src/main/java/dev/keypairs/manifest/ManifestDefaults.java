package dev.keypairs.manifest;

import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code defaults} of one manifest, applied underneath each of its key pairs; each value with the position
 * of its key, which a key pair that takes it reports for that field. A value not given is null.
 */
record ManifestDefaults(Map<String, String> tags, Source tagsSource, String resourceGroupId,
        Source resourceGroupIdSource, Long projectId, Source projectIdSource, Boolean protect) {

    /** A manifest without defaults. */
    static final ManifestDefaults NONE = new ManifestDefaults(Map.of(), null, null, null, null, null, null);

    /**
     * The defaults a {@code defaults:} entry gives; empty when it is not a mapping. Problems are added to
     * {@code problems}, and a field with one is left unset.
     */
    static Optional<ManifestDefaults> read(YamlNode.Entry entry, List<Diagnostic> problems) {
        Optional<YamlNode.Mapping> body = entry.value().asMapping("defaults", null, problems);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        body.get().rejectUnknownKeys(ManifestFields.DEFAULTS, "in defaults", null, problems);
        Optional<YamlNode.Entry> tags = body.get().entry("tags");
        Optional<YamlNode.Entry> group = body.get().entry("resourceGroupId");
        Optional<YamlNode.Entry> project = body.get().entry("projectId");
        return Optional.of(new ManifestDefaults(
                tags.flatMap(tag -> tag.stringMap(null, problems)).orElse(Map.of()),
                tags.map(YamlNode.Entry::keySource).orElse(null),
                group.flatMap(value -> value.string(null, problems)).orElse(null),
                group.map(YamlNode.Entry::keySource).orElse(null),
                project.flatMap(value -> value.integer(null, problems)).orElse(null),
                project.map(YamlNode.Entry::keySource).orElse(null),
                body.get().entry("protect").flatMap(value -> value.bool(null, problems)).orElse(null)));
    }
}
