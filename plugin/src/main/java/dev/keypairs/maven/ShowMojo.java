package dev.keypairs.maven;

import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists what the store holds, per provider and region: name, key type and size, fingerprints, KeyId, project,
 * resource group and tags. Needs no manifest; with one, marks each key pair declared or not declared.
 */
@Mojo(name = "show", requiresProject = false, aggregator = true, threadSafe = true)
public class ShowMojo extends AbstractStoreMojo {

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration(), reporter).show();
    }
}
