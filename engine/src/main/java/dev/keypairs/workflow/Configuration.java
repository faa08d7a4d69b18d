package dev.keypairs.workflow;

import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.provider.Provider;
import dev.keypairs.render.ConfigurationIdentity;
import dev.keypairs.render.FailureWords;
import dev.keypairs.store.CloudCredentials;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreUnavailableException;
import dev.keypairs.store.StoreUri;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a goal needs, as the user gave it: the Maven plugin maps its {@code keypairs.*} parameters to
 * exactly one of these. Start from {@link #of(Path)}, every setting at its default, and give the others with the
 * withers ({@link #withStore}, {@link #withManifests}, ...), as {@code EmulatorSettings} does.
 *
 * <p>What each setting means, as given: the project base ({@link #baseDirectory()}: the pom's directory, or the current
 * one when there is no pom); the manifest files and directories relative to it (none for {@code keypairs.yaml}); the
 * store (none for {@link KeyPairStores#DEFAULT_URI}); where plan.json, plan.md and apply.json go (relative to the base,
 * none for {@code target/keypairs}); address globs to target (none for everything); prune for every (true) or no
 * (false) declared region (none to let each region decide); whether a plan that would change anything fails (drift
 * detection); region catalogue files replacing the built-in ones; a plan.json to apply exactly; whether
 * {@code keypairs:plan} previews a destroy; the settings given but left empty ({@code -Dkeypairs.store=}: each is an
 * error, never the default); and the clouds' credentials the front end found (settings.xml servers); and the
 * configuration's name among the project's several ({@link #execution()}: Maven's execution id), recorded in plan.json
 * so that another's saved plan is refused. A value, not a record: its accessors resolve what was given (the default
 * store, paths against the base), so the fields keep what the user said and the accessors what it means.
 */
public final class Configuration {

    private final Path baseDirectory;
    private final List<String> manifests;
    private final String storeUri;
    private final Path outputDirectory;
    private final List<String> targets;
    private final Boolean prune;
    private final boolean failOnChanges;
    private final Map<Provider, Path> regionCatalogues;
    private final Path savedPlan;
    private final boolean destroy;
    private final Set<Setting> givenEmpty;
    private final CloudCredentials cloudCredentials;
    private final boolean failOnWarnings;
    private final String policyAsOf;
    private final String execution;

    private static final Path DEFAULT_OUTPUT = Path.of("target", "keypairs");

    private Configuration(Path baseDirectory, List<String> manifests, String storeUri, Path outputDirectory,
            List<String> targets, Boolean prune, boolean failOnChanges, Map<Provider, Path> regionCatalogues,
            Path savedPlan, boolean destroy, Set<Setting> givenEmpty, CloudCredentials cloudCredentials,
            boolean failOnWarnings, String policyAsOf, String execution) {
        this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
        this.manifests = manifests == null ? List.of() : List.copyOf(manifests);
        this.storeUri = storeUri;
        this.outputDirectory = outputDirectory;
        this.targets = targets == null ? List.of() : strippedNonEmpty(targets);
        this.prune = prune;
        this.failOnChanges = failOnChanges;
        this.regionCatalogues = regionCatalogues == null ? Map.of() : Map.copyOf(regionCatalogues);
        this.savedPlan = savedPlan;
        this.destroy = destroy;
        this.givenEmpty = givenEmpty == null ? Set.of() : Set.copyOf(givenEmpty);
        this.cloudCredentials = cloudCredentials == null ? CloudCredentials.NONE : cloudCredentials;
        this.failOnWarnings = failOnWarnings;
        this.policyAsOf = policyAsOf;
        this.execution = execution;
    }

    /** The project base: the pom's directory, or the current one when there is no pom. */
    public Path baseDirectory() {
        return baseDirectory;
    }

    /** The address globs targeted, blanks dropped; empty for everything. */
    public List<String> targets() {
        return targets;
    }

    /** True or false to prune every or no declared region; null to let each region decide. */
    public Boolean prune() {
        return prune;
    }

    /** Whether a plan that would change anything fails (drift detection). */
    public boolean failOnChanges() {
        return failOnChanges;
    }

    /** Whether the key policy's warnings of declared key pairs fail the goal (policy.md). */
    public boolean failOnWarnings() {
        return failOnWarnings;
    }

    /**
     * The day the key policy checks certificates and ages as of, as given ({@code YYYY-MM-DD}); null for now. The
     * goals refuse one that is no date ({@code InvalidSetting}).
     */
    public String policyAsOf() {
        return policyAsOf;
    }

    /** Region catalogue files replacing the built-in ones, by provider, resolved against the base directory. */
    public Map<Provider, Path> regionCatalogues() {
        Map<Provider, Path> files = new EnumMap<>(Provider.class);
        for (Map.Entry<Provider, Path> catalogue : regionCatalogues.entrySet()) {
            files.put(catalogue.getKey(), baseDirectory.resolve(catalogue.getValue()));
        }
        return Collections.unmodifiableMap(files);
    }

    /** Whether {@code keypairs:plan} previews a destroy (the deletion of every declared key pair). */
    public boolean destroy() {
        return destroy;
    }

    /** The real clouds' credentials the front end found; {@link CloudCredentials#NONE} to leave them to the chains. */
    public CloudCredentials cloudCredentials() {
        return cloudCredentials;
    }

    /** The configuration's name among the project's several (Maven's execution id); null for none. */
    public String execution() {
        return execution;
    }

    /**
     * What tells this configuration from the project's others, as a saved plan records it: the execution, the
     * manifests ({@code keypairs.yaml} when none are named) normalised, and the store redacted.
     */
    public ConfigurationIdentity identity() {
        List<String> named = manifests().isEmpty() ? List.of(ManifestReader.DEFAULT_MANIFEST) : manifests();
        return new ConfigurationIdentity(execution, normalised(named), redactedStore());
    }

    /** Manifest paths as compared: {@code ./a.yaml} and {@code a.yaml}, {@code keys/} and {@code keys} are one. */
    static List<String> normalised(List<String> manifests) {
        List<String> normalised = new ArrayList<>(manifests.size());
        for (String given : manifests) {
            String manifest = given.strip();
            try {
                String path = Path.of(manifest).normalize().toString().replace('\\', '/');
                normalised.add(path.isEmpty() ? manifest : path);
            } catch (InvalidPathException e) {
                normalised.add(manifest);
            }
        }
        return Collections.unmodifiableList(normalised);
    }

    /** The store's URI redacted; null when it cannot be parsed. */
    private String redactedStore() {
        try {
            return StoreUri.parse(storeUri()).redacted();
        } catch (StoreUnavailableException unreadable) {
            return null;
        }
    }

    /** The manifests named, blanks dropped; empty for {@code keypairs.yaml}. */
    public List<String> manifests() {
        return strippedNonEmpty(manifests);
    }

    /**
     * The texts stripped, the empty ones dropped. A loop, not a stream: it runs on every goal, on a cold JVM, where
     * each lambda is linked on first use (performance.md).
     */
    private static List<String> strippedNonEmpty(List<String> texts) {
        List<String> kept = new ArrayList<>(texts.size());
        for (String text : texts) {
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                kept.add(stripped);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /** The store's URI: {@link KeyPairStores#DEFAULT_URI} when none (or a blank one) was given. */
    public String storeUri() {
        return storeUri == null || storeUri.isBlank() ? KeyPairStores.DEFAULT_URI : storeUri.strip();
    }

    /** The settings given but left empty: those said so, a blank store URI, a manifest list of blanks. */
    public Set<Setting> givenEmpty() {
        Set<Setting> empty = givenEmpty.isEmpty() ? EnumSet.noneOf(Setting.class) : EnumSet.copyOf(givenEmpty);
        if (storeUri != null && storeUri.isBlank()) {
            empty.add(Setting.STORE);
        }
        if (!manifests.isEmpty() && strippedNonEmpty(manifests).isEmpty()) {
            empty.add(Setting.MANIFESTS);
        }
        return Collections.unmodifiableSet(empty);
    }

    /** A configuration of this project with everything else at its default. */
    public static Configuration of(Path baseDirectory) {
        return new Configuration(baseDirectory, List.of(), null, null, List.of(), null, false, Map.of(), null, false,
                Set.of(), CloudCredentials.NONE, false, null, null);
    }

    /** Where plan.json, plan.md and apply.json go, resolved against the base. */
    public Path outputDirectory() {
        return baseDirectory.resolve(outputDirectory == null ? DEFAULT_OUTPUT : outputDirectory);
    }

    /** The plan.json to apply exactly, resolved against the base; null to plan afresh. */
    public Path savedPlan() {
        return savedPlan == null ? null : baseDirectory.resolve(savedPlan);
    }

    /** This configuration with these manifests (files and directories, relative to the base); empty for the default. */
    public Configuration withManifests(List<String> newManifests) {
        return new Configuration(baseDirectory, newManifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration with this store; null for {@link KeyPairStores#DEFAULT_URI}, blank for given empty. */
    public Configuration withStore(String newStoreUri) {
        return new Configuration(baseDirectory, manifests, newStoreUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration writing its files here (relative to the base); null for {@code target/keypairs}. */
    public Configuration withOutputDirectory(Path newOutputDirectory) {
        return new Configuration(baseDirectory, manifests, storeUri, newOutputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration targeting only these address globs; empty for everything. */
    public Configuration withTargets(List<String> newTargets) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, newTargets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration pruning every (true) or no (false) declared region; null to let each region decide. */
    public Configuration withPrune(Boolean newPrune) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, newPrune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration failing a plan that would change anything, or not. */
    public Configuration withFailOnChanges(boolean newFailOnChanges) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, newFailOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration with these region catalogue files (relative to the base), replacing the built-in ones. */
    public Configuration withRegionCatalogues(Map<Provider, Path> newRegionCatalogues) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                newRegionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration applying this saved plan.json exactly (relative to the base); null to plan afresh. */
    public Configuration withSavedPlan(Path newSavedPlan) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, newSavedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration previewing a destroy in {@code keypairs:plan}, or not. */
    public Configuration withDestroy(boolean newDestroy) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, newDestroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration with these settings given but left empty (each refused), besides those it finds itself. */
    public Configuration withGivenEmpty(Set<Setting> newGivenEmpty) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, newGivenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration with the clouds' credentials the front end found; null for none. */
    public Configuration withCloudCredentials(CloudCredentials newCloudCredentials) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, newCloudCredentials, failOnWarnings, policyAsOf,
                execution);
    }

    /** This configuration failing a goal on the key policy's warnings of declared key pairs, or not. */
    public Configuration withFailOnWarnings(boolean newFailOnWarnings) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, newFailOnWarnings, policyAsOf,
                execution);
    }

    /**
     * This configuration named among the project's several (Maven's execution id: {@code prod} of
     * {@code keypairs:plan@prod}); null for none. Recorded in plan.json; a saved plan of another is refused.
     */
    public Configuration withExecution(String newExecution) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, policyAsOf,
                newExecution);
    }

    /** This configuration checking the key policy as of this day ({@code YYYY-MM-DD}); null for now. */
    public Configuration withPolicyAsOf(String newPolicyAsOf) {
        return new Configuration(baseDirectory, manifests, storeUri, outputDirectory, targets, prune, failOnChanges,
                regionCatalogues, savedPlan, destroy, givenEmpty, cloudCredentials, failOnWarnings, newPolicyAsOf,
                execution);
    }

    /** The configuration with its store URI redacted: the URI may carry a password (store.md). */
    @Override
    public String toString() {
        String store = redactedStore();
        return "Configuration[baseDirectory=" + baseDirectory + ", execution=" + execution + ", manifests="
                + manifests() + ", store=" + (store == null ? FailureWords.UNREADABLE_STORE_URI : store)
                + ", outputDirectory=" + outputDirectory() + ", targets=" + targets + ", prune=" + prune
                + ", failOnChanges=" + failOnChanges + ", failOnWarnings=" + failOnWarnings + ", policyAsOf=" + policyAsOf
                + ", savedPlan=" + savedPlan() + ", destroy=" + destroy + "]";
    }
}
