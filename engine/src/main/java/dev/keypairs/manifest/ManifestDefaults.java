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
        // Plain ifs, not lambdas: each lambda is linked on first use, and a goal runs once on a cold JVM
        // (performance.md).
        Map<String, String> tags = Map.of();
        Source tagsSource = null;
        Optional<YamlNode.Entry> tagsEntry = body.get().entry("tags");
        if (tagsEntry.isPresent()) {
            tags = tagsEntry.get().stringMap(null, problems).orElse(Map.of());
            tagsSource = tagsEntry.get().keySource();
        }
        String resourceGroupId = null;
        Source resourceGroupIdSource = null;
        Optional<YamlNode.Entry> groupEntry = body.get().entry("resourceGroupId");
        if (groupEntry.isPresent()) {
            resourceGroupId = groupEntry.get().string(null, problems).orElse(null);
            resourceGroupIdSource = groupEntry.get().keySource();
        }
        Long projectId = null;
        Source projectIdSource = null;
        Optional<YamlNode.Entry> projectEntry = body.get().entry("projectId");
        if (projectEntry.isPresent()) {
            projectId = projectEntry.get().integer(null, problems).orElse(null);
            projectIdSource = projectEntry.get().keySource();
        }
        Boolean protect = null;
        Optional<YamlNode.Entry> protectEntry = body.get().entry("protect");
        if (protectEntry.isPresent()) {
            protect = protectEntry.get().bool(null, problems).orElse(null);
        }
        return Optional.of(new ManifestDefaults(tags, tagsSource, resourceGroupId, resourceGroupIdSource, projectId,
                projectIdSource, protect));
    }
}
