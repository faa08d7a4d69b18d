package dev.keypairs.workflow;

import dev.keypairs.apply.Applier;
import dev.keypairs.apply.ApplyResult;
import dev.keypairs.manifest.ManifestReader;
import dev.keypairs.manifest.ManifestSet;
import dev.keypairs.plan.Plan;
import dev.keypairs.plan.PlanMode;
import dev.keypairs.plan.PlanOptions;
import dev.keypairs.plan.Planner;
import dev.keypairs.project.ProjectPaths;
import dev.keypairs.provider.Rules;
import dev.keypairs.render.ApplyWords;
import dev.keypairs.render.ConfigurationProblem;
import dev.keypairs.render.PlanWords;
import dev.keypairs.render.StoreProblem;
import dev.keypairs.store.KeyPairStore;
import dev.keypairs.store.RequestPacing;
import dev.keypairs.store.RetryPolicy;
import dev.keypairs.store.StoreCalls;
import dev.keypairs.store.StoreException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Seeding: manifests applied into a store that is already open (an emulator's), exactly as {@code keypairs:apply}
 * would apply them (the same reading, checks, plan rules and apply steps), but with no plan or apply file written
 * and nothing printed but warnings and progress. From manifest files, a create's private key goes to its
 * {@code privateKeyFile}, as apply writes it; from a manifest given as text, to the caller, in the report
 * ({@link ManifestReader#readText}). A seed applied twice changes nothing the second time.
 *
 * <p>It lives here, beside {@link Keypairs}, because it is a goal of the same kind: manifests read, a plan made and
 * applied, failures typed; only the store is the caller's, not opened from a configuration.
 */
public final class StoreSeeding {

    /** What a manifest given as text is called in messages and in the plan's inputs. */
    public static final String TEXT_MANIFEST = "seed";

    private final KeyPairStore store;
    private final Rules rules;
    private final Reporter reporter;

    /**
     * Seeding into this store.
     *
     * @param store the open store; the caller closes it
     * @param rules both providers' rules, as the store has them
     * @param reporter hears the plan's and the apply's warnings and the apply's progress
     */
    public StoreSeeding(KeyPairStore store, Rules rules, Reporter reporter) {
        this.store = Objects.requireNonNull(store, "store");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    /**
     * Applies one manifest given as YAML text: public keys inline, a {@code create} without {@code privateKeyFile}
     * (one given is {@code ConflictingFields}), its private key returned in the report. Actions that failed (the plan
     * predicted none: only a store changed meanwhile fails one) are in the report, not thrown, so that the private
     * keys of those created are never lost.
     *
     * @throws PlanErrorsException when the manifest or the plan has errors, each with its code: nothing is changed
     * @throws StoreAccessException when the store cannot be read or the seed is interrupted
     */
    public SeedReport fromText(String manifestYaml) throws KeypairsException {
        Objects.requireNonNull(manifestYaml, "manifestYaml");
        ManifestSet manifests = ManifestReader.readText(TEXT_MANIFEST, manifestYaml);
        return apply(manifests, null, List.of(TEXT_MANIFEST));
    }

    /**
     * Applies manifest files as {@code keypairs:apply} would in a project at {@code base}: {@code publicKeyFile}s
     * inside it, each created key pair's private key written to its {@code privateKeyFile}.
     *
     * @param base the project directory: what the manifests are named relative to, and key files must stay in
     * @param manifests files and directories relative to the base (a directory: every {@code *.yaml} and
     *     {@code *.yml} in it, sorted)
     * @throws InvalidConfigurationException when the base directory cannot be used
     * @throws PlanErrorsException when the manifests or the plan have errors, each with its code: nothing is changed
     * @throws ApplyFailedException when some actions failed, each with its code; the others were applied
     * @throws StoreAccessException when the store cannot be read or the seed is interrupted
     */
    public SeedReport fromFiles(Path base, List<String> manifests) throws KeypairsException {
        ProjectPaths project;
        try {
            project = new ProjectPaths(base);
        } catch (IOException e) {
            throw new InvalidConfigurationException(new ConfigurationProblem.ProjectDirectory(base,
                    e instanceof NoSuchFileException ? null : e.toString()), e, null);
        }
        SeedReport report = apply(ManifestReader.read(project, manifests), project, manifests);
        if (!report.succeeded()) {
            // As apply fails; each created key pair's private key is in its file already, so nothing is lost.
            throw new ApplyFailedException(report.result().failures(), null);
        }
        return report;
    }

    /** Plans the manifests against the store and, when the plan is valid, applies it. */
    private SeedReport apply(ManifestSet manifests, ProjectPaths project, List<String> named) throws KeypairsException {
        StoreCalls calls = new StoreCalls(RetryPolicy.DEFAULT, RequestPacing.documented(rules, store.ratedCalls()));
        try {
            Plan plan = new Planner(store, calls, project, rules).plan(manifests,
                    new PlanOptions(named, List.of(), null), PlanMode.APPLY);
            plan.warnings().forEach(warning -> reporter.warn(PlanWords.warning(warning)));
            if (!plan.isValid()) {
                throw new PlanErrorsException(plan.errors(), null);
            }
            ApplyResult result = new Applier(store, rules, calls, new ReportedProgress(reporter)).apply(plan);
            result.failures().forEach(failure -> reporter.warn(ApplyWords.line(failure)));
            return new SeedReport(plan, result);
        } catch (StoreException e) {
            throw new StoreAccessException(new StoreProblem.CallFailed(store.displayUri(), e.getMessage()), e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreAccessException(new StoreProblem.Interrupted(), e, null);
        }
    }
}
