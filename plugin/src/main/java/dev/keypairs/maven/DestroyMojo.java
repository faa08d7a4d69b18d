package dev.keypairs.maven;

import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Deletes every key pair the manifests declare (or, with {@code keypairs.target}, those targeted), and nothing
 * else: undeclared key pairs are never touched. A key pair declared with {@code protect: true} refuses, and
 * nothing is deleted while any does.
 */
@Mojo(name = "destroy", requiresProject = false, aggregator = true, threadSafe = true)
public class DestroyMojo extends AbstractPlanningMojo {

    @Override
    void run(Reporter reporter) throws KeypairsException {
        Keypairs.destroy(configuration(store, out, target, null, false, null), reporter);
    }
}
