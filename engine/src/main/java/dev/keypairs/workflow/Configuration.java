package dev.keypairs.workflow;

import dev.keypairs.provider.Provider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a goal needs, as the user gave it: the Maven plugin maps its {@code keypairs.*} parameters to
 * exactly one of these.
 *
 * @param baseDirectory the project base: the pom's directory, or the current one when there is no pom
 * @param manifests manifest files and directories relative to the base; empty for {@code keypairs.yaml}
 * @param storeUri the store; null for {@link #DEFAULT_STORE}
 * @param outputDirectory where plan.json, plan.md and apply.json go; relative to the base, null for {@code target/keypairs}
 * @param targets address globs; empty for everything
 * @param prune true or false to prune every or no declared region; null to let each region decide
 * @param failOnChanges whether a plan that would change anything fails (drift detection)
 * @param regionCatalogues region catalogue files replacing the built-in ones, by provider
 * @param savedPlan a plan.json to apply exactly (relative to the base); null to plan afresh
 */
public record Configuration(Path baseDirectory, List<String> manifests, String storeUri, Path outputDirectory,
        List<String> targets, Boolean prune, boolean failOnChanges, Map<Provider, Path> regionCatalogues,
        Path savedPlan) {

    /** The embedded store in the user's home: {@code sqlite:${user.home}/.keypairs/store.db}. */
    public static final String DEFAULT_STORE = "sqlite:" + Path.of(System.getProperty("user.home"), ".keypairs",
            "store.db");

    public Configuration {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        manifests = manifests == null ? List.of() : manifests.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        targets = targets == null ? List.of() : targets.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        storeUri = storeUri == null || storeUri.isBlank() ? DEFAULT_STORE : storeUri.strip();
        outputDirectory = baseDirectory.resolve(outputDirectory == null ? Path.of("target", "keypairs") : outputDirectory);
        regionCatalogues = regionCatalogues == null ? Map.of() : Map.copyOf(regionCatalogues);
        savedPlan = savedPlan == null ? null : baseDirectory.resolve(savedPlan);
    }

    /** A configuration with everything else at its default. */
    public static Configuration of(Path baseDirectory) {
        return new Configuration(baseDirectory, List.of(), null, null, List.of(), null, false, Map.of(), null);
    }
}
