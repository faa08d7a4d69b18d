package dev.keypairs.maven;

import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what {@code keypairs:apply} would change, and changes nothing: logs the plan and writes
 * {@code plan.json} (for tools) and {@code plan.md} (for a pull-request comment) to {@code keypairs.out}, also
 * when the plan has errors. Fails when the plan has errors, and with {@code keypairs.failOnChanges} when
 * anything would change.
 */
@Mojo(name = "plan", requiresProject = false, aggregator = true, threadSafe = true)
public class PlanMojo extends AbstractPlanningMojo {

    /**
     * {@code true}: delete every undeclared key pair of every declared region; {@code false}: delete none.
     * Unset: each region's own {@code prune} decides.
     */
    @Parameter(property = "keypairs.prune")
    Boolean prune;

    /** Fail the build when anything would change: drift detection. Unmanaged key pairs are not changes. */
    @Parameter(property = "keypairs.failOnChanges", defaultValue = "false")
    boolean failOnChanges;

    /** Preview a destroy: plan the deletion of every declared key pair, as {@code keypairs:destroy} would. */
    @Parameter(property = "keypairs.destroy", defaultValue = "false")
    boolean destroy;

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration().withPrune(prune).withFailOnChanges(failOnChanges).withDestroy(destroy), reporter)
                .plan();
    }
}
