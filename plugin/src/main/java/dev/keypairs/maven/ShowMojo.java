package dev.keypairs.maven;

import dev.keypairs.workflow.Configuration;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists what the store holds, per provider and region: name, key type and size, fingerprints, creation time and age,
 * a certificate's validity, KeyId, project, resource group and tags, and writes the same as {@code show.json} to
 * {@code keypairs.out} for other tools. Needs no manifest; with one, marks each key pair declared or not declared.
 */
@Mojo(name = "show", requiresProject = false, aggregator = true, threadSafe = true)
public class ShowMojo extends AbstractStoreMojo {

    /**
     * Where show.json is written. Default: {@code target/keypairs} under the base; for a named execution of the pom
     * (the goal run as {@code @prod}), {@code target/keypairs/prod}.
     */
    @Parameter(property = "keypairs.out")
    File out;

    /** The store's parameters and the output directory. */
    @Override
    Configuration configuration() {
        return super.configuration().withOutputDirectory(outputDirectory(out));
    }

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration(), reporter).show();
    }
}
