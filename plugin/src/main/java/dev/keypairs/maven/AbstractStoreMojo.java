package dev.keypairs.maven;

import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that use the store. */
abstract class AbstractStoreMojo extends AbstractKeypairsMojo {

    /**
     * The backing store's URI. The embedded default keeps one SQLite file in your home directory; options ride
     * on the query, e.g. {@code sqlite:/path/store.db?tencentQuota=100}.
     */
    @Parameter(property = "keypairs.store", defaultValue = "sqlite:${user.home}/.keypairs/store.db")
    String store;

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
