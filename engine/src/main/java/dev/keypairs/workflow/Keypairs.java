package dev.keypairs.workflow;

import dev.keypairs.keys.CertificateValidity;
import dev.keypairs.keys.PublicKey;
import dev.keypairs.render.PlanWords;
import dev.keypairs.plan.PlanMode;
import dev.keypairs.project.Address;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.plan.DeclarationCheck;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.PlanWarning;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.Diagnostic;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Rules;
import dev.keypairs.provider.RegionCatalogue;
import dev.keypairs.provider.RegionCatalogueException;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.GoalWords;
import dev.keypairs.render.Moved;
import dev.keypairs.render.StoreProblem;
import dev.keypairs.render.TextPlan;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import dev.keypairs.store.StoreListing;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One run of keypairs: its configuration, the rules and project paths it settles once, the store it opens, how every
 * store call is made, and the files it writes. Each goal is one call on it, and what the Maven plugin's Mojos make:
 * {@code new Keypairs(configuration, reporter).plan()}.
 */
public final class Keypairs {

    private final Configuration configuration;
    private final Reporter reporter;
    private final RetryPolicy retryPolicy;
    private final Function<PublicKey, Optional<CertificateValidity>> certificateValidity;
    private Rules rules;
    private ProjectPaths project;

    /** A run of this configuration, reporting its lines to the reporter, with the default retries. */
    public Keypairs(Configuration configuration, Reporter reporter) {
        this(configuration, reporter, RetryPolicy.DEFAULT, CertificateValidity::of);
    }

    private Keypairs(Configuration configuration, Reporter reporter, RetryPolicy retryPolicy,
            Function<PublicKey, Optional<CertificateValidity>> certificateValidity) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        this.certificateValidity = Objects.requireNonNull(certificateValidity, "certificateValidity");
    }

    /** This run with another policy for retrying the store's transient failures ({@link RetryPolicy#DEFAULT}). */
    public Keypairs withRetryPolicy(RetryPolicy newRetryPolicy) {
        return new Keypairs(configuration, reporter, newRetryPolicy, certificateValidity);
    }

    /** This run reading certificates' validity with this function ({@link CertificateValidity#of}). */
    public Keypairs withCertificateValidity(Function<PublicKey, Optional<CertificateValidity>> newValidity) {
        return new Keypairs(configuration, reporter, retryPolicy, newValidity);
    }

    /**
     * {@code keypairs:validate}: reads the manifests and checks every declaration against the providers' rules,
     * without touching any store.
     *
     * @throws InvalidManifestsException listing every problem
     */
    public ValidationReport validate() throws KeypairsException {
        refuseEmptySettings();
        Rules rules = rules();
        ManifestSet manifests = ManifestReader.read(project(), manifestList());
        List<Diagnostic> errors = new DeclarationCheck(rules).check(manifests);
        if (!errors.isEmpty()) {
            throw new InvalidManifestsException(errors);
        }
        ValidationReport report = new ValidationReport(manifests.inputs().size(), manifests.regions().size(),
                manifests.keyPairs().size());
        reporter.info(GoalWords.valid(report.files(), report.regions(), report.keyPairs()));
        return report;
    }

    /**
     * {@code keypairs:plan}: reads the manifests and the declared regions of the store, logs the text plan and
     * writes plan.json and plan.md, also when the plan has errors. Changes nothing. A plan that fails before it could
     * plan removes plan.json and writes plan.md saying why.
     *
     * @throws PlanErrorsException when the plan has errors (the files are written first)
     * @throws PolicyWarningsException when {@code failOnWarnings} is set and the key policy warns of a declared key pair
     * @throws ChangesPendingException when {@code failOnChanges} is set and anything would change
     * @throws StoreAccessException when the store cannot be opened or read
     */
    public PlanReport plan() throws KeypairsException {
        Plan plan;
        try {
            plan = freshPlan();
        } catch (KeypairsException e) {
            throw planFailed(e);
        }
        print(plan);
        PlanReport report = outputFiles().writePlan(plan);
        reporter.info(GoalWords.planWritten(report.planJson(), report.planMarkdown()));
        if (!plan.isValid()) {
            throw new PlanErrorsException(plan.errors(), report.planJson());
        }
        PolicyWarningsException.refuse(plan, configuration.failOnWarnings(), report.planJson());
        if (configuration.failOnChanges() && plan.summary().hasChanges()) {
            throw new ChangesPendingException(plan.summary(), report.planJson());
        }
        return report;
    }

    /**
     * {@code keypairs:apply}: plans (or re-makes the saved plan named by {@link Configuration#savedPlan()}, refusing
     * it before anything is read when it was made for another configuration, and as stale when its basis moved,
     * unless every change of it has landed), logs the plan, and applies it: regions in parallel with a
     * progress line each, then the summary. Writes apply.json to the output directory, also when SIGINT or SIGTERM
     * ends the JVM first: what it did so far (apply.md).
     *
     * @throws PlanErrorsException when the plan has errors: nothing is applied
     * @throws InvalidConfigurationException {@code OtherConfiguration} when the saved plan was made for another
     *     configuration (execution, manifests, store): nothing is read
     * @throws StalePlanException when the saved plan no longer matches: nothing is applied
     * @throws ApplyFailedException when some actions failed; the others were applied
     */
    public ApplyReport apply() throws KeypairsException {
        return apply(null);
    }

    /**
     * {@code keypairs:destroy}: plans the deletion of every declared key pair the store holds (protected ones
     * refuse, nothing undeclared is touched), shows it, and applies it once the approval approves.
     *
     * @throws NotApprovedException when the approval declines: nothing is deleted
     */
    public ApplyReport destroy(Approval approval) throws KeypairsException {
        if (configuration.savedPlan() != null) {
            throw new InvalidConfigurationException(new ConfigurationProblem.DestroyWithSavedPlan(), null, Setting.PLAN);
        }
        return apply(Objects.requireNonNull(approval, "approval"));
    }

    /**
     * Applies a fresh or saved plan, or, with an approval, a destroy once approved. Failing before it could plan, it
     * leaves the plan files as {@link #plan()} does, but for a saved plan's, which it only reads.
     */
    private ApplyReport apply(Approval destroyApproval) throws KeypairsException {
        boolean destroy = destroyApproval != null;
        Plan plan = null;
        try {
            refuseEmptySettings();
            StoreOpening opening = storeOpening();
            ProjectPaths project = project();
            SavedPlan saved = configuration.savedPlan() == null ? null
                    : SavedPlan.readFor(configuration.savedPlan(), configuration.identity());
            PlanOptions options = saved != null ? saved.options() : planOptions();
            CompletableFuture<KeyPairStore> opened = opening.inBackground();
            ManifestSet manifests = readManifests(project, options.manifests(), opened);
            try (KeyPairStore store = StoreOpening.await(opened)) {
                // One pacing for the plan's reads and the apply's writes: the providers count rates per account.
                StoreCalls calls = calls(store);
                Planner planner = new Planner(store, calls, project, rules());
                plan = planner.plan(manifests, options, destroy ? PlanMode.DESTROY : PlanMode.APPLY);
                print(plan);
                Path planJson;
                if (saved != null) {
                    List<Moved> moved = saved.whatMoved(plan);
                    boolean landed = !moved.isEmpty() && saved.landedIn(plan, manifests);
                    if (!moved.isEmpty() && !landed) {
                        throw new StalePlanException(saved.file(), moved);
                    }
                    planJson = saved.file();
                    reporter.info(landed ? GoalWords.savedPlanAlreadyApplied(saved.file())
                            : GoalWords.savedPlanMatches(saved.file()));
                } else {
                    planJson = outputFiles().writePlan(plan).planJson();
                }
                if (!plan.isValid()) {
                    throw new PlanErrorsException(plan.errors(), planJson);
                }
                PolicyWarningsException.refuse(plan, configuration.failOnWarnings(), planJson);
                if (destroy && plan.summary().hasChanges() && !destroyApproval.approves(plan.summary())) {
                    throw new NotApprovedException(plan.summary().deletes());
                }
                return new RecordedApply(store, rules(), calls, plan, outputFiles(), reporter).run();
            } catch (StoreException e) {
                throw opening.failed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreAccessException(new StoreProblem.Interrupted(), e, null);
            }
        } catch (KeypairsException e) {
            throw plan == null && configuration.savedPlan() == null ? planFailed(e) : e;
        }
    }

    /**
     * {@code keypairs:show}: what the store holds, per provider and region of the catalogues ({@link StoreShow}),
     * logged and written as show.json to the output directory.
     */
    public StoreListing show() throws KeypairsException {
        refuseEmptySettings();
        StoreOpening opening = storeOpening();
        StoreShow show = new StoreShow(StoreShow.declared(configuration, project(), manifestList()), reporter);
        try (KeyPairStore store = opening.open()) {
            return show.show(store, calls(store), rules(), certificateValidity, outputFiles());
        } catch (StoreException e) {
            throw opening.failed(e);
        }
    }

    /**
     * {@code keypairs:export}: writes a manifest declaring what the store holds in the regions the globs match,
     * each public key in a file of its own beside it ({@code keys/PROVIDER/REGION/NAME.pub}), tags, resource groups
     * and projects kept, so that a plan right after it says {@code No changes.}. Nothing is written when any file
     * it would write exists (unless {@link ExportOptions#overwrite()}) or a glob is refused.
     */
    public ExportReport export(ExportOptions export) throws KeypairsException {
        refuseEmptySettings();
        StoreOpening opening = storeOpening();
        List<Address> regions = Exporter.regions(export.regions(), rules());
        Exporter exporter = new Exporter(project(), export, reporter);
        try (KeyPairStore store = opening.open()) {
            return exporter.export(store, calls(store), regions, rules());
        } catch (StoreException e) {
            throw opening.failed(e);
        }
    }

    /** A fresh plan: the manifests and the declared regions of the store read. */
    private Plan freshPlan() throws KeypairsException {
        refuseEmptySettings();
        StoreOpening opening = storeOpening();
        ProjectPaths project = project();
        PlanOptions options = planOptions();
        CompletableFuture<KeyPairStore> opened = opening.inBackground();
        ManifestSet manifests = readManifests(project, options.manifests(), opened);
        try (KeyPairStore store = StoreOpening.await(opened)) {
            return new Planner(store, calls(store), project, rules()).plan(manifests, options,
                    configuration.destroy() ? PlanMode.DESTROY : PlanMode.APPLY);
        } catch (StoreException e) {
            throw opening.failed(e);
        }
    }

    /**
     * A goal failed before it could plan: no earlier plan.json is left to be taken for this one, and plan.md says
     * why (unless the output directory is itself what is wrong). Answers the failure.
     */
    private KeypairsException planFailed(KeypairsException failure) {
        if (failure.setting() != Setting.OUT && !configuration.givenEmpty().contains(Setting.OUT)) {
            Path planMarkdown = outputFiles().writePlanFailed(failure);
            if (planMarkdown != null) {
                reporter.warn(GoalWords.planFailed(planMarkdown));
            }
        }
        return failure;
    }

    /** A setting given but left empty is a mistake, never a request for the default (a CI secret that is unset). */
    private void refuseEmptySettings() throws InvalidConfigurationException {
        if (!configuration.givenEmpty().isEmpty()) {
            Setting first = configuration.givenEmpty().iterator().next();
            throw new InvalidConfigurationException(new ConfigurationProblem.EmptySettings(configuration.givenEmpty()
                    .stream().map(Setting::key).toList()), null, first);
        }
    }

    private void print(Plan plan) {
        for (String line : TextPlan.render(plan)) {
            reporter.info(line);
        }
        for (PlanWarning warning : plan.warnings()) {
            reporter.warn(PlanWords.warning(warning));
        }
    }

    /** How every call to the store is made in this run: retried by its policy, paced as the store asks. */
    private StoreCalls calls(KeyPairStore store) throws InvalidConfigurationException {
        return new StoreCalls(retryPolicy, RequestPacing.documented(rules(), store.ratedCalls()));
    }

    private StoreOpening storeOpening() throws InvalidConfigurationException {
        return new StoreOpening(configuration.storeUri(), rules(), configuration.cloudCredentials());
    }

    private OutputFiles outputFiles() {
        return new OutputFiles(configuration.outputDirectory());
    }

    private PlanOptions planOptions() throws InvalidConfigurationException {
        return new PlanOptions(manifestList(), configuration.targets(), configuration.prune(),
                PolicyDay.parse(configuration.policyAsOf()), configuration.execution());
    }

    /** The manifests named, or the default one. */
    private List<String> manifestList() {
        return configuration.manifests().isEmpty() ? List.of(ManifestReader.DEFAULT_MANIFEST) : configuration.manifests();
    }

    private ProjectPaths project() throws InvalidConfigurationException {
        if (project == null) {
            try {
                project = new ProjectPaths(configuration.baseDirectory());
            } catch (IOException e) {
                throw new InvalidConfigurationException(new ConfigurationProblem.ProjectDirectory(
                        configuration.baseDirectory(), e instanceof NoSuchFileException ? null : e.toString()), e, null);
            }
        }
        return project;
    }

    private Rules rules() throws InvalidConfigurationException {
        if (rules == null) {
            try {
                rules = Rules.withCatalogues(configuration.regionCatalogues());
            } catch (RegionCatalogueException e) {
                throw new InvalidConfigurationException(new ConfigurationProblem.RegionCatalogue(e.provider().id(),
                        e.getMessage()), e, Setting.regionsOf(e.provider()));
            }
        }
        return rules;
    }

    /** Reads the manifests while the store opens; when reading fails, the store is closed once it has opened. */
    private static ManifestSet readManifests(ProjectPaths project, List<String> manifests,
            CompletableFuture<KeyPairStore> opened) {
        try {
            return ManifestReader.read(project, manifests);
        } catch (RuntimeException e) {
            StoreOpening.closeWhenOpen(opened);
            throw e;
        }
    }
}
