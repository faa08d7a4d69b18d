package dev.keypairs.workflow;

import dev.keypairs.manifest.Diagnostic;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.manifest.ProjectPaths;
import dev.keypairs.plan.DeclarationCheck;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.ProviderRules;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.RegionCatalogueException;
import dev.keypairs.render.PlanJson;
import dev.keypairs.render.PlanMarkdown;
import dev.keypairs.render.TextPlan;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreUri;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The goals, one call each: what the Maven plugin's Mojos call. */
public final class Keypairs {

    private Keypairs() {
    }

    /**
     * {@code keypairs:validate}: reads the manifests and checks every declaration against the providers' rules,
     * without touching any store.
     *
     * @throws InvalidManifestsException listing every problem
     */
    public static ValidationReport validate(Configuration configuration, Reporter reporter) throws KeypairsException {
        Map<Provider, ProviderRules> rules = rules(configuration);
        ManifestSet manifests = ManifestReader.read(project(configuration), manifestList(configuration));
        List<Diagnostic> errors = new DeclarationCheck(rules).check(manifests);
        if (!errors.isEmpty()) {
            throw new InvalidManifestsException(errors);
        }
        ValidationReport report = new ValidationReport(manifests.inputs().size(), manifests.regions().size(),
                manifests.keyPairs().size());
        reporter.info("Manifests are valid: " + report.keyPairs() + " key pairs in " + report.regions() + " regions, "
                + report.files() + " files read.");
        return report;
    }

    /**
     * {@code keypairs:plan}: reads the manifests and the declared regions of the store, logs the text plan and
     * writes plan.json and plan.md, also when the plan has errors. Changes nothing.
     *
     * @throws PlanErrorsException when the plan has errors (the files are written first)
     * @throws ChangesPendingException when {@code failOnChanges} is set and anything would change
     * @throws StoreAccessException when the store cannot be opened or read
     */
    public static PlanReport plan(Configuration configuration, Reporter reporter) throws KeypairsException {
        Map<Provider, ProviderRules> rules = rules(configuration);
        ProjectPaths project = project(configuration);
        PlanOptions options = new PlanOptions(manifestList(configuration), configuration.targets(),
                configuration.prune());
        // Opening the store (loading its driver) and reading the manifests do not depend on each other.
        CompletableFuture<KeyPairStore> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return open(configuration);
            } catch (StoreAccessException e) {
                throw new CompletionException(e);
            }
        });
        ManifestSet manifests = ManifestReader.read(project, options.manifests());
        Plan plan;
        try (KeyPairStore store = await(opening)) {
            plan = new Planner(store, project, rules).plan(manifests, options);
        } catch (StoreException e) {
            throw new StoreAccessException("Reading the store " + redacted(configuration) + " failed: " + e.getMessage(), e);
        }
        TextPlan.render(plan).forEach(reporter::info);
        plan.warnings().forEach(reporter::warn);
        PlanReport report = write(configuration, plan);
        reporter.info("Plan written to " + report.planJson() + " and " + report.planMarkdown().getFileName());
        if (!plan.isValid()) {
            throw new PlanErrorsException(plan.errors(), report.planJson());
        }
        if (configuration.failOnChanges() && plan.summary().hasChanges()) {
            throw new ChangesPendingException(plan.summary(), report.planJson());
        }
        return report;
    }

    /** The manifests named, or the default one. */
    private static List<String> manifestList(Configuration configuration) {
        return configuration.manifests().isEmpty() ? List.of(ManifestReader.DEFAULT_MANIFEST) : configuration.manifests();
    }

    private static ProjectPaths project(Configuration configuration) throws InvalidConfigurationException {
        try {
            return new ProjectPaths(configuration.baseDirectory());
        } catch (IOException e) {
            throw new InvalidConfigurationException("The project directory " + configuration.baseDirectory()
                    + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static Map<Provider, ProviderRules> rules(Configuration configuration) throws InvalidConfigurationException {
        Map<Provider, ProviderRules> rules = new EnumMap<>(Provider.class);
        for (Provider provider : Provider.values()) {
            Path file = configuration.regionCatalogues().get(provider);
            try {
                rules.put(provider, ProviderRules.of(provider, file == null ? RegionCatalogue.builtIn(provider)
                        : RegionCatalogue.read(provider, configuration.baseDirectory().resolve(file))));
            } catch (RegionCatalogueException e) {
                throw new InvalidConfigurationException(e.getMessage() + "; fix the file or drop keypairs.regions."
                        + provider.id() + " to use the built-in catalogue", e);
            }
        }
        return rules;
    }

    private static KeyPairStore await(CompletableFuture<KeyPairStore> opening) throws StoreAccessException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreAccessException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static KeyPairStore open(Configuration configuration) throws StoreAccessException {
        try {
            return KeyPairStores.open(configuration.storeUri());
        } catch (StoreException e) {
            throw new StoreAccessException("The store " + redacted(configuration) + " cannot be opened: "
                    + e.getMessage() + ". Check -Dkeypairs.store (e.g. sqlite:/path/to/store.db).", e);
        }
    }

    private static String redacted(Configuration configuration) {
        try {
            return StoreUri.parse(configuration.storeUri()).redacted();
        } catch (StoreException e) {
            return "(unparseable URI)";
        }
    }

    /** Writes plan.json and plan.md, each replaced whole (written aside, then moved) so no reader sees half. */
    private static PlanReport write(Configuration configuration, Plan plan) throws InvalidConfigurationException {
        Path directory = configuration.outputDirectory();
        try {
            Files.createDirectories(directory);
            Path json = replace(directory.resolve("plan.json"), PlanJson.write(plan));
            Path markdown = replace(directory.resolve("plan.md"), PlanMarkdown.render(plan));
            return new PlanReport(plan, json, markdown);
        } catch (IOException e) {
            throw new InvalidConfigurationException("The plan cannot be written to " + directory + ": " + e
                    + ". Set -Dkeypairs.out to a writable directory.", e);
        }
    }

    private static Path replace(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
