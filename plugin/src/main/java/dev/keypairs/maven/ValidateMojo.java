package dev.keypairs.maven;

import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the manifests and their keys against the providers' documented rules, without touching any store: a
 * cheap gate for pull requests. Fails listing every problem with its file, line and column.
 */
@Mojo(name = "validate", requiresProject = false, aggregator = true, threadSafe = true)
public class ValidateMojo extends AbstractKeypairsMojo {

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration(), reporter).validate();
    }
}
