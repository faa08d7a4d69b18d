package dev.keypairs.workflow;

import dev.keypairs.apply.Applier;
import dev.keypairs.apply.ApplyListener;
import dev.keypairs.apply.ApplyWarning;
import dev.keypairs.apply.ApplyResult;
import dev.keypairs.manifest.Address;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.plan.DeclarationCheck;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanMode;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.project.ToolCode;
import dev.keypairs.provider.Provider;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.RegionCatalogueException;
import dev.keypairs.render.ApplyJson;
import dev.keypairs.render.ApplyWords;
import dev.keypairs.render.PlanWords;
import dev.keypairs.render.PlanJson;
import dev.keypairs.render.PlanMarkdown;
import dev.keypairs.render.Plural;
import dev.keypairs.render.ShowText;
import dev.keypairs.render.TextPlan;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.KeyPairStores;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreListing;
import dev.keypairs.store.StoreUri;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

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
        refuseEmptySettings(configuration);
        Rules rules = rules(configuration);
        ManifestSet manifests = ManifestReader.read(project(configuration), manifestList(configuration));
        List<Diagnostic> errors = new DeclarationCheck(rules).check(manifests);
        if (!errors.isEmpty()) {
            throw new InvalidManifestsException(errors);
        }
        ValidationReport report = new ValidationReport(manifests.inputs().size(), manifests.regions().size(),
                manifests.keyPairs().size());
        reporter.info("Manifests are valid: " + Plural.of(report.keyPairs(), "key pair") + " in "
                + Plural.of(report.regions(), "region") + ", " + Plural.of(report.files(), "file") + " read.");
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
        refuseEmptySettings(configuration);
        Rules rules = rules(configuration);
        ProjectPaths project = project(configuration);
        PlanOptions options = planOptions(configuration);
        CompletableFuture<KeyPairStore> opening = openInBackground(configuration, rules);
        ManifestSet manifests = readManifests(project, options.manifests(), opening);
        Plan plan;
        try (KeyPairStore store = await(opening)) {
            Planner planner = new Planner(store, project, rules);
            plan = planner.plan(manifests, options, configuration.destroy() ? PlanMode.DESTROY : PlanMode.APPLY);
        } catch (StoreException e) {
            throw readFailed(configuration, e);
        }
        print(plan, reporter);
        PlanReport report = write(configuration, plan);
        reporter.info("Plan written to " + report.planJson() + " and " + report.planMarkdown().getFileName());
        if (!plan.isValid()) {
            throw new PlanErrorsException(plan.errors().stream().map(PlanWords::diagnostic).toList(), report.planJson());
        }
        if (configuration.failOnChanges() && plan.summary().hasChanges()) {
            throw new ChangesPendingException(plan.summary(), report.planJson());
        }
        return report;
    }

    /**
     * {@code keypairs:apply}: plans (or re-makes the saved plan named by {@link Configuration#savedPlan()} and
     * refuses it as stale when its basis moved), logs the plan, and applies it: regions in parallel with a
     * progress line each, then the summary. Writes apply.json to the output directory.
     *
     * @throws PlanErrorsException when the plan has errors: nothing is applied
     * @throws StalePlanException when the saved plan no longer matches: nothing is applied
     * @throws ApplyFailedException when some actions failed; the others were applied
     */
    public static ApplyReport apply(Configuration configuration, Reporter reporter) throws KeypairsException {
        return apply(configuration, reporter, null);
    }

    /**
     * {@code keypairs:destroy}: plans the deletion of every declared key pair the store holds (protected ones
     * refuse, nothing undeclared is touched), shows it, and applies it once the approval approves.
     *
     * @throws NotApprovedException when the approval declines: nothing is deleted
     */
    public static ApplyReport destroy(Configuration configuration, Reporter reporter, Approval approval)
            throws KeypairsException {
        if (configuration.savedPlan() != null) {
            throw new InvalidConfigurationException("destroy makes its own plan; drop keypairs.plan, or apply the"
                    + " saved plan with the apply goal", null, Setting.PLAN);
        }
        return apply(configuration, reporter, Objects.requireNonNull(approval, "approval"));
    }

    /** Applies a fresh or saved plan, or, with an approval, a destroy once approved. */
    private static ApplyReport apply(Configuration configuration, Reporter reporter, Approval destroyApproval)
            throws KeypairsException {
        boolean destroy = destroyApproval != null;
        refuseEmptySettings(configuration);
        Rules rules = rules(configuration);
        ProjectPaths project = project(configuration);
        SavedPlan saved = configuration.savedPlan() == null ? null : SavedPlan.read(configuration.savedPlan());
        PlanOptions options = saved != null ? saved.options()
                : planOptions(configuration);
        CompletableFuture<KeyPairStore> opening = openInBackground(configuration, rules);
        ManifestSet manifests = readManifests(project, options.manifests(), opening);
        try (KeyPairStore store = await(opening)) {
            // One pacing for the plan's reads and the apply's writes: the providers count rates per account.
            StoreCalls calls = StoreCalls.forStore(store, rules);
            Planner planner = new Planner(store, calls, project, rules);
            Plan plan = planner.plan(manifests, options, destroy ? PlanMode.DESTROY : PlanMode.APPLY);
            print(plan, reporter);
            Path planJson;
            if (saved != null) {
                List<String> moved = saved.whatMoved(plan, store.displayUri());
                if (!moved.isEmpty()) {
                    throw new StalePlanException(saved.file(), moved);
                }
                planJson = saved.file();
                reporter.info("The saved plan " + saved.file() + " still matches: applying it.");
            } else {
                planJson = write(configuration, plan).planJson();
            }
            if (!plan.isValid()) {
                throw new PlanErrorsException(plan.errors().stream().map(PlanWords::diagnostic).toList(), planJson);
            }
            if (destroy && plan.summary().hasChanges() && !destroyApproval.approves(plan.summary())) {
                throw new NotApprovedException(plan.summary().deletes());
            }
            Applier applier = new Applier(store, rules, calls, new ApplyListener() {
                @Override
                public void progress(String region, int done, int total) {
                    reporter.info(region + ": " + done + "/" + total);
                }

                @Override
                public void warn(ApplyWarning warning) {
                    reporter.warn(ApplyWords.warning(warning));
                }
            });
            ApplyResult result = applier.apply(plan);
            Path applyJson = writeFile(configuration.outputDirectory(), "apply.json", ApplyJson.write(plan, result));
            if (!plan.summary().hasChanges()) {
                reporter.info("Nothing to apply.");
                return new ApplyReport(plan, result, applyJson);
            }
            result.failures().forEach(failure -> reporter.warn(ApplyWords.line(failure)));
            reporter.info(ApplyJson.summaryLine(result));
            if (!result.succeeded()) {
                throw new ApplyFailedException(result.failures(), applyJson);
            }
            return new ApplyReport(plan, result, applyJson);
        } catch (StoreException e) {
            throw readFailed(configuration, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreAccessException("The apply was interrupted; run the apply goal again to finish it.", e);
        }
    }

    /**
     * {@code keypairs:show}: what the store holds, per provider and region of the catalogues: name, type,
     * fingerprints, KeyId, tags, and whether a manifest declares it (when there are manifests to read).
     */
    public static StoreListing show(Configuration configuration, Reporter reporter) throws KeypairsException {
        refuseEmptySettings(configuration);
        Rules rules = rules(configuration);
        ProjectPaths project = project(configuration);
        boolean haveManifests = !configuration.manifests().isEmpty()
                || Files.exists(configuration.baseDirectory().resolve(ManifestReader.DEFAULT_MANIFEST));
        Set<Address> declared = haveManifests
                ? ManifestReader.read(project, manifestList(configuration)).declaredAddresses() : Set.of();
        try (KeyPairStore store = open(configuration, rules)) {
            StoreListing listing = StoreListing.read(store, rules, declared, haveManifests);
            ShowText.render(listing, store.displayUri()).forEach(reporter::info);
            return listing;
        } catch (StoreException e) {
            throw readFailed(configuration, e);
        }
    }

    /** A setting given but left empty is a mistake, never a request for the default (a CI secret that is unset). */
    private static void refuseEmptySettings(Configuration configuration) throws InvalidConfigurationException {
        if (!configuration.givenEmpty().isEmpty()) {
            Setting first = configuration.givenEmpty().iterator().next();
            throw new InvalidConfigurationException(ToolCode.EMPTY_SETTING.code() + ": " + configuration.givenEmpty()
                    .stream().map(Setting::key).collect(Collectors.joining(", ")) + " is given but empty; give a"
                    + " value, or leave it out for the default. Nothing was read or changed.", null, first);
        }
    }

    /**
     * {@code keypairs:export}: writes a manifest declaring what the store holds in the regions the globs match,
     * each public key in a file of its own beside it ({@code keys/PROVIDER/REGION/NAME.pub}), tags, resource groups
     * and projects kept, so that a plan right after it says {@code No changes.}. Nothing is written when any file
     * it would write exists (unless {@link ExportOptions#overwrite()}) or a glob is refused.
     */
    public static ExportReport export(Configuration configuration, ExportOptions export, Reporter reporter)
            throws KeypairsException {
        refuseEmptySettings(configuration);
        Rules rules = rules(configuration);
        List<Address> regions = Exporter.regions(export.regions(), rules);
        ProjectPaths project = project(configuration);
        try (KeyPairStore store = open(configuration, rules)) {
            return new Exporter(project, export, reporter).export(store, regions, rules);
        } catch (StoreException e) {
            throw readFailed(configuration, e);
        }
    }

    private static void print(Plan plan, Reporter reporter) {
        TextPlan.render(plan).forEach(reporter::info);
        plan.warnings().forEach(warning -> reporter.warn(PlanWords.warning(warning)));
    }

    private static StoreAccessException readFailed(Configuration configuration, StoreException e) {
        return new StoreAccessException("Using the store " + redacted(configuration) + " failed: " + e.getMessage(), e);
    }

    private static CompletableFuture<KeyPairStore> openInBackground(Configuration configuration,
            Rules rules) {
        // Opening the store (loading its driver and native library) and reading the manifests do not depend on each
        // other: on a cold JVM each takes a fifth of a second or more.
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open(configuration, rules);
            } catch (StoreAccessException e) {
                throw new CompletionException(e);
            }
        });
    }

    private static PlanOptions planOptions(Configuration configuration) {
        return new PlanOptions(manifestList(configuration), configuration.targets(), configuration.prune());
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
                    + (e instanceof NoSuchFileException ? " does not exist" : " cannot be used: " + e)
                    + ". Run the goal in the project's directory.", e);
        }
    }

    private static Rules rules(Configuration configuration) throws InvalidConfigurationException {
        Map<Provider, Path> files = new EnumMap<>(Provider.class);
        configuration.regionCatalogues().forEach((provider, file) -> files.put(provider,
                configuration.baseDirectory().resolve(file)));
        try {
            return Rules.withCatalogues(files);
        } catch (RegionCatalogueException e) {
            throw new InvalidConfigurationException(e.getMessage() + "; fix the file or drop keypairs.regions."
                    + e.provider().id() + " to use the built-in catalogue", e, Setting.regionsOf(e.provider()));
        }
    }

    /**
     * Reads the manifests while the store opens; when reading fails, the store is closed once it has opened, so
     * that no handle (an in-memory account's among them) outlives the goal.
     */
    private static ManifestSet readManifests(ProjectPaths project, List<String> manifests,
            CompletableFuture<KeyPairStore> opening) {
        try {
            return ManifestReader.read(project, manifests);
        } catch (RuntimeException e) {
            opening.thenAccept(Keypairs::closeQuietly);
            throw e;
        }
    }

    private static void closeQuietly(KeyPairStore store) {
        try {
            store.close();
        } catch (StoreException e) {
            // Closing after a failure: the failure is what the user needs to see.
        }
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

    private static KeyPairStore open(Configuration configuration, Rules rules)
            throws StoreAccessException {
        try {
            return KeyPairStores.open(configuration.storeUri(), rules, configuration.cloudCredentials());
        } catch (StoreException e) {
            throw new StoreAccessException("The store " + redacted(configuration) + " cannot be opened: "
                    + e.getMessage() + ". Check keypairs.store (e.g. sqlite:/path/to/store.db).", e, Setting.STORE);
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
        Path json = writeFile(directory, "plan.json", PlanJson.write(plan));
        Path markdown = writeFile(directory, "plan.md", PlanMarkdown.render(plan));
        return new PlanReport(plan, json, markdown);
    }

    private static Path writeFile(Path directory, String name, String text) throws InvalidConfigurationException {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name);
            Path temporary = file.resolveSibling(name + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidConfigurationException("Cannot write " + name + " to " + directory + ": " + e
                    + ". Set keypairs.out to a writable directory.", e, Setting.OUT);
        }
    }
}
