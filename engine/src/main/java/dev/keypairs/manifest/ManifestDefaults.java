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
        YamlNode.Mapping defaults = body.get();
        Map<String, String> tags = defaults.stringMap("tags", null, problems);
        return Optional.of(new ManifestDefaults(tags == null ? Map.of() : tags, defaults.keySource("tags"),
                defaults.string("resourceGroupId", null, problems), defaults.keySource("resourceGroupId"),
                defaults.integer("projectId", null, problems), defaults.keySource("projectId"),
                defaults.bool("protect", null, problems)));
    }
}
