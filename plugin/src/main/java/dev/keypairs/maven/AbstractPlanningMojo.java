package dev.keypairs.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that plan changes (plan, apply, destroy): their output, and what they target. */
abstract class AbstractPlanningMojo extends AbstractStoreMojo {

    /** Where plan.json, plan.md and apply.json are written. Default: {@code target/keypairs} under the base. */
    @Parameter(property = "keypairs.out")
    File out;

    /**
     * Only these addresses, comma-separated globs with {@code *} matching within one segment, e.g.
     * {@code alibaba/*}{@code /ci-*}; a region's address ({@code alibaba/cn-hangzhou}) takes all its key pairs.
     */
    @Parameter(property = "keypairs.target")
    String target;
}
