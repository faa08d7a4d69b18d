package dev.keypairs.workflow;

import dev.keypairs.provider.Provider;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * @param destroy whether {@code keypairs:plan} previews a destroy (the deletion of every declared key pair)
 * @param givenEmpty the settings the user gave but left empty ({@code -Dkeypairs.store=}): each is an error,
 *     never the default; a blank {@code storeUri} or a manifest list of blanks counts as given empty too
 * @param cloudCredentials the real clouds' credentials the front end found (settings.xml servers), for
 *     {@code cloud:}; {@link CloudCredentials#NONE} to leave them to the environment and the SDKs' chains
 */
public record Configuration(Path baseDirectory, List<String> manifests, String storeUri, Path outputDirectory,
        List<String> targets, Boolean prune, boolean failOnChanges, Map<Provider, Path> regionCatalogues,
        Path savedPlan, boolean destroy, Set<Setting> givenEmpty, CloudCredentials cloudCredentials) {

    /** The embedded store in the user's home: {@code sqlite:${user.home}/.keypairs/store.db}. */
    public static final String DEFAULT_STORE = KeyPairStores.DEFAULT_URI;

    public Configuration {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Set<Setting> empty = givenEmpty == null || givenEmpty.isEmpty() ? EnumSet.noneOf(Setting.class)
                : EnumSet.copyOf(givenEmpty);
        if (storeUri != null && storeUri.isBlank()) {
            empty.add(Setting.STORE);
        }
        if (manifests != null && !manifests.isEmpty() && manifests.stream().allMatch(String::isBlank)) {
            empty.add(Setting.MANIFESTS);
        }
        givenEmpty = Collections.unmodifiableSet(empty);
        manifests = manifests == null ? List.of() : manifests.stream().map(String::strip).filter(m -> !m.isEmpty()).toList();
        targets = targets == null ? List.of() : targets.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        storeUri = storeUri == null || storeUri.isBlank() ? DEFAULT_STORE : storeUri.strip();
        outputDirectory = baseDirectory.resolve(outputDirectory == null ? Path.of("target", "keypairs") : outputDirectory);
        regionCatalogues = regionCatalogues == null ? Map.of() : Map.copyOf(regionCatalogues);
        savedPlan = savedPlan == null ? null : baseDirectory.resolve(savedPlan);
        cloudCredentials = cloudCredentials == null ? CloudCredentials.NONE : cloudCredentials;
    }

    /** A configuration without cloud credentials of its own. */
    public Configuration(Path baseDirectory, List<String> manifests, String storeUri, Path outputDirectory,
            List<String> targets, Boolean prune, boolean failOnChanges, Map<Provider, Path> regionCatalogues,
            Path savedPlan, boolean destroy, Set<Setting> givenEmpty) {
        this(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges, regionCatalogues,
                savedPlan, destroy, givenEmpty, CloudCredentials.NONE);
    }

    /** A configuration of the plan and apply settings, nothing given empty and no destroy preview. */
    public Configuration(Path baseDirectory, List<String> manifests, String storeUri, Path outputDirectory,
            List<String> targets, Boolean prune, boolean failOnChanges, Map<Provider, Path> regionCatalogues,
            Path savedPlan) {
        this(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges, regionCatalogues,
                savedPlan, false, Set.of());
    }

    /** A configuration with everything else at its default. */
    public static Configuration of(Path baseDirectory) {
        return new Configuration(baseDirectory, List.of(), null, null, List.of(), null, false, Map.of(), null);
    }

    /** The configuration with its store URI redacted: the URI may carry a password (store.md). */
    @Override
    public String toString() {
        String store;
        try {
            store = StoreUri.parse(storeUri).redacted();
        } catch (StoreUnavailableException unreadable) {
            store = "(a store URI that cannot be read)";
        }
        return "Configuration[baseDirectory=" + baseDirectory + ", manifests=" + manifests + ", store=" + store
                + ", outputDirectory=" + outputDirectory + ", targets=" + targets + ", prune=" + prune + ", failOnChanges="
                + failOnChanges + ", savedPlan=" + savedPlan + ", destroy=" + destroy + "]";
    }
}
