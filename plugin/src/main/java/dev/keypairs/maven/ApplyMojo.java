package dev.keypairs.maven;

import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the store match the manifests: plans, logs the plan, and applies it (per region: deletes, then
 * imports and creates, then updates; regions in parallel, a progress line each), then writes apply.json. With
 * {@code keypairs.plan}, applies exactly that saved plan: refused before anything is read when it was made for
 * another configuration (another execution, {@code keypairs:apply@staging} given {@code @prod}'s plan, other
 * manifests or another store), and as stale when the manifests or the store moved since. Fails, applying nothing,
 * when the plan has errors; fails after applying the rest when an action fails. Running it again converges.
 */
@Mojo(name = "apply", requiresProject = false, aggregator = true, threadSafe = true)
public class ApplyMojo extends AbstractPlanningMojo {

    /**
     * {@code true}: delete every undeclared key pair of every declared region; {@code false}: delete none.
     * Unset: each region's own {@code prune} decides. Ignored with {@code keypairs.plan}: the saved plan's own
     * options are used.
     */
    @Parameter(property = "keypairs.prune")
    Boolean prune;

    /**
     * A plan.json written by {@code keypairs:plan}, to apply exactly: by the execution, with the manifests and store,
     * it was made for; refused as stale once its basis moved.
     */
    @Parameter(property = "keypairs.plan")
    File plan;

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration().withPrune(prune).withSavedPlan(path(plan)), reporter).apply();
    }
}
