package dev.keypairs.maven;

import dev.keypairs.workflow.Configuration;
import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that plan changes (plan, apply, destroy): their output, and what they target. */
abstract class AbstractPlanningMojo extends AbstractStoreMojo {

    /**
     * Where plan.json, plan.md and apply.json are written. Default: {@code target/keypairs} under the base; for a
     * named execution of the pom ({@code keypairs:plan@prod}), {@code target/keypairs/prod}.
     */
    @Parameter(property = "keypairs.out")
    File out;

    /**
     * Only these addresses: globs with {@code *} matching within one segment, e.g. {@code alibaba/*}{@code /ci-*}; a
     * region's address ({@code alibaba/cn-hangzhou}) takes all its key pairs. In the pom a list
     * ({@code <target><address>...</address></target>}), on the command line comma-separated.
     */
    @Parameter(property = "keypairs.target")
    List<String> target;

    /**
     * Fail the goal when the key policy (policy.md) warns of a declared key pair, for CI; its errors fail the plan
     * always. Findings of unmanaged key pairs never fail it.
     */
    @Parameter(property = "keypairs.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /**
     * Check the key policy's certificate and age rules as of this day ({@code YYYY-MM-DD}, from its start, UTC)
     * instead of now: what will have expired or aged out by then. Recorded in plan.json.
     */
    @Parameter(property = "keypairs.policy.asOf")
    String policyAsOf;

    /** The store's parameters, the output directory, the targets and the key policy's settings. */
    @Override
    Configuration configuration() {
        return super.configuration().withOutputDirectory(outputDirectory(out)).withTargets(listed(target))
                .withFailOnWarnings(failOnWarnings).withPolicyAsOf(policyAsOf);
    }
}
