package dev.keypairs.maven;

import dev.keypairs.workflow.ExportOptions;
import dev.keypairs.workflow.Keypairs;
import dev.keypairs.workflow.KeypairsException;
import dev.keypairs.workflow.Reporter;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings an existing account under Git: writes a manifest declaring what the store holds in the regions named,
 * each public key in a file of its own beside it ({@code keys/PROVIDER/REGION/NAME.pub}), tags, resource groups
 * and projects kept, so that {@code keypairs:plan} right after it says {@code No changes.}. An existing file is
 * never overwritten unless {@code keypairs.export.overwrite} is set.
 */
@Mojo(name = "export", requiresProject = false, aggregator = true, threadSafe = true)
public class ExportMojo extends AbstractStoreMojo {

    /**
     * The regions to export, {@code PROVIDER/REGION} globs with {@code *} within a segment, e.g.
     * {@code alibaba/*,tencent/ap-guangzhou}: a list in the pom, comma-separated on the command line. Required:
     * export never guesses which regions to read.
     */
    @Parameter(property = "keypairs.export.regions")
    List<String> regions;

    /** The manifest to write, relative to the base directory. Default: {@code keypairs.yaml}. */
    @Parameter(property = "keypairs.export.to")
    String to;

    /** Replace an existing manifest and key files. */
    @Parameter(property = "keypairs.export.overwrite", defaultValue = "false")
    boolean overwrite;

    /**
     * Declare every region the globs match, also one holding no key pair ({@code keyPairs: []}). By default only
     * the regions holding key pairs are declared: each region declared is one more that every plan reads.
     */
    @Parameter(property = "keypairs.export.emptyRegions", defaultValue = "false")
    boolean emptyRegions;

    @Override
    void run(Reporter reporter) throws KeypairsException {
        new Keypairs(configuration(), reporter)
                .export(new ExportOptions(listed(regions), to == null ? null : Path.of(to), overwrite,
                        emptyRegions));
    }
}
